#include "sandbox/AgreementCatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace PartnerDesk::Sandbox {

bool AgreementCatalog::load(QString* errorMessage)
{
    QFile file(u":/partnerdesk/sandbox/agreementtemplates.json"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorMessage = u"Agreement templates resource missing: "_s + file.errorString();
        return false;
    }
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray templates = root.value(u"templates"_s).toArray();
    for (const QJsonValue& value : templates) {
        const QJsonObject object = value.toObject();
        m_templates.append({object.value(u"templateId"_s).toString(), object.value(u"agreementType"_s).toString(),
            object.value(u"agreementLink"_s).toString(), object.value(u"versionRank"_s).toInt(),
            object.value(u"acceptsConfirmations"_s).toBool(), object.value(u"hasDocuments"_s).toBool()});
    }
    const QJsonObject languages = root.value(u"documentLanguages"_s).toObject();
    for (auto it = languages.constBegin(); it != languages.constEnd(); ++it) {
        QStringList list;
        const QJsonArray array = it.value().toArray();
        for (const QJsonValue& language : array)
            list.append(language.toString());
        m_documentLanguages.insert(it.key(), list);
    }
    if (m_templates.isEmpty()) {
        *errorMessage = u"No agreement templates in the resource"_s;
        return false;
    }
    return true;
}

const AgreementTemplate* AgreementCatalog::findTemplate(const QString& templateId) const
{
    for (const AgreementTemplate& agreementTemplate : m_templates) {
        if (agreementTemplate.templateId == templateId)
            return &agreementTemplate;
    }
    return nullptr;
}

const AgreementTemplate* AgreementCatalog::findByType(const QString& agreementType) const
{
    for (const AgreementTemplate& agreementTemplate : m_templates) {
        if (agreementTemplate.agreementType.compare(agreementType, Qt::CaseInsensitive) == 0)
            return &agreementTemplate;
    }
    return nullptr;
}

QStringList AgreementCatalog::documentLanguages(const QString& country) const
{
    return m_documentLanguages.value(country);
}

} // namespace PartnerDesk::Sandbox
