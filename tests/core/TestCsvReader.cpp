// The RFC 4180 reader and the bulk file's header mapping, with well-formed and hostile files.
#include "TestEnvironment.h"
#include "flows/bulk/BulkInput.h"
#include "util/CsvReader.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace PartnerDesk;

Q_DECLARE_METATYPE(PartnerDesk::CsvError::Code)
Q_DECLARE_METATYPE(PartnerDesk::CsvEncoding)
Q_DECLARE_METATYPE(PartnerDesk::BulkInputError::Code)

using Records = QList<QStringList>;
using Lines = QList<qsizetype>;

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::isolateEnvironment(); }

    void readsRecords_data();
    void readsRecords();
    void refusesHostileFiles_data();
    void refusesHostileFiles();
    void hugeFieldStopsEarly();
    void limitsAreEnforced_data();
    void limitsAreEnforced();
    void multibyteAcrossChunks();
    void identityIsTheHashOfTheBytes();
    void unreadableFile();
    void errorMessagesAreNeverEmpty();

    void headerVariations();
    void domainInsteadOfCustomerId();
    void missingColumnsAreEachNamed_data();
    void missingColumnsAreEachNamed();
    void unusableFiles_data();
    void unusableFiles();
    void raggedRowsAreFlagged();
};

void TestCsvReader::readsRecords_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Records>("records");
    QTest::addColumn<Lines>("lines");
    QTest::addColumn<QChar>("separator");

    const QChar comma(QLatin1Char(','));
    const QChar semicolon(QLatin1Char(';'));
    const auto s = [](const char* text) { return QString::fromUtf8(text); };

    QTest::newRow("LF") << QByteArray("a,b\n1,2\n") << Records{{s("a"), s("b")}, {s("1"), s("2")}} << Lines{1, 2}
                        << comma;
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << Records{{s("a"), s("b")}, {s("1"), s("2")}} << Lines{1, 2}
                          << comma;
    QTest::newRow("lone CR") << QByteArray("a,b\r1,2\r3,4")
                             << Records{{s("a"), s("b")}, {s("1"), s("2")}, {s("3"), s("4")}} << Lines{1, 2, 3}
                             << comma;
    QTest::newRow("no final line break") << QByteArray("a,b\n1,2") << Records{{s("a"), s("b")}, {s("1"), s("2")}}
                                         << Lines{1, 2} << comma;
    QTest::newRow("quoted separator") << QByteArray("a,b\n\"x,y\",z\n") << Records{{s("a"), s("b")}, {s("x,y"), s("z")}}
                                      << Lines{1, 2} << comma;
    QTest::newRow("doubled quotes") << QByteArray("a\n\"say \"\"hi\"\"\"\n") << Records{{s("a")}, {s("say \"hi\"")}}
                                    << Lines{1, 2} << comma;
    QTest::newRow("empty quoted field") << QByteArray("a,b\n\"\",x\n") << Records{{s("a"), s("b")}, {s(""), s("x")}}
                                        << Lines{1, 2} << comma;
    QTest::newRow("LF inside quotes") << QByteArray("a,b\n\"one\ntwo\",c\n3,4\n")
                                      << Records{{s("a"), s("b")}, {s("one\ntwo"), s("c")}, {s("3"), s("4")}}
                                      << Lines{1, 2, 4} << comma;
    QTest::newRow("CRLF inside quotes") << QByteArray("a,b\r\n\"one\r\ntwo\",c\r\n3,4\r\n")
                                        << Records{{s("a"), s("b")}, {s("one\r\ntwo"), s("c")}, {s("3"), s("4")}}
                                        << Lines{1, 2, 4} << comma;
    QTest::newRow("CR inside quotes") << QByteArray("a\r\"x\ry\"\r3\r") << Records{{s("a")}, {s("x\ry")}, {s("3")}}
                                      << Lines{1, 2, 4} << comma;
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF"
                                                   "a,b\n1,2\n")
                                     << Records{{s("a"), s("b")}, {s("1"), s("2")}} << Lines{1, 2} << comma;
    QTest::newRow("semicolons") << QByteArray("a;b;c\n1;2,5;3\n")
                                << Records{{s("a"), s("b"), s("c")}, {s("1"), s("2,5"), s("3")}} << Lines{1, 2}
                                << semicolon;
    QTest::newRow("semicolons, commas inside quotes")
        << QByteArray("\"x,y,z\";b\n1;2\n") << Records{{s("x,y,z"), s("b")}, {s("1"), s("2")}} << Lines{1, 2}
        << semicolon;
    QTest::newRow("commas, semicolon in data")
        << QByteArray("a,b\n1;2,3\n") << Records{{s("a"), s("b")}, {s("1;2"), s("3")}} << Lines{1, 2} << comma;
    QTest::newRow("empty lines skipped") << QByteArray("a,b\n\n1,2\n\r\n\n3,4\n\n")
                                         << Records{{s("a"), s("b")}, {s("1"), s("2")}, {s("3"), s("4")}}
                                         << Lines{1, 3, 6} << comma;
    QTest::newRow("separator-only lines skipped")
        << QByteArray("a,b\n,\n  ,  \n1,2\n") << Records{{s("a"), s("b")}, {s("1"), s("2")}} << Lines{1, 4} << comma;
    QTest::newRow("blank lines before the header")
        << QByteArray("\n\r\na;b\n1;2\n") << Records{{s("a"), s("b")}, {s("1"), s("2")}} << Lines{3, 4} << semicolon;
    QTest::newRow("ragged rows kept as read")
        << QByteArray("a,b,c\n1,2\n1,2,3,4\n")
        << Records{{s("a"), s("b"), s("c")}, {s("1"), s("2")}, {s("1"), s("2"), s("3"), s("4")}} << Lines{1, 2, 3}
        << comma;
    QTest::newRow("formula cells verbatim")
        << QByteArray("a\n=HYPERLINK(\"http://x\")\n+1\n-2\n@SUM(A1)\n")
        << Records{{s("a")}, {s("=HYPERLINK(\"http://x\")")}, {s("+1")}, {s("-2")}, {s("@SUM(A1)")}}
        << Lines{1, 2, 3, 4, 5} << comma;
    QTest::newRow("spaces kept") << QByteArray("a,b\n  x , y\n") << Records{{s("a"), s("b")}, {s("  x "), s(" y")}}
                                 << Lines{1, 2} << comma;
    QTest::newRow("text after a closing quote kept")
        << QByteArray("a\n\"x\"y\n") << Records{{s("a")}, {s("xy")}} << Lines{1, 2} << comma;
    QTest::newRow("non-Latin letters") << QByteArray("ad,soyad\nİşıl,Şahin\n李,小龙\n")
                                       << Records{{s("ad"), s("soyad")}, {s("İşıl"), s("Şahin")}, {s("李"), s("小龙")}}
                                       << Lines{1, 2, 3} << comma;
}

