// The reseller's hand-off file: only the rows that passed the dry run, in the input's columns,
// formula cells neutralised for spreadsheets yet read back by BulkInputReader as they were
// written; the other rows in a problems file with their codes.
#include "TestEnvironment.h"
#include "flows/bulk/BulkHandOffFile.h"
#include "flows/bulk/BulkResultFile.h"
#include "util/CsvReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace PartnerDesk;

namespace {

BulkRow makeRow(int index, const QString& customerId, const QString& firstName, const QString& email,
    const QString& phone = {}, const QString& date = QStringLiteral("2025-01-15"))
{
    BulkRow row;
    row.index = index;
    row.line = index + 2;
    row.customerId = customerId;
    row.firstName = firstName;
    row.lastName = QStringLiteral("Lovelace");
    row.email = email;
    row.phoneNumber = phone;
    row.dateAgreed = date;
    row.fieldCount = 7;
    return row;
}

BulkRowResult outcome(BulkOutcome value, const QString& code = {}, BulkColumn column = BulkColumn::None)
{
    BulkRowResult result;
    result.outcome = value;
    result.code = code;
    if (!code.isEmpty())
        result.problems.append(BulkCellProblem{column, code, QStringLiteral("message for ") + code});
    return result;
}

const QString idA = QStringLiteral("0b6f3c1e-1a2b-4c3d-8e9f-000000000001");
const QString idB = QStringLiteral("0b6f3c1e-1a2b-4c3d-8e9f-000000000002");
const QString idC = QStringLiteral("0b6f3c1e-1a2b-4c3d-8e9f-000000000003");

} // namespace

class TestBulkHandOffFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void onlyPassedRowsRoundTrip();
    void problemsFileListsTheRest();
    void everyRowPassedLeavesNoProblemsFile();
    void readerUndoesOnlyTheFormulaGuard_data();
    void readerUndoesOnlyTheFormulaGuard();

private:
    QTemporaryDir m_directory;
    QList<BulkRow> m_rows;
    QList<BulkRowResult> m_results;
};

void TestBulkHandOffFile::initTestCase()
{
    Test::isolateEnvironment();
    QVERIFY(m_directory.isValid());
    m_rows = {
        makeRow(0, idA, QStringLiteral("Ada"), QStringLiteral("ada@contoso.com"), QStringLiteral("+1 425 555 0100")),
        makeRow(1, idB, QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("bad@")),
        makeRow(2, idB, QStringLiteral("-Grace, \"G\""), QStringLiteral("grace@contoso.com"), {},
            QStringLiteral("2025-02-01")),
        makeRow(3, QString(), QStringLiteral("Linus"), QStringLiteral("linus@contoso.com")),
        makeRow(4, idC, QStringLiteral("Ken"), QStringLiteral("ken@contoso.com")),
    };
    m_rows[3].domain = QStringLiteral("fabrikam.onmicrosoft.com");
    m_results = {
        outcome(BulkOutcome::Valid),
        outcome(BulkOutcome::Invalid, QStringLiteral("emailMissingDomain"), BulkColumn::Email),
        outcome(BulkOutcome::Valid),
        outcome(BulkOutcome::Valid),
        outcome(BulkOutcome::AlreadyConfirmed, QStringLiteral("existingConfirmation")),
    };
}

void TestBulkHandOffFile::onlyPassedRowsRoundTrip()
{
    const QString path = m_directory.filePath(QStringLiteral("handoff.csv"));
    const BulkHandOffFile::WriteResult written = BulkHandOffFile::write(path, m_rows, m_results);
    QVERIFY2(written.ok(), qPrintable(written.error));
    QCOMPARE(written.handedOff, 3);
    QCOMPARE(written.left, 2);

    // Raw: the header, the input's columns, the formula-like cells neutralised.
    const CsvReadResult raw = CsvReader().readFile(path);
    QVERIFY(raw.ok());
    QCOMPARE(raw.document.records.size(), 4);
    QCOMPARE(raw.document.records.at(0).fields, BulkHandOffFile::columns());
    QCOMPARE(raw.document.records.at(0).fields,
        QStringList({QStringLiteral("customerId"), QStringLiteral("domain"), QStringLiteral("firstName"),
            QStringLiteral("lastName"), QStringLiteral("email"), QStringLiteral("phoneNumber"),
            QStringLiteral("dateAgreed")}));
    QCOMPARE(raw.document.records.at(1).fields.at(5), QStringLiteral("'+1 425 555 0100"));
    QCOMPARE(raw.document.records.at(2).fields.at(2), QStringLiteral("'-Grace, \"G\""));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("HYPERLINK"));

    // As input: exactly the rows that passed, each value as it was written.
    const BulkInputResult read = BulkInputReader::readFile(path);
    QVERIFY(read.ok());
    QCOMPARE(read.input.rows.size(), 3);
    const QList<int> passed{0, 2, 3};
    for (qsizetype i = 0; i < passed.size(); ++i) {
        const BulkRow& original = m_rows.at(passed.at(i));
        const BulkRow& back = read.input.rows.at(i);
        for (const BulkColumn column : BulkColumns::all())
            QCOMPARE(back.value(column), original.value(column));
        QVERIFY(!back.ragged);
    }
}

