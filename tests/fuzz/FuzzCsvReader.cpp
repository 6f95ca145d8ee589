// libFuzzer target: a bulk attestation file from its bytes to checked rows — the CSV reader
// (encodings, byte order mark, `,` or `;`, quoting, line breaks, limits), the mapping of the
// header's columns to rows, the offline checks of each row, and the hand-off file written from
// the rows that pass and the result file. The whole input is the file.
#include "FuzzCheck.h"

#include "flows/bulk/BulkHandOffFile.h"
#include "flows/bulk/BulkInput.h"
#include "flows/bulk/BulkResultFile.h"
#include "flows/bulk/BulkRowChecks.h"
#include "util/Clock.h"
#include "util/Csv.h"
#include "util/CsvReader.h"

#include <QCryptographicHash>
#include <QIODevice>
#include <QRegularExpression>

#include <algorithm>
#include <cstring>

using namespace PartnerDesk;

namespace {

// A sequential device that hands the file out in small pieces, as a pipe does, or as a large
// file arrives in the reader's 64 KiB chunks: the reader must see the same file either way.
class TrickleDevice final : public QIODevice
{
public:
    TrickleDevice(const QByteArray& bytes, qint64 firstPiece, qint64 piece)
        : m_bytes(bytes)
        , m_firstPiece(firstPiece)
        , m_piece(piece)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

    [[nodiscard]] bool isSequential() const override { return true; }
    [[nodiscard]] bool atEnd() const override { return m_position >= m_bytes.size(); }
    [[nodiscard]] qint64 bytesAvailable() const override { return m_bytes.size() - m_position; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 piece = std::min({maxSize, m_position == 0 ? m_firstPiece : m_piece, m_bytes.size() - m_position});
        std::memcpy(data, m_bytes.constData() + m_position, static_cast<size_t>(piece));
        m_position += piece;
        return piece;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_firstPiece;
    qint64 m_piece;
    qint64 m_position = 0;
};

class FixedClock final : public Clock
{
public:
    [[nodiscard]] QDateTime nowUtc() const override { return QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC); }
    [[nodiscard]] QTimeZone timeZone() const override { return QTimeZone::utc(); }
};

QList<QStringList> fieldsOf(const QList<CsvRecord>& records)
{
    QList<QStringList> fields;
    for (const CsvRecord& record : records)
        fields << record.fields;
    return fields;
}

bool sameRead(const CsvReadResult& a, const CsvReadResult& b)
{
    if (a.error.code != b.error.code || a.error.line != b.error.line || a.error.encoding != b.error.encoding)
        return false;
    if (!a.ok())
        return true;
    const auto sameRecord
        = [](const CsvRecord& x, const CsvRecord& y) { return x.line == y.line && x.fields == y.fields; };
    return a.document.separator == b.document.separator && a.document.hadByteOrderMark == b.document.hadByteOrderMark
        && a.document.sha256 == b.document.sha256 && a.document.byteCount == b.document.byteCount
        && std::equal(a.document.records.cbegin(), a.document.records.cend(), b.document.records.cbegin(),
            b.document.records.cend(), sameRecord);
}

void checkDocument(const QByteArray& bytes, const CsvReadResult& read)
{
    FUZZ_CHECK(read.ok() || read.document.records.isEmpty());
    FUZZ_CHECK(read.ok() || !read.error.message().isEmpty());
    if (!read.ok())
        return;
    const CsvDocument& document = read.document;
    FUZZ_CHECK(document.byteCount == bytes.size());
    FUZZ_CHECK(document.sha256 == QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
    FUZZ_CHECK(document.separator == QLatin1Char(',') || document.separator == QLatin1Char(';'));
    qsizetype previousLine = 0;
    for (const CsvRecord& record : document.records) {
        FUZZ_CHECK(record.line > previousLine); // lines count up, one record per line at most
        previousLine = record.line;
        // Blank records are skipped.
        FUZZ_CHECK(std::any_of(record.fields.cbegin(), record.fields.cend(),
            [](const QString& field) { return !field.trimmed().isEmpty(); }));
    }
}

// Pieces of every size, but a first one that holds what the reader sniffs (byte order mark).
void checkChunking(const QByteArray& bytes, const CsvReadResult& whole)
{
    // The NUL heuristic for UTF-16 without a byte order mark looks at the first chunk only: with
    // NULs, a short first piece may honestly be judged otherwise.
    if (bytes.left(4096).contains('\0'))
        return;
    const size_t hash = qHash(bytes);
    TrickleDevice device(bytes, 4 + static_cast<qint64>(hash % 61), 1 + static_cast<qint64>((hash >> 8) % 13));
    FUZZ_CHECK(sameRead(whole, CsvReader().read(&device)));
}

// The reader is limited by its limits only: within them, it reads the same records.
void checkLimits(const CsvReadResult& whole, const QByteArray& bytes)
{
    CsvReaderLimits small;
    small.maxFieldLength = 12;
    small.maxRecordLength = 48;
    small.maxFieldsPerRecord = 6;
    small.maxRecords = 8;
    small.maxFileBytes = 1024;
    const CsvReadResult limited = CsvReader(small).read(bytes);
    if (limited.ok()) {
        FUZZ_CHECK(whole.ok());
        FUZZ_CHECK(fieldsOf(limited.document.records) == fieldsOf(whole.document.records));
        FUZZ_CHECK(limited.document.records.size() <= small.maxRecords);
        for (const CsvRecord& record : limited.document.records) {
            FUZZ_CHECK(record.fields.size() <= small.maxFieldsPerRecord);
            for (const QString& field : record.fields)
                FUZZ_CHECK(field.size() <= small.maxFieldLength);
        }
    } else if (whole.ok()) {
        const CsvError::Code code = limited.error.code;
        FUZZ_CHECK(code == CsvError::Code::FieldTooLarge || code == CsvError::Code::RecordTooLarge
            || code == CsvError::Code::TooManyRecords || code == CsvError::Code::FileTooLarge);
    }
}

// What Csv::record writes, CsvReader reads back as it was.
void checkRoundTrip(const CsvReadResult& whole)
{
    if (!whole.ok() || whole.document.records.isEmpty())
        return;
    const QList<CsvRecord>& records = whole.document.records;
    // The separator is decided from the header as written: a header whose fields hold a
    // separator or a quote may honestly be decided otherwise once quoted by the writer. A
    // leading U+FEFF would be taken for a byte order mark, and NULs for UTF-16.
    for (const QString& field : records.constFirst().fields) {
        if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char(';')) || field.contains(QLatin1Char('"')))
            return;
    }
    if (records.constFirst().fields.constFirst().startsWith(QChar(0xFEFF)))
        return;
    QString text;
    for (const CsvRecord& record : records) {
        if (std::any_of(record.fields.cbegin(), record.fields.cend(),
                [](const QString& field) { return field.contains(QChar(0)); }))
            return;
        text += Csv::record(record.fields, whole.document.separator, false);
    }
    const CsvReadResult again = CsvReader().read(text.toUtf8());
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again.document.separator == whole.document.separator);
    FUZZ_CHECK(fieldsOf(again.document.records) == fieldsOf(records));
}