void TestCsvReader::readsRecords()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Records, records);
    QFETCH(Lines, lines);
    QFETCH(QChar, separator);

    const CsvReadResult result = CsvReader().read(bytes);
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QCOMPARE(result.document.separator, separator);
    QCOMPARE(result.document.records.size(), records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        QCOMPARE(result.document.records.at(i).fields, records.at(i));
        QCOMPARE(result.document.records.at(i).line, lines.at(i));
    }
    QCOMPARE(result.document.hadByteOrderMark, bytes.startsWith("\xEF\xBB\xBF"));
}

void TestCsvReader::refusesHostileFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<CsvError::Code>("code");
    QTest::addColumn<CsvEncoding>("encoding");
    QTest::addColumn<qsizetype>("line");

    const QString text = QStringLiteral("firstName,lastName\nJosé,Müller\n");
    QByteArray utf16le("\xFF\xFE");
    QByteArray utf16be("\xFE\xFF");
    QByteArray utf16leBare;
    for (const QChar c : text) {
        utf16le.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
        utf16leBare.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
        utf16be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
    }
    QByteArray utf32("\xFF\xFE\x00\x00", 4);
    for (const QChar c : text)
        utf32.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8)).append('\0').append('\0');

    QTest::newRow("Latin-1") << QByteArray("firstName,lastName\nJos\xE9,M\xFCller\n") << CsvError::Code::NotUtf8
                             << CsvEncoding::SingleByte << qsizetype(2);
    QTest::newRow("Windows-1252 on line 4") << QByteArray("a\nb\nc\n\x93quoted\x94\n") << CsvError::Code::NotUtf8
                                            << CsvEncoding::SingleByte << qsizetype(4);
    QTest::newRow("UTF-16 LE with BOM") << utf16le << CsvError::Code::NotUtf8 << CsvEncoding::Utf16LittleEndian
                                        << qsizetype(1);
    QTest::newRow("UTF-16 BE with BOM") << utf16be << CsvError::Code::NotUtf8 << CsvEncoding::Utf16BigEndian
                                        << qsizetype(1);
    QTest::newRow("UTF-16 LE without BOM")
        << utf16leBare << CsvError::Code::NotUtf8 << CsvEncoding::Utf16LittleEndian << qsizetype(1);
    QTest::newRow("UTF-32") << utf32 << CsvError::Code::NotUtf8 << CsvEncoding::Utf32 << qsizetype(1);
    QTest::newRow("cut-off UTF-8 at the end")
        << QByteArray("a\nb\n\xC3") << CsvError::Code::NotUtf8 << CsvEncoding::SingleByte << qsizetype(3);
    // Found with FuzzCsvReader's invariant that any chunking reads the same: the line was that of
    // the first U+FFFD in the chunk, which the file itself may hold, and text held back to choose
    // the separator was not counted.
    QTest::newRow("Latin-1 after a replacement character")
        << QByteArray("a,b\n\xEF\xBF\xBD,x\n1,2\n\xE9\n") << CsvError::Code::NotUtf8 << CsvEncoding::SingleByte
        << qsizetype(4);
    QTest::newRow("Latin-1 after blank lines")
        << QByteArray("\n\r\n\r\xE9,x\n") << CsvError::Code::NotUtf8 << CsvEncoding::SingleByte << qsizetype(4);
    QTest::newRow("cut-off UTF-8 after blank lines")
        << QByteArray("\n\n\xC3") << CsvError::Code::NotUtf8 << CsvEncoding::SingleByte << qsizetype(3);
    // Whatever the chunks, the first problem in the file is the one reported.
    QTest::newRow("field too large before a Latin-1 byte")
        << QByteArray("a\n") + QByteArray(40 * 1024, 'x') + "\n\xE9\n"
        << CsvError::Code::FieldTooLarge << CsvEncoding::Utf8 << qsizetype(2);
    QTest::newRow("unterminated quote") << QByteArray("a,b\n1,2\n\"open,3\n4,5\n") << CsvError::Code::UnterminatedQuote
                                        << CsvEncoding::Utf8 << qsizetype(3);
    QTest::newRow("10 MB field") << QByteArray("a,b\n1,2\n") + QByteArray(10 * 1024 * 1024, 'x') + "\n"
                                 << CsvError::Code::FieldTooLarge << CsvEncoding::Utf8 << qsizetype(3);
    QTest::newRow("10 MB quoted field") << QByteArray("a\n\"") + QByteArray(10 * 1024 * 1024, 'x') + "\"\n"
                                        << CsvError::Code::FieldTooLarge << CsvEncoding::Utf8 << qsizetype(2);
    QTest::newRow("10 MB of lines in one quoted field")
        << QByteArray("a\n\"") + QByteArray(10 * 1024 * 1024, '\n') + "\"\n"
        << CsvError::Code::FieldTooLarge << CsvEncoding::Utf8 << qsizetype(2);
    QTest::newRow("a million separators") << QByteArray("a\n") + QByteArray(1024 * 1024, ',') + "\n"
                                          << CsvError::Code::RecordTooLarge << CsvEncoding::Utf8 << qsizetype(2);
}

