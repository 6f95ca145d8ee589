#include "Csv.h"

namespace PartnerDesk::Csv {

QString field(const QString& value, QChar separator, bool neutralizeFormulas)
{
    QString out = value;
    if (neutralizeFormulas && !out.isEmpty()) {
        const QChar first = out.front();
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
            || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            out.prepend(QLatin1Char('\''));
    }
    const bool needsQuotes = out.contains(separator) || out.contains(QLatin1Char('"'))
        || out.contains(QLatin1Char('\n')) || out.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return out;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString record(const QStringList& values, QChar separator, bool neutralizeFormulas)
{
    QStringList fields;
    fields.reserve(values.size());
    for (const QString& value : values)
        fields.append(field(value, separator, neutralizeFormulas));
    return fields.join(separator) + QLatin1String("\r\n");
}

} // namespace PartnerDesk::Csv