// The bulk file: columns mapped to rows, each row checked offline; the rows that pass, written
// to a hand-off file, read back as they were written in the input.
void checkBulkInput(const CsvReadResult& whole)
{
    if (!whole.ok())
        return;
    const BulkInputResult mapped = BulkInputReader::fromDocument(whole.document);
    FUZZ_CHECK(mapped.ok() || !mapped.error.message().isEmpty());
    if (!mapped.ok())
        return;
    const QList<BulkRow>& rows = mapped.input.rows;
    const QList<CsvRecord>& records = whole.document.records;
    FUZZ_CHECK(rows.size() == records.size() - 1);

    static const FixedClock clock;
    QList<BulkRowResult> results;
    for (const BulkRow& row : rows) {
        FUZZ_CHECK(row.ragged == (row.fieldCount != records.constFirst().fields.size()));
        QList<BulkCellProblem> problems = BulkRowChecks::offlineProblems(row, &clock);
        if (const std::optional<BulkCellProblem> phone = BulkRowChecks::phoneProblem(row, nullptr))
            problems << *phone;
        static_cast<void>(BulkRowChecks::duplicateKey(row));
        // The domain is checked online: a row passes only when it names one of the customer's
        // domains, which are host names.
        static const QRegularExpression hostName(QStringLiteral("^[A-Za-z0-9.-]*$"));
        const bool domainCanPass = hostName.match(row.domain.trimmed()).hasMatch();
        BulkRowResult result;
        if (problems.isEmpty() && domainCanPass) {
            // A row that passes is sent as it passed: its contact is valid as sent, its date is one.
            result.outcome = BulkOutcome::Valid;
            FUZZ_CHECK(BulkRowChecks::acceptanceDate(row).isValid());
            const ValidationContext context{nullptr, &clock};
            FUZZ_CHECK(Validation::validateContact(BulkRowChecks::contactToSend(row), context).isValid());
        } else if (!problems.isEmpty()) {
            result = BulkRowChecks::invalid(problems);
            FUZZ_CHECK(!result.message.isEmpty());
        }
        results << result;
    }

    // The result file, every row with its outcome, runs as input too. NULs are left out: a file
    // of mostly NULs is taken for UTF-16 or UTF-32, whatever wrote it.
    const bool hasNul = std::any_of(rows.cbegin(), rows.cend(), [](const BulkRow& row) {
        const QList<BulkColumn> columns = BulkColumns::all();
        return std::any_of(columns.cbegin(), columns.cend(),
            [&row](BulkColumn column) { return row.value(column).contains(QChar(0)); });
    });
    if (!hasNul) {
        const BulkInputResult again = BulkInputReader::fromBytes(BulkResultFile::contents(rows, results));
        FUZZ_CHECK(again.ok());
        FUZZ_CHECK(again.input.rows.size() == rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            for (const BulkColumn column : BulkColumns::all())
                FUZZ_CHECK(again.input.rows.at(i).value(column) == rows.at(i).value(column));
        }
    }

    const QList<BulkRow> passed = [&] {
        QList<BulkRow> out;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (BulkHandOffFile::isHandedOff(results.at(i)))
                out << rows.at(i);
        }
        return out;
    }();
    if (passed.isEmpty())
        return;
    const BulkInputResult handedOff = BulkInputReader::fromBytes(BulkHandOffFile::contents(rows, results));
    FUZZ_CHECK(handedOff.ok());
    FUZZ_CHECK(handedOff.input.rows.size() == passed.size());
    for (qsizetype i = 0; i < passed.size(); ++i) {
        for (const BulkColumn column : BulkColumns::all())
            FUZZ_CHECK(handedOff.input.rows.at(i).value(column) == passed.at(i).value(column));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = Fuzz::bytes(data, size);
    const CsvReadResult whole = CsvReader().read(bytes);
    checkDocument(bytes, whole);
    checkChunking(bytes, whole);
    checkLimits(whole, bytes);
    checkRoundTrip(whole);
    checkBulkInput(whole);
    return 0;
}