void TestCsvReader::refusesHostileFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(CsvError::Code, code);
    QFETCH(CsvEncoding, encoding);
    QFETCH(qsizetype, line);

    const CsvReadResult result = CsvReader().read(bytes);
    QVERIFY(!result.ok());
    QCOMPARE(result.error.code, code);
    if (code == CsvError::Code::NotUtf8)
        QCOMPARE(result.error.encoding, encoding);
    QCOMPARE(result.error.line, line);
    QVERIFY(result.document.records.isEmpty());
    QVERIFY(!result.error.message().isEmpty());
}

void TestCsvReader::hugeFieldStopsEarly()
{
    // The reader stops at the cap: it never holds the whole field.
    CsvReaderLimits limits;
    limits.maxFieldLength = 1000;
    const CsvReadResult result = CsvReader(limits).read(QByteArray("a\n") + QByteArray(10 * 1024 * 1024, 'x'));
    QCOMPARE(result.error.code, CsvError::Code::FieldTooLarge);
    QCOMPARE(result.error.limit, qint64(1000));
}

void TestCsvReader::limitsAreEnforced_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("which");
    QTest::addColumn<CsvError::Code>("code");
    QTest::addColumn<qint64>("limit");

    QByteArray manyRows("a\n");
    for (int i = 0; i < 20; ++i)
        manyRows += QByteArray::number(i) + "\n";
    QTest::newRow("row count") << manyRows << 0 << CsvError::Code::TooManyRecords << qint64(10);
    QTest::newRow("fields per record") << QByteArray("a,b,c,d,e,f\n") << 1 << CsvError::Code::RecordTooLarge
                                       << qint64(5);
    QTest::newRow("record length") << QByteArray("a,b\n") + QByteArray(60, 'y') + "," + QByteArray(60, 'z') + "\n"
                                   << 2 << CsvError::Code::RecordTooLarge << qint64(100);
    QTest::newRow("file size") << QByteArray(2048, 'a') << 3 << CsvError::Code::FileTooLarge << qint64(1024);
}

