#include "BulkInput.h"

#include <QCoreApplication>
#include <QMap>

namespace PartnerDesk {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("PartnerDesk::BulkInput", text);
}

// The inverse of Csv::field's formula guard: "'+49 30 1234567" was written as "+49 30 1234567".
// PartnerDesk's own files (results, the hand-off file) neutralise such cells for spreadsheets;
// read back as input, they mean what was written before the guard.
QString withoutFormulaGuard(const QString& value)
{
    if (value.size() < 2 || value.front() != QLatin1Char('\''))
        return value;
    const QChar next = value.at(1);
    if (next == QLatin1Char('=') || next == QLatin1Char('+') || next == QLatin1Char('-') || next == QLatin1Char('@')
        || next == QLatin1Char('\t') || next == QLatin1Char('\r'))
        return value.mid(1);
    return value;
}

} // namespace

namespace BulkColumns {

QString key(BulkColumn column)
{
    switch (column) {
    case BulkColumn::None:
        return {};
    case BulkColumn::CustomerId:
        return QStringLiteral("customerId");
    case BulkColumn::Domain:
        return QStringLiteral("domain");
    case BulkColumn::FirstName:
        return QStringLiteral("firstName");
    case BulkColumn::LastName:
        return QStringLiteral("lastName");
    case BulkColumn::Email:
        return QStringLiteral("email");
    case BulkColumn::PhoneNumber:
        return QStringLiteral("phoneNumber");
    case BulkColumn::DateAgreed:
        return QStringLiteral("dateAgreed");
    }
    return {};
}

QList<BulkColumn> all()
{
    return {BulkColumn::CustomerId, BulkColumn::Domain, BulkColumn::FirstName, BulkColumn::LastName, BulkColumn::Email,
        BulkColumn::PhoneNumber, BulkColumn::DateAgreed};
}

std::optional<BulkColumn> fromHeader(const QString& header)
{
    const QString name = header.trimmed();
    for (const BulkColumn column : all()) {
        if (name.compare(key(column), Qt::CaseInsensitive) == 0)
            return column;
    }
    return std::nullopt;
}

} // namespace BulkColumns

QString BulkRow::value(BulkColumn column) const
{
    switch (column) {
    case BulkColumn::None:
        return {};
    case BulkColumn::CustomerId:
        return customerId;
    case BulkColumn::Domain:
        return domain;
    case BulkColumn::FirstName:
        return firstName;
    case BulkColumn::LastName:
        return lastName;
    case BulkColumn::Email:
        return email;
    case BulkColumn::PhoneNumber:
        return phoneNumber;
    case BulkColumn::DateAgreed:
        return dateAgreed;
    }
    return {};
}

QString BulkInputError::message() const
{
    switch (code) {
    case Code::None:
        return {};
    case Code::Csv:
        return csv.message();
    case Code::NoHeader:
        return tr("The file is empty: it needs a header row with customerId (or domain), firstName, lastName, "
                  "email, phoneNumber (optional) and dateAgreed.");
    case Code::NoRows:
        return tr("The file has a header row but no data rows.");
    case Code::MissingColumns: {
        QStringList names;
        for (const QString& missing : missingColumns) {
            names << (missing == BulkColumns::key(BulkColumn::CustomerId)
                    ? tr("customerId (or domain, when the customer ID is not known)")
                    : missing);
        }
        return tr("The header row lacks these columns: %1.").arg(names.join(QStringLiteral(", ")));
    }
    case Code::DuplicateColumn:
        return tr("The column “%1” appears twice in the header row.").arg(column);
    }
    return {};
}

namespace BulkInputReader {

BulkInputResult fromDocument(const CsvDocument& document)
{
    BulkInputResult result;
    result.input.sha256 = document.sha256;
    result.input.separator = document.separator;
    if (document.records.isEmpty()) {
        result.error.code = BulkInputError::Code::NoHeader;
        return result;
    }
    const QStringList header = document.records.constFirst().fields;
    QMap<BulkColumn, qsizetype> positions;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const std::optional<BulkColumn> column = BulkColumns::fromHeader(header.at(i));
        if (!column)
            continue; // an unknown column: ignored
        if (positions.contains(*column)) {
            result.error.code = BulkInputError::Code::DuplicateColumn;
            result.error.column = BulkColumns::key(*column);
            return result;
        }
        positions.insert(*column, i);
    }
    QStringList missing;
    for (const BulkColumn column : BulkColumns::all()) {
        if (column == BulkColumn::Domain || column == BulkColumn::PhoneNumber || positions.contains(column))
            continue;
        if (column == BulkColumn::CustomerId && positions.contains(BulkColumn::Domain))
            continue;
        missing << BulkColumns::key(column);
    }
    if (!missing.isEmpty()) {
        result.error.code = BulkInputError::Code::MissingColumns;
        result.error.missingColumns = missing;
        return result;
    }
    if (document.records.size() < 2) {
        result.error.code = BulkInputError::Code::NoRows;
        return result;
    }

    const auto cell = [&positions](const QStringList& fields, BulkColumn column) {
        const qsizetype position = positions.value(column, -1);
        return position >= 0 ? withoutFormulaGuard(fields.value(position)) : QString();
    };
    result.input.rows.reserve(document.records.size() - 1);
    for (qsizetype r = 1; r < document.records.size(); ++r) {
        const CsvRecord& record = document.records.at(r);
        BulkRow row;
        row.index = static_cast<int>(r - 1);
        row.line = record.line;
        row.customerId = cell(record.fields, BulkColumn::CustomerId);
        row.domain = cell(record.fields, BulkColumn::Domain);
        row.firstName = cell(record.fields, BulkColumn::FirstName);
        row.lastName = cell(record.fields, BulkColumn::LastName);
        row.email = cell(record.fields, BulkColumn::Email);
        row.phoneNumber = cell(record.fields, BulkColumn::PhoneNumber);
        row.dateAgreed = cell(record.fields, BulkColumn::DateAgreed);
        row.fieldCount = record.fields.size();
        row.ragged = record.fields.size() != header.size();
        result.input.rows.append(row);
    }
    return result;
}

BulkInputResult fromBytes(const QByteArray& bytes, const CsvReaderLimits& limits)
{
    const CsvReadResult read = CsvReader(limits).read(bytes);
    if (!read.ok()) {
        BulkInputResult result;
        result.error.code = BulkInputError::Code::Csv;
        result.error.csv = read.error;
        return result;
    }
    return fromDocument(read.document);
}

BulkInputResult readFile(const QString& path, const CsvReaderLimits& limits)
{
    const CsvReadResult read = CsvReader(limits).readFile(path);
    if (!read.ok()) {
        BulkInputResult result;
        result.input.filePath = path;
        result.error.code = BulkInputError::Code::Csv;
        result.error.csv = read.error;
        return result;
    }
    BulkInputResult result = fromDocument(read.document);
    result.input.filePath = path;
    return result;
}

} // namespace BulkInputReader

} // namespace PartnerDesk
