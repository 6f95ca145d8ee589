#pragma once

#include "model/Contact.h"
#include "util/CsvReader.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace PartnerDesk {

// The columns of a bulk attestation file. Their header names (columnKey) are matched without
// regard to case or surrounding spaces; other columns are ignored.
enum class BulkColumn {
    None, // the row as a whole
    CustomerId,
    Domain,
    FirstName,
    LastName,
    Email,
    PhoneNumber,
    DateAgreed,
};

namespace BulkColumns {
// "customerId", "domain", "firstName", "lastName", "email", "phoneNumber", "dateAgreed" ("" for None).
[[nodiscard]] QString key(BulkColumn column);
[[nodiscard]] std::optional<BulkColumn> fromHeader(const QString& header);
[[nodiscard]] QList<BulkColumn> all();
} // namespace BulkColumns

// One data row of the file, as written (not trimmed), with where it came from. A cell that a
// PartnerDesk export neutralised for spreadsheets ("'+49 30 1234567": an apostrophe before =, +,
// -, @, tab or CR) is read without that apostrophe, so result and hand-off files run as input.
struct BulkRow
{
    int index = 0; // position among the data rows, from 0
    qsizetype line = 0; // 1-based line of the file on which the record starts
    QString customerId;
    QString domain;
    QString firstName;
    QString lastName;
    QString email;
    QString phoneNumber;
    QString dateAgreed;
    qsizetype fieldCount = 0;
    bool ragged = false; // a different number of fields than the header has

    [[nodiscard]] QString value(BulkColumn column) const;
    [[nodiscard]] Contact contact() const { return Contact{firstName, lastName, email, phoneNumber}; }
};

// Why a file cannot be used at all (the CLI exits with 2).
struct BulkInputError
{
    enum class Code {
        None,
        Csv, // unreadable, wrong encoding, too large...: see `csv`
        NoHeader, // the file holds nothing
        NoRows, // a header and no data row
        MissingColumns, // `missingColumns` names each one
        DuplicateColumn, // `column` appears twice in the header
    };

    Code code = Code::None;
    CsvError csv;
    QStringList missingColumns; // column keys, in the order of BulkColumns::all()
    QString column;

    [[nodiscard]] bool isError() const { return code != Code::None; }
    [[nodiscard]] QString message() const;
};

// A bulk attestation file, read and mapped to its columns.
struct BulkInput
{
    QString filePath;
    QByteArray sha256; // of the file's bytes: its identity for the journal
    QChar separator = QLatin1Char(',');
    QList<BulkRow> rows;

    [[nodiscard]] QString fileHashHex() const { return QString::fromLatin1(sha256.toHex()); }
};

struct BulkInputResult
{
    BulkInput input;
    BulkInputError error;

    [[nodiscard]] bool ok() const { return !error.isError(); }
};

namespace BulkInputReader {
[[nodiscard]] BulkInputResult readFile(const QString& path, const CsvReaderLimits& limits = {});
[[nodiscard]] BulkInputResult fromBytes(const QByteArray& bytes, const CsvReaderLimits& limits = {});
// From records already read (the header first).
[[nodiscard]] BulkInputResult fromDocument(const CsvDocument& document);
} // namespace BulkInputReader

} // namespace PartnerDesk
