#include "CsvReader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QStringDecoder>

namespace PartnerDesk {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("PartnerDesk::CsvReader", text);
}

constexpr qint64 chunkSize = 64 * 1024;

// The state machine of RFC 4180, fed with decoded text in pieces of any size.
class CsvParser
{
public:
    explicit CsvParser(const CsvReaderLimits& limits)
        : m_limits(limits)
    { }

    [[nodiscard]] const CsvError& error() const { return m_error; }
    // The line the next character is on, counting the text held back to choose the separator.
    [[nodiscard]] qsizetype nextLine() const
    {
        if (m_separatorKnown)
            return m_line;
        qsizetype line = m_line;
        bool afterCr = m_previousWasCr;
        for (const QChar c : m_pending) {
            if (c == QLatin1Char('\r') || (c == QLatin1Char('\n') && !afterCr))
                ++line;
            afterCr = c == QLatin1Char('\r');
        }
        return line;
    }
    [[nodiscard]] QChar separator() const { return m_separator; }
    QList<CsvRecord> takeRecords() { return std::move(m_records); }

    // Text is held back until the header line is complete, to choose the separator.
    bool feed(QStringView text)
    {
        if (m_separatorKnown)
            return consume(text);
        m_pending.append(text);
        if (!detectSeparator(false))
            return true;
        return consumePending();
    }

    bool finish()
    {
        if (!m_separatorKnown) {
            detectSeparator(true);
            if (!consumePending())
                return false;
        }
        if (m_state == State::Quoted) {
            fail(CsvError::Code::UnterminatedQuote, m_fieldLine, 0);
            return false;
        }
        if (!m_atRecordStart) {
            if (!endField() || !endRecord())
                return false;
        }
        return true;
    }

private:
    enum class State {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted, // a quote inside a quoted field: a doubled quote or the end of the field
    };

    bool consumePending()
    {
        const QString pending = std::move(m_pending);
        m_pending.clear();
        return consume(pending);
    }

    // The separator of the first line with content: `,` or `;`, whichever occurs more often
    // outside quotes. Returns false while that line is not complete (and the input not over).
    bool detectSeparator(bool atEnd)
    {
        qsizetype commas = 0;
        qsizetype semicolons = 0;
        bool inQuotes = false;
        bool hasContent = false;
        bool decided = false;
        for (const QChar c : std::as_const(m_pending)) {
            if (c == QLatin1Char('"')) {
                inQuotes = !inQuotes;
                hasContent = true;
            } else if (inQuotes) {
                continue;
            } else if (c == QLatin1Char(',')) {
                ++commas;
            } else if (c == QLatin1Char(';')) {
                ++semicolons;
            } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
                if (hasContent) {
                    decided = true;
                    break;
                }
                commas = semicolons = 0;
            } else if (!c.isSpace()) {
                hasContent = true;
            }
        }
        // A header longer than a record may be is decided on what has arrived; the record
        // limit then reports it.
        if (!decided && !atEnd && m_pending.size() <= m_limits.maxRecordLength)
            return false;
        m_separator = semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
        m_separatorKnown = true;
        return true;
    }

    bool consume(QStringView text)
    {
        for (const QChar c : text) {
            if (!step(c))
                return false;
        }
        return true;
    }

    bool step(QChar c)
    {
        const bool isCr = c == QLatin1Char('\r');
        const bool isLf = c == QLatin1Char('\n');
        const bool afterCr = m_previousWasCr;
        m_previousWasCr = isCr;

        // The LF of a CRLF that already ended a record.
        if (isLf && afterCr && m_atRecordStart && m_state == State::FieldStart)
            return true;
        if (m_atRecordStart) {
            m_atRecordStart = false;
            m_recordLine = m_line;
            m_recordLength = 0;
        }
        if (++m_recordLength > m_limits.maxRecordLength)
            return fail(CsvError::Code::RecordTooLarge, m_recordLine, m_limits.maxRecordLength);

        // Count lines wherever the break is (inside quotes too); CRLF counts once.
        if (isCr || (isLf && !afterCr))
            ++m_line;

        switch (m_state) {
        case State::FieldStart:
            m_fieldLine = isCr || isLf ? m_line - 1 : m_line;
            if (c == QLatin1Char('"')) {
                m_state = State::Quoted;
                return true;
            }
            if (c == m_separator)
                return endField();
            if (isCr || isLf)
                return endField() && endRecord();
            m_state = State::Unquoted;
            return append(c);
        case State::Unquoted:
            if (c == m_separator)
                return endField();
            if (isCr || isLf)
                return endField() && endRecord();
            return append(c);
        case State::Quoted:
            if (c == QLatin1Char('"')) {
                m_state = State::QuoteInQuoted;
                return true;
            }
            return append(c);
        case State::QuoteInQuoted:
            if (c == QLatin1Char('"')) {
                m_state = State::Quoted;
                return append(c);
            }
            if (c == m_separator)
                return endField();
            if (isCr || isLf)
                return endField() && endRecord();
            // Text after a closing quote is kept as it stands (lenient, like most readers).
            m_state = State::Unquoted;
            return append(c);
        }
        return true;
    }

    bool append(QChar c)
    {
        if (m_field.size() >= m_limits.maxFieldLength)
            return fail(CsvError::Code::FieldTooLarge, m_fieldLine, m_limits.maxFieldLength);
        m_field.append(c);
        return true;
    }

    bool endField()
    {
        if (m_fields.size() >= m_limits.maxFieldsPerRecord)
            return fail(CsvError::Code::RecordTooLarge, m_recordLine, m_limits.maxFieldsPerRecord);
        m_fields.append(std::move(m_field));
        m_field = QString();
        m_state = State::FieldStart;
        return true;
    }

    bool endRecord()
    {
        m_atRecordStart = true;
        const bool blank = std::all_of(
            m_fields.cbegin(), m_fields.cend(), [](const QString& field) { return field.trimmed().isEmpty(); });
        if (blank) {
            m_fields.clear();
            return true;
        }
        if (m_records.size() >= m_limits.maxRecords)
            return fail(CsvError::Code::TooManyRecords, m_recordLine, m_limits.maxRecords);
        m_records.append(CsvRecord{m_recordLine, std::move(m_fields)});
        m_fields = QStringList();
        return true;
    }

    bool fail(CsvError::Code code, qsizetype line, qint64 limit)
    {
        m_error.code = code;
        m_error.line = line;
        m_error.limit = limit;
        return false;
    }

    CsvReaderLimits m_limits;
    CsvError m_error;
    QString m_pending;
    QChar m_separator = QLatin1Char(',');
    bool m_separatorKnown = false;

    State m_state = State::FieldStart;
    QString m_field;
    QStringList m_fields;
    QList<CsvRecord> m_records;
    qsizetype m_line = 1;
    qsizetype m_recordLine = 1;
    qsizetype m_fieldLine = 1;
    qsizetype m_recordLength = 0;
    bool m_atRecordStart = true;
    bool m_previousWasCr = false;
};

