#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace PartnerDesk {

// One record of a CSV file, with the 1-based line of the file on which it starts (a quoted
// field may span lines, so the next record's line can be more than one further on).
struct CsvRecord
{
    qsizetype line = 0;
    QStringList fields;
};

// What the bytes of a file look like when they are not UTF-8.
enum class CsvEncoding {
    Utf8,
    Utf16LittleEndian,
    Utf16BigEndian,
    Utf32,
    SingleByte, // Latin-1, Windows-1252 or another 8-bit code page
};

// Why a file could not be read. A value, never an exception; `message()` is for people.
struct CsvError
{
    enum class Code {
        None,
        Unreadable, // the file could not be opened or read (`detail` says why)
        NotUtf8, // `encoding` says what it looks like instead; `line` where it was noticed
        FieldTooLarge, // a field longer than `limit` characters, starting on `line`
        RecordTooLarge, // a record with more than `limit` fields or characters
        TooManyRecords, // more than `limit` records
        FileTooLarge, // more than `limit` bytes
        UnterminatedQuote, // a quoted field opened on `line` is never closed
    };

    Code code = Code::None;
    qsizetype line = 0;
    qint64 limit = 0;
    CsvEncoding encoding = CsvEncoding::Utf8;
    QString detail;

    [[nodiscard]] bool isError() const { return code != Code::None; }
    [[nodiscard]] QString message() const;
};

// Bounds that keep a hostile file from exhausting memory. Reading stops at the first one
// crossed, with an error naming it.
struct CsvReaderLimits
{
    qsizetype maxFieldLength = 32 * 1024; // characters
    qsizetype maxRecordLength = 256 * 1024; // characters of one record, separators included
    qsizetype maxFieldsPerRecord = 256;
    qsizetype maxRecords = 100'000; // the header included
    qint64 maxFileBytes = 64 * 1024 * 1024;
};

// A file read: its records (blank lines skipped), the separator found and the identity of
// the bytes (SHA-256 of the file exactly as read, byte order mark included).
struct CsvDocument
{
    QList<CsvRecord> records;
    QChar separator = QLatin1Char(',');
    bool hadByteOrderMark = false;
    QByteArray sha256;
    qint64 byteCount = 0;
};

struct CsvReadResult
{
    CsvDocument document;
    CsvError error;

    [[nodiscard]] bool ok() const { return !error.isError(); }
};

// An RFC 4180 reader: fields quoted with embedded separators, doubled quotes and line breaks
// (CR, LF or CRLF); UTF-8 with or without a byte order mark; `,` or `;` as separator, decided
// from the header line (whichever occurs more often outside quotes, `,` on a tie). Lines that
// hold nothing but separators and spaces are skipped. Records keep their field count as read:
// the caller decides what a record with too few or too many fields (a ragged row) means.
// Files that are not UTF-8 (UTF-16 exported by a spreadsheet, Latin-1) are refused with an
// error that says what the bytes look like. The file is streamed: memory stays within the limits.
class CsvReader
{
public:
    explicit CsvReader(const CsvReaderLimits& limits = {})
        : m_limits(limits)
    { }

    [[nodiscard]] CsvReadResult read(QIODevice* device) const;
    [[nodiscard]] CsvReadResult read(const QByteArray& bytes) const;
    [[nodiscard]] CsvReadResult readFile(const QString& path) const;

private:
    CsvReaderLimits m_limits;
};

} // namespace PartnerDesk