void TestBulkHandOffFile::problemsFileListsTheRest()
{
    const QString path = m_directory.filePath(QStringLiteral("handoff2.csv"));
    const BulkHandOffFile::WriteResult written = BulkHandOffFile::write(path, m_rows, m_results);
    QVERIFY(written.ok());
    QCOMPARE(written.problemsPath, BulkHandOffFile::problemsPath(path));
    QVERIFY(written.problemsPath.endsWith(QLatin1String("handoff2-problems.csv")));
    const CsvReadResult problems = CsvReader().readFile(written.problemsPath);
    QVERIFY(problems.ok());
    const QStringList columns = problems.document.records.constFirst().fields;
    QCOMPARE(columns, BulkResultFile::columns());
    QCOMPARE(problems.document.records.size(), 3);
    const QStringList invalid = problems.document.records.at(1).fields;
    QCOMPARE(invalid.at(columns.indexOf(QStringLiteral("line"))), QStringLiteral("3"));
    QCOMPARE(invalid.at(columns.indexOf(QStringLiteral("outcome"))), QStringLiteral("invalid"));
    QCOMPARE(invalid.at(columns.indexOf(QStringLiteral("column"))), QStringLiteral("email"));
    QCOMPARE(invalid.at(columns.indexOf(QStringLiteral("code"))), QStringLiteral("emailMissingDomain"));
    QCOMPARE(invalid.at(columns.indexOf(QStringLiteral("firstName"))), QStringLiteral("'=HYPERLINK(\"http://x\")"));
    const QStringList already = problems.document.records.at(2).fields;
    QCOMPARE(already.at(columns.indexOf(QStringLiteral("line"))), QStringLiteral("6"));
    QCOMPARE(already.at(columns.indexOf(QStringLiteral("outcome"))), QStringLiteral("alreadyConfirmed"));
}

void TestBulkHandOffFile::everyRowPassedLeavesNoProblemsFile()
{
    const QString path = m_directory.filePath(QStringLiteral("handoff3.csv"));
    QVERIFY(BulkHandOffFile::write(path, m_rows, m_results).ok());
    QVERIFY(QFile::exists(BulkHandOffFile::problemsPath(path)));
    // Corrected: every row passes now; the old problems file must not stay behind.
    QList<BulkRowResult> allValid(m_rows.size(), outcome(BulkOutcome::Valid));
    const BulkHandOffFile::WriteResult written = BulkHandOffFile::write(path, m_rows, allValid);
    QVERIFY(written.ok());
    QCOMPARE(written.handedOff, 5);
    QCOMPARE(written.left, 0);
    QVERIFY(written.problemsPath.isEmpty());
    QVERIFY(!QFile::exists(BulkHandOffFile::problemsPath(path)));
    QCOMPARE(BulkInputReader::readFile(path).input.rows.size(), 5);

    // A folder that does not exist: an error in words, nothing claimed written.
    const BulkHandOffFile::WriteResult failed
        = BulkHandOffFile::write(m_directory.filePath(QStringLiteral("missing/folder/x.csv")), m_rows, m_results);
    QVERIFY(!failed.ok());
    QVERIFY(failed.error.contains(QLatin1String("x.csv")));
}

void TestBulkHandOffFile::readerUndoesOnlyTheFormulaGuard_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("read");
    QTest::newRow("guarded plus") << QStringLiteral("'+49 30 1234567") << QStringLiteral("+49 30 1234567");
    QTest::newRow("guarded equals") << QStringLiteral("'=1+1") << QStringLiteral("=1+1");
    QTest::newRow("guarded minus") << QStringLiteral("'-Ada") << QStringLiteral("-Ada");
    QTest::newRow("guarded at") << QStringLiteral("'@x") << QStringLiteral("@x");
    QTest::newRow("apostrophe before a letter kept") << QStringLiteral("'Ada") << QStringLiteral("'Ada");
    QTest::newRow("apostrophe inside kept") << QStringLiteral("O'Brien") << QStringLiteral("O'Brien");
    QTest::newRow("lone apostrophe kept") << QStringLiteral("'") << QStringLiteral("'");
    QTest::newRow("unguarded formula verbatim") << QStringLiteral("+1 425") << QStringLiteral("+1 425");
}

void TestBulkHandOffFile::readerUndoesOnlyTheFormulaGuard()
{
    QFETCH(QString, cell);
    QFETCH(QString, read);
    const QByteArray csv = "customerId,firstName,lastName,email,dateAgreed\n" + idA.toUtf8() + ",\"" + cell.toUtf8()
        + "\",Lovelace,ada@contoso.com,2025-01-15\n";
    const BulkInputResult result = BulkInputReader::fromBytes(csv);
    QVERIFY(result.ok());
    QCOMPARE(result.input.rows.constFirst().firstName, read);
}

QTEST_GUILESS_MAIN(TestBulkHandOffFile)
#include "TestBulkHandOffFile.moc"
