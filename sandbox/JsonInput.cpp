#include "sandbox/JsonInput.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace PartnerDesk::Sandbox::JsonInput {

std::optional<QJsonObject> parseObject(const QByteArray& body, QString* errorMessage)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (errorMessage)
            *errorMessage = parseError.errorString() + u" at offset "_s + QString::number(parseError.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        if (errorMessage)
            *errorMessage = u"a JSON object was expected"_s;
        return std::nullopt;
    }
    return document.object();
}

QJsonValue member(const QJsonObject& object, QStringView name)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.value().isNull())
            continue;
        if (name.compare(it.key(), Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

bool hasMember(const QJsonObject& object, QStringView name)
{
    return !member(object, name).isUndefined();
}

QJsonObject objectMember(const QJsonObject& object, QStringView name, const QString& path, FieldProblems* problems)
{
    const QJsonValue value = member(object, name);
    if (value.isUndefined())
        return {};
    if (!value.isObject()) {
        problems->append({path, u"must be a JSON object"_s});
        return {};
    }
    return value.toObject();
}

QString stringMember(const QJsonObject& object, QStringView name, const QString& path, FieldProblems* problems)
{
    const QJsonValue value = member(object, name);
    if (value.isUndefined())
        return {};
    if (!value.isString()) {
        problems->append({path, u"must be a string"_s});
        return {};
    }
    return value.toString().trimmed();
}

QString requiredString(const QJsonObject& object, QStringView name, const QString& path, FieldProblems* problems)
{
    const qsizetype problemsBefore = problems->size();
    QString value = stringMember(object, name, path, problems);
    if (value.isEmpty() && problems->size() == problemsBefore)
        problems->append({path, u"is required"_s});
    return value;
}

} // namespace PartnerDesk::Sandbox::JsonInput
