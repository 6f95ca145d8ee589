#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace PartnerDesk {

enum class OutputFormat {
    Table,
    Json,
    Csv,
};

// Writes command results in the chosen format. Records are rows of named columns: the
// table shows translated headers, CSV and JSON use the stable keys.
class OutputWriter
{
public:
    struct Column
    {
        QString key; // JSON/CSV name
        QString header; // translated, for the table
    };

    OutputWriter(QTextStream& out, OutputFormat format)
        : m_out(out)
        , m_format(format)
    { }

    [[nodiscard]] OutputFormat format() const { return m_format; }

    // A list of records (JSON: an array of objects; `json` carries the full JSON of each).
    void writeRecords(const QList<Column>& columns, const QList<QStringList>& rows, const QJsonArray& json);
    // One object: JSON as given; table and CSV as key/value lines.
    void writeObject(const QList<Column>& fields, const QStringList& values, const QJsonObject& json);

private:
    void writeTable(const QStringList& headers, const QList<QStringList>& rawRows);

    QTextStream& m_out;
    OutputFormat m_format;
};

} // namespace PartnerDesk
