#include "sandbox/Randomness.h"

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace PartnerDesk::Sandbox::Randomness {

QString guid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString urlSafeToken(int byteCount)
{
    // One draw from the system's generator for all the bytes, not one per byte.
    QList<quint32> words((byteCount + 3) / 4);
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray bytes(reinterpret_cast<const char*>(words.constData()), byteCount);
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString password(int length)
{
    static const QString classes[]
        = {u"ABCDEFGHJKLMNPQRSTUVWXYZ"_s, u"abcdefghijkmnopqrstuvwxyz"_s, u"23456789"_s, u"!#$%*+-=?@"_s};
    QRandomGenerator* random = QRandomGenerator::system();
    QString result;
    for (int i = 0; i < length; ++i) {
        // The first four characters cover every class; the rest are drawn from any.
        const QString& pool = classes[i < 4 ? i : int(random->bounded(4))];
        result.append(pool.at(random->bounded(int(pool.size()))));
    }
    // Shuffle so the class order does not leak.
    for (qsizetype i = result.size() - 1; i > 0; --i)
        std::swap(result[i], result[random->bounded(int(i + 1))]);
    return result;
}

QString etag()
{
    return QString::number(static_cast<qint64>(QRandomGenerator::system()->generate64()));
}

} // namespace PartnerDesk::Sandbox::Randomness