void TestCsvReader::limitsAreEnforced()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, which);
    QFETCH(CsvError::Code, code);
    QFETCH(qint64, limit);

    CsvReaderLimits limits;
    switch (which) {
    case 0:
        limits.maxRecords = 10;
        break;
    case 1:
        limits.maxFieldsPerRecord = 5;
        break;
    case 2:
        limits.maxRecordLength = 100;
        break;
    default:
        limits.maxFileBytes = 1024;
        break;
    }
    const CsvReadResult result = CsvReader(limits).read(bytes);
    QCOMPARE(result.error.code, code);
    QCOMPARE(result.error.limit, limit);
}

void TestCsvReader::multibyteAcrossChunks()
{
    // Two- and three-byte characters straddle every 64 KiB read of the reader.
    QByteArray bytes("name\n");
    QStringList expected;
    for (int i = 0; i < 20000; ++i) {
        const QString value = QStringLiteral("Şahin李%1").arg(i);
        bytes += value.toUtf8() + "\n";
        expected << value;
    }
    const CsvReadResult result = CsvReader().read(bytes);
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QCOMPARE(result.document.records.size(), 20001);
    for (int i = 0; i < 20000; ++i) {
        QCOMPARE(result.document.records.at(i + 1).fields.constFirst(), expected.at(i));
        QCOMPARE(result.document.records.at(i + 1).line, qsizetype(i + 2));
    }
}

void TestCsvReader::identityIsTheHashOfTheBytes()
{
    const QByteArray bytes("\xEF\xBB\xBF"
                           "a,b\n1,2\n");
    const CsvReadResult result = CsvReader().read(bytes);
    QCOMPARE(result.document.sha256, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
    QCOMPARE(result.document.byteCount, bytes.size());
    QVERIFY(CsvReader().read(QByteArray("a,b\n1,3\n")).document.sha256 != result.document.sha256);
}

void TestCsvReader::unreadableFile()
{
    QTemporaryDir directory;
    const CsvReadResult result = CsvReader().readFile(directory.filePath(QStringLiteral("missing.csv")));
    QCOMPARE(result.error.code, CsvError::Code::Unreadable);
    QVERIFY(!result.error.message().isEmpty());
}

void TestCsvReader::errorMessagesAreNeverEmpty()
{
    for (int code = int(CsvError::Code::Unreadable); code <= int(CsvError::Code::UnterminatedQuote); ++code) {
        CsvError error;
        error.code = CsvError::Code(code);
        QVERIFY(!error.message().isEmpty());
    }
}

void TestCsvReader::headerVariations()
{
    const QByteArray bytes(" CustomerID ;NOTES;FIRSTNAME;lastname ;Email;phonenumber;DateAgreed;extra\n"
                           "14876998-c0dc-46e6-9d0c-65a57a6c32ec;call back;Ada;Lovelace;ada@contoso.com;"
                           "+1 425 555 0100;2024-05-01;x\n");
    const BulkInputResult result = BulkInputReader::fromBytes(bytes);
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QCOMPARE(result.input.rows.size(), 1);
    const BulkRow& row = result.input.rows.constFirst();
    QCOMPARE(row.index, 0);
    QCOMPARE(row.line, qsizetype(2));
    QCOMPARE(row.customerId, QStringLiteral("14876998-c0dc-46e6-9d0c-65a57a6c32ec"));
    QCOMPARE(row.firstName, QStringLiteral("Ada"));
    QCOMPARE(row.lastName, QStringLiteral("Lovelace"));
    QCOMPARE(row.email, QStringLiteral("ada@contoso.com"));
    QCOMPARE(row.phoneNumber, QStringLiteral("+1 425 555 0100"));
    QCOMPARE(row.dateAgreed, QStringLiteral("2024-05-01"));
    QVERIFY(row.domain.isEmpty());
    QVERIFY(!row.ragged);
}

void TestCsvReader::domainInsteadOfCustomerId()
{
    const BulkInputResult result
        = BulkInputReader::fromBytes("domain,firstName,lastName,email,dateAgreed\ncontoso.onmicrosoft.com,Ada,Lovelace,"
                                     "ada@contoso.com,2024-05-01\n");
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QCOMPARE(result.input.rows.constFirst().domain, QStringLiteral("contoso.onmicrosoft.com"));
    QVERIFY(result.input.rows.constFirst().customerId.isEmpty());
    QVERIFY(result.input.rows.constFirst().phoneNumber.isEmpty()); // optional column absent
}

void TestCsvReader::missingColumnsAreEachNamed_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QStringList>("missing");
    QTest::newRow("no customer column") << QByteArray("firstName,lastName,email,dateAgreed")
                                        << QStringList{QStringLiteral("customerId")};
    QTest::newRow("three missing") << QByteArray("customerId,firstName,notes")
                                   << QStringList{QStringLiteral("lastName"), QStringLiteral("email"),
                                          QStringLiteral("dateAgreed")};
    QTest::newRow("nothing known") << QByteArray("a;b;c")
                                   << QStringList{QStringLiteral("customerId"), QStringLiteral("firstName"),
                                          QStringLiteral("lastName"), QStringLiteral("email"),
                                          QStringLiteral("dateAgreed")};
    QTest::newRow("date called date") << QByteArray("customerId,firstName,lastName,email,date")
                                      << QStringList{QStringLiteral("dateAgreed")};
}

