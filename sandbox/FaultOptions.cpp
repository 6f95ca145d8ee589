#include "sandbox/FaultOptions.h"

#include <QStringList>

#include <numeric>

using namespace Qt::StringLiterals;

namespace PartnerDesk::Sandbox {

namespace {

constexpr std::array<FaultKind, faultKindCount> allKinds{FaultKind::Throttled, FaultKind::ServerError,
    FaultKind::Unavailable, FaultKind::DropBeforeAnswer, FaultKind::DropAfterCommit, FaultKind::SlowAnswer,
    FaultKind::MalformedBody};

} // namespace

QString faultKindName(FaultKind kind)
{
    switch (kind) {
    case FaultKind::Throttled:
        return u"429"_s;
    case FaultKind::ServerError:
        return u"500"_s;
    case FaultKind::Unavailable:
        return u"503"_s;
    case FaultKind::DropBeforeAnswer:
        return u"drop-before"_s;
    case FaultKind::DropAfterCommit:
        return u"drop-after"_s;
    case FaultKind::SlowAnswer:
        return u"slow"_s;
    case FaultKind::MalformedBody:
        return u"malformed"_s;
    }
    return {};
}

std::optional<FaultKind> faultKindFromName(QStringView name)
{
    for (const FaultKind kind : allKinds) {
        if (name.compare(faultKindName(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

double FaultOptions::totalPercent() const
{
    return std::accumulate(percent.cbegin(), percent.cend(), 0.0);
}

std::optional<FaultOptions> FaultOptions::parseShares(const QString& text, QString* error)
{
    FaultOptions options;
    const auto fail = [error](const QString& why) -> std::optional<FaultOptions> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QStringList items = text.split(u',', Qt::SkipEmptyParts);
    for (const QString& item : items) {
        const qsizetype equals = item.indexOf(u'=');
        if (equals <= 0)
            return fail(u"\"%1\" is not KIND=PERCENT"_s.arg(item));
        const QString name = item.left(equals).trimmed();
        bool ok = false;
        const double share = item.mid(equals + 1).trimmed().toDouble(&ok);
        if (!ok || share < 0 || share > 100)
            return fail(u"the share of \"%1\" must be a number from 0 to 100"_s.arg(name));
        if (name.compare(u"all"_s, Qt::CaseInsensitive) == 0) {
            for (double& each : options.percent)
                each = share / faultKindCount;
            continue;
        }
        const std::optional<FaultKind> kind = faultKindFromName(name);
        if (!kind) {
            return fail(
                u"unknown fault \"%1\" (known: all, 429, 500, 503, drop-before, drop-after, slow, malformed)"_s.arg(
                    name));
        }
        options.share(*kind) = share;
    }
    if (options.totalPercent() > 100.0 + 1e-9)
        return fail(u"the shares add up to more than 100 %"_s);
    return options;
}

QString FaultOptions::sharesText() const
{
    QStringList items;
    for (const FaultKind kind : allKinds) {
        if (share(kind) > 0)
            items << faultKindName(kind) + u'=' + QString::number(share(kind));
    }
    return items.join(u',');
}

} // namespace PartnerDesk::Sandbox
