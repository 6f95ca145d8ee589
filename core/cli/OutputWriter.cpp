#include "OutputWriter.h"

#include "util/Csv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace PartnerDesk {

namespace {
// Columns of East Asian wide characters take two cells in a terminal.
int displayWidth(const QString& text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4()) {
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
            || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
            || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}

// A cell as a terminal may show it: control characters (an ESC starts a sequence that can
// retitle the window, move the cursor or rewrite earlier lines) and the bidirectional
// overrides (which make text read backwards) become U+FFFD; a value from the service cannot
// take over the user's terminal.
QString printable(const QString& text)
{
    QString out = text;
    for (QChar& c : out) {
        const char16_t u = c.unicode();
        if (c.category() == QChar::Other_Control || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069))
            c = QChar(QChar::ReplacementCharacter);
    }
    return out;
}

QString padded(const QString& text, int width)
{
    return text + QString(std::max(0, width - displayWidth(text)), QLatin1Char(' '));
}
} // namespace

void OutputWriter::writeRecords(const QList<Column>& columns, const QList<QStringList>& rows, const QJsonArray& json)
{
    switch (m_format) {
    case OutputFormat::Json:
        m_out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        break;
    case OutputFormat::Csv: {
        QStringList keys;
        for (const Column& column : columns)
            keys << column.key;
        m_out << Csv::record(keys);
        for (const QStringList& row : rows)
            m_out << Csv::record(row);
        break;
    }
    case OutputFormat::Table: {
        QStringList headers;
        for (const Column& column : columns)
            headers << column.header;
        writeTable(headers, rows);
        break;
    }
    }
    m_out.flush();
}

void OutputWriter::writeObject(const QList<Column>& fields, const QStringList& values, const QJsonObject& json)
{
    switch (m_format) {
    case OutputFormat::Json:
        m_out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        break;
    case OutputFormat::Csv: {
        QStringList keys;
        for (const Column& field : fields)
            keys << field.key;
        m_out << Csv::record(keys) << Csv::record(values);
        break;
    }
    case OutputFormat::Table: {
        int width = 0;
        for (const Column& field : fields)
            width = std::max(width, displayWidth(field.header));
        for (qsizetype i = 0; i < fields.size(); ++i)
            m_out << padded(fields.at(i).header + QLatin1Char(':'), width + 2) << printable(values.value(i)) << '\n';
        break;
    }
    }
    m_out.flush();
}

void OutputWriter::writeTable(const QStringList& headers, const QList<QStringList>& rawRows)
{
    QList<QStringList> rows;
    rows.reserve(rawRows.size());
    for (const QStringList& rawRow : rawRows) {
        QStringList row;
        row.reserve(rawRow.size());
        for (const QString& cell : rawRow)
            row << printable(cell);
        rows << row;
    }
    QList<int> widths;
    for (const QString& header : headers)
        widths << displayWidth(header);
    for (const QStringList& row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths.at(i), displayWidth(row.at(i)));
    }
    const auto line = [&](const QStringList& cells) {
        QString text;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const QString cell = cells.value(i);
            text += i + 1 < widths.size() ? padded(cell, widths.at(i) + 2) : cell;
        }
        m_out << text << '\n';
    };
    line(headers);
    QStringList rules;
    for (int w : widths)
        rules << QString(w, QLatin1Char('-'));
    line(rules);
    for (const QStringList& row : rows)
        line(row);
}

} // namespace PartnerDesk