void TestCsvReader::missingColumnsAreEachNamed()
{
    QFETCH(QByteArray, header);
    QFETCH(QStringList, missing);
    const BulkInputResult result = BulkInputReader::fromBytes(header + "\n1,2,3,4,5\n");
    QCOMPARE(result.error.code, BulkInputError::Code::MissingColumns);
    QCOMPARE(result.error.missingColumns, missing);
    for (const QString& column : missing)
        QVERIFY(result.error.message().contains(column));
}

void TestCsvReader::unusableFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<BulkInputError::Code>("code");
    QTest::newRow("empty") << QByteArray() << BulkInputError::Code::NoHeader;
    QTest::newRow("only blank lines") << QByteArray("\n\r\n,,\n") << BulkInputError::Code::NoHeader;
    QTest::newRow("header only") << QByteArray("customerId,firstName,lastName,email,dateAgreed\n")
                                 << BulkInputError::Code::NoRows;
    QTest::newRow("column twice") << QByteArray("customerId,firstName,lastName,email,Email,dateAgreed\n1,2,3,4,5,6\n")
                                  << BulkInputError::Code::DuplicateColumn;
    QTest::newRow("Latin-1") << QByteArray("customerId,firstName,lastName,email,dateAgreed\nx,Jos\xE9,a,b,c\n")
                             << BulkInputError::Code::Csv;
}

void TestCsvReader::unusableFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(BulkInputError::Code, code);
    const BulkInputResult result = BulkInputReader::fromBytes(bytes);
    QCOMPARE(result.error.code, code);
    QVERIFY(!result.error.message().isEmpty());
}

void TestCsvReader::raggedRowsAreFlagged()
{
    const BulkInputResult result = BulkInputReader::fromBytes("customerId,firstName,lastName,email,dateAgreed\n"
                                                              "id1,Ada,Lovelace,ada@contoso.com,2024-05-01\n"
                                                              "id2,Ada,Lovelace,ada@contoso.com\n"
                                                              "id3,Ada,Lovelace,ada@contoso.com,2024-05-01,extra\n");
    QVERIFY(result.ok());
    QCOMPARE(result.input.rows.size(), 3);
    QCOMPARE(result.input.rows.at(0).ragged, false);
    QCOMPARE(result.input.rows.at(1).ragged, true);
    QCOMPARE(result.input.rows.at(1).fieldCount, qsizetype(4));
    QCOMPARE(result.input.rows.at(1).dateAgreed, QString());
    QCOMPARE(result.input.rows.at(2).ragged, true);
    QCOMPARE(result.input.rows.at(2).line, qsizetype(4));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
