#include "sandbox/IsoDateTime.h"

#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace PartnerDesk::Sandbox {

std::optional<QDateTime> parseIsoDateTime(const QString& text)
{
    static const QRegularExpression pattern(
        uR"(^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?([Zz]|[+-]\d{2}(?::?\d{2})?)?$)"_s);
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    const QString fraction = QString(match.captured(7) + u"000"_s).left(3);
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6).toInt(), fraction.toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;

    const QString zone = match.captured(8);
    if (zone.isEmpty() || zone.compare(u"Z"_s, Qt::CaseInsensitive) == 0)
        return QDateTime(date, time, Qt::UTC);
    const int sign = zone.startsWith(u'-') ? -1 : 1;
    const QString digits = zone.mid(1).remove(u':');
    const int offsetSeconds = sign * (digits.left(2).toInt() * 3600 + digits.mid(2, 2).toInt() * 60);
    return QDateTime(date, time, Qt::OffsetFromUTC, offsetSeconds).toUTC();
}

} // namespace PartnerDesk::Sandbox
