#include "sandbox/FaultInjector.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace PartnerDesk::Sandbox {

FaultInjector::FaultInjector(const FaultOptions& options)
{
    configure(options);
}

void FaultInjector::configure(const FaultOptions& options)
{
    m_options = options;
    m_random.seed(options.seed);
    m_requests = 0;
    m_injected.fill(0);
}

bool FaultInjector::draw(FaultKind* kind)
{
    ++m_requests;
    if (!m_options.isActive())
        return false;
    // One draw per request, whatever its outcome, so that decisions stay aligned with the
    // sequence of requests.
    const double point = m_random.generateDouble() * 100.0;
    double upTo = 0;
    for (int index = 0; index < faultKindCount; ++index) {
        upTo += m_options.percent[static_cast<size_t>(index)];
        if (point < upTo) {
            ++m_injected[static_cast<size_t>(index)];
            *kind = static_cast<FaultKind>(index);
            return true;
        }
    }
    return false;
}

QByteArray FaultInjector::truncated(const QByteArray& body)
{
    if (body.size() < 2)
        return QByteArrayLiteral("{\"");
    return body.left(1 + m_random.bounded(int(body.size() - 1)));
}

QJsonObject FaultInjector::toJson() const
{
    QJsonObject shares;
    QJsonObject injected;
    qint64 total = 0;
    for (int index = 0; index < faultKindCount; ++index) {
        const auto kind = static_cast<FaultKind>(index);
        shares.insert(faultKindName(kind), m_options.share(kind));
        injected.insert(faultKindName(kind), double(m_injected[static_cast<size_t>(index)]));
        total += m_injected[static_cast<size_t>(index)];
    }
    return QJsonObject{
        {u"seed"_s, double(m_options.seed)},
        {u"shares"_s, shares},
        {u"retryAfterSeconds"_s, m_options.retryAfterSeconds},
        {u"slowMilliseconds"_s, m_options.slowMilliseconds},
        {u"requests"_s, double(m_requests)},
        {u"injected"_s, injected},
        {u"total"_s, double(total)},
    };
}

std::optional<FaultOptions> FaultInjector::fromJson(const QJsonObject& json, QString* error)
{
    FaultOptions options;
    const auto fail = [error](const QString& why) -> std::optional<FaultOptions> {
        *error = why;
        return std::nullopt;
    };
    const QJsonValue seed = json.value(u"seed"_s);
    if (!seed.isUndefined()) {
        if (!seed.isDouble() || seed.toDouble() < 0 || seed.toDouble() > 4294967295.0)
            return fail(u"seed: a whole number from 0 to 4294967295"_s);
        options.seed = quint32(seed.toDouble());
    }
    const QJsonObject shares = json.value(u"shares"_s).toObject();
    QStringList items;
    for (auto it = shares.constBegin(); it != shares.constEnd(); ++it) {
        if (!it.value().isDouble())
            return fail(u"shares.%1: a number from 0 to 100"_s.arg(it.key()));
        items << it.key() + u'=' + QString::number(it.value().toDouble(), 'g', 17);
    }
    QString sharesError;
    const std::optional<FaultOptions> parsed = FaultOptions::parseShares(items.join(u','), &sharesError);
    if (!parsed)
        return fail(u"shares: "_s + sharesError);
    options.percent = parsed->percent;
    const QJsonValue retryAfter = json.value(u"retryAfterSeconds"_s);
    if (!retryAfter.isUndefined()) {
        if (!retryAfter.isDouble() || retryAfter.toInt(-1) < 0)
            return fail(u"retryAfterSeconds: a whole number, 0 or more"_s);
        options.retryAfterSeconds = retryAfter.toInt();
    }
    const QJsonValue slow = json.value(u"slowMilliseconds"_s);
    if (!slow.isUndefined()) {
        if (!slow.isDouble() || slow.toInt(-1) < 0)
            return fail(u"slowMilliseconds: a whole number, 0 or more"_s);
        options.slowMilliseconds = slow.toInt();
    }
    return options;
}

} // namespace PartnerDesk::Sandbox