// Byte order marks and NUL patterns of the encodings spreadsheets save "Unicode text" in.
std::optional<CsvEncoding> sniffWideEncoding(const QByteArray& head)
{
    if (head.startsWith(QByteArray("\xFF\xFE\x00\x00", 4)) || head.startsWith(QByteArray("\x00\x00\xFE\xFF", 4)))
        return CsvEncoding::Utf32;
    if (head.startsWith("\xFF\xFE"))
        return CsvEncoding::Utf16LittleEndian;
    if (head.startsWith("\xFE\xFF"))
        return CsvEncoding::Utf16BigEndian;
    // Without a mark: ASCII text in UTF-16 has a NUL in every other byte.
    const qsizetype sample = std::min<qsizetype>(head.size(), 4096);
    qsizetype evenNuls = 0;
    qsizetype oddNuls = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        if (head.at(i) == '\0')
            ++((i % 2 == 0) ? evenNuls : oddNuls);
    }
    if (sample >= 2 && (evenNuls + oddNuls) * 4 >= sample) {
        if (evenNuls > 2 * oddNuls)
            return CsvEncoding::Utf16BigEndian; // "\0a\0b"
        if (oddNuls > 2 * evenNuls)
            return CsvEncoding::Utf16LittleEndian; // "a\0b\0"
        return CsvEncoding::Utf32;
    }
    return std::nullopt;
}

// How many bytes at the end belong to a UTF-8 sequence that is not complete yet (0: none).
qsizetype incompleteUtf8Tail(const QByteArray& tail)
{
    for (qsizetype back = 1; back <= std::min<qsizetype>(4, tail.size()); ++back) {
        const auto byte = static_cast<unsigned char>(tail.at(tail.size() - back));
        if ((byte & 0xC0) == 0x80)
            continue; // a continuation byte: look further back for the lead
        const int length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
        return length > back ? back : 0;
    }
    return 0;
}

// The text of the bytes before the first one that is not UTF-8, as QStringDecoder judges it:
// the longest start a decoder reads without error (found by halving; only on the error path).
// Not the text before the first U+FFFD the decoder put in: the file may hold that character.
QString textBeforeInvalidUtf8(const QByteArray& bytes)
{
    const auto decode = [&bytes](qsizetype length, bool* clean) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
        QString text = decoder.decode(QByteArrayView(bytes).first(length));
        *clean = !decoder.hasError();
        return text;
    };
    qsizetype good = 0; // a start this long decodes cleanly
    qsizetype bad = bytes.size(); // this one does not
    while (bad - good > 1) {
        const qsizetype middle = good + (bad - good) / 2;
        bool clean = false;
        static_cast<void>(decode(middle, &clean));
        (clean ? good : bad) = middle;
    }
    bool clean = false;
    return decode(good, &clean);
}

} // namespace

QString CsvError::message() const
{
    switch (code) {
    case Code::None:
        return {};
    case Code::Unreadable:
        return tr("The file could not be read: %1").arg(detail);
    case Code::NotUtf8:
        switch (encoding) {
        case CsvEncoding::Utf16LittleEndian:
        case CsvEncoding::Utf16BigEndian:
            return tr("The file is saved as UTF-16 (“Unicode text”), not UTF-8. Save it again as “CSV UTF-8”.");
        case CsvEncoding::Utf32:
            return tr("The file is saved as UTF-32, not UTF-8. Save it again as “CSV UTF-8”.");
        case CsvEncoding::SingleByte:
        case CsvEncoding::Utf8:
            break;
        }
        return tr("Line %1 is not valid UTF-8: the file looks like Latin-1 or another 8-bit code page (such as "
                  "Windows-1252). Save it again as “CSV UTF-8”.")
            .arg(line);
    case Code::FieldTooLarge:
        return tr("The field starting on line %1 is longer than %2 characters; PartnerDesk stopped reading the file.")
            .arg(line)
            .arg(limit);
    case Code::RecordTooLarge:
        return tr("The record on line %1 is too large (more than %2 fields or characters); PartnerDesk stopped "
                  "reading the file.")
            .arg(line)
            .arg(limit);
    case Code::TooManyRecords:
        return tr("The file has more than %1 rows; split it into smaller files.").arg(limit);
    case Code::FileTooLarge:
        return tr("The file is larger than %1 MB; split it into smaller files.").arg(limit / (1024 * 1024));
    case Code::UnterminatedQuote:
        return tr("The quoted field that starts on line %1 is never closed: a quote (\") is missing.").arg(line);
    }
    return {};
}

CsvReadResult CsvReader::read(QIODevice* device) const
{
    CsvReadResult result;
    CsvDocument& document = result.document;
    const auto failWith = [&result](CsvError::Code code, qsizetype line, qint64 limit = 0) {
        result.error.code = code;
        result.error.line = line;
        result.error.limit = limit;
        result.document.records.clear();
        return result;
    };
    if (!device || !device->isReadable()) {
        result.error.detail = device ? device->errorString() : QString();
        return failWith(CsvError::Code::Unreadable, 0);
    }

    QCryptographicHash hash(QCryptographicHash::Sha256);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    CsvParser parser(m_limits);
    QByteArray tail; // the last bytes read, to notice a sequence cut off at the end
    QByteArray carry; // the start of a UTF-8 sequence the bytes read so far end in
    bool first = true;

    QByteArray chunk;
    while (true) {
        chunk.resize(chunkSize);
        const qint64 count = device->read(chunk.data(), chunkSize);
        if (count < 0) {
            result.error.detail = device->errorString();
            return failWith(CsvError::Code::Unreadable, 0);
        }
        if (count == 0) {
            if (device->isSequential() && !device->atEnd() && device->waitForReadyRead(30000))
                continue;
            break;
        }
        chunk.resize(count);
        document.byteCount += count;
        if (document.byteCount > m_limits.maxFileBytes)
            return failWith(CsvError::Code::FileTooLarge, 0, m_limits.maxFileBytes);
        hash.addData(chunk);
        carry = tail.right(incompleteUtf8Tail(tail));
        tail = QByteArray(tail + chunk).right(4);
        if (first) {
            first = false;
            if (const std::optional<CsvEncoding> wide = sniffWideEncoding(chunk)) {
                result.error.encoding = *wide;
                return failWith(CsvError::Code::NotUtf8, 1);
            }
            if (chunk.startsWith("\xEF\xBB\xBF")) {
                document.hadByteOrderMark = true;
                chunk.remove(0, 3);
            }
        }
        const QString text = decoder.decode(chunk);
        if (decoder.hasError()) {
            // What came before the first undecodable byte is read first: a problem there comes
            // first in the file (whatever the chunks), and the parser then stands on its line.
            if (!parser.feed(textBeforeInvalidUtf8(carry + chunk))) {
                result.error = parser.error();
                result.document.records.clear();
                return result;
            }
            result.error.encoding = CsvEncoding::SingleByte;
            return failWith(CsvError::Code::NotUtf8, parser.nextLine());
        }
        if (!parser.feed(text)) {
            result.error = parser.error();
            result.document.records.clear();
            return result;
        }
    }
    if (incompleteUtf8Tail(tail) > 0) {
        result.error.encoding = CsvEncoding::SingleByte;
        return failWith(CsvError::Code::NotUtf8, parser.nextLine());
    }
    if (!parser.finish()) {
        result.error = parser.error();
        result.document.records.clear();
        return result;
    }
    document.separator = parser.separator();
    document.records = parser.takeRecords();
    document.sha256 = hash.result();
    return result;
}

CsvReadResult CsvReader::read(const QByteArray& bytes) const
{
    QByteArray copy = bytes; // QBuffer wants a non-const array; the copy is shared, not duplicated
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return read(&buffer);
}

CsvReadResult CsvReader::readFile(const QString& path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CsvReadResult result;
        result.error.code = CsvError::Code::Unreadable;
        result.error.detail = file.errorString();
        return result;
    }
    return read(&file);
}

} // namespace PartnerDesk
