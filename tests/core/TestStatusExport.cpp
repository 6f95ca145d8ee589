// The status export: every customer, RFC 4180, safe in a spreadsheet, read back exactly.
#include "TestEnvironment.h"
#include "flows/StatusExport.h"
#include "util/CsvReader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace PartnerDesk;

class TestStatusExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::isolateEnvironment(); }
    void hostileCellsAreNeutralised_data();
    void hostileCellsAreNeutralised();
    void everyRowReadsBack();
    void writtenAtomically();
};

void TestStatusExport::hostileCellsAreNeutralised_data()
{
    QTest::addColumn<QString>("company");
    QTest::addColumn<QString>("expected");
    QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"http://x\")")
                             << QStringLiteral("'=HYPERLINK(\"http://x\")");
    QTest::newRow("plus") << QStringLiteral("+1+1") << QStringLiteral("'+1+1");
    QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("comma and quotes") << QStringLiteral("Müller, \"Söhne\" GmbH")
                                      << QStringLiteral("Müller, \"Söhne\" GmbH");
    QTest::newRow("line break") << QStringLiteral("Örnek\nYazılım") << QStringLiteral("Örnek\nYazılım");
    QTest::newRow("Arabic") << QStringLiteral("شركة الرياض للتقنية") << QStringLiteral("شركة الرياض للتقنية");
    QTest::newRow("equals inside is fine") << QStringLiteral("A=B Ltd") << QStringLiteral("A=B Ltd");
}

void TestStatusExport::hostileCellsAreNeutralised()
{
    QFETCH(QString, company);
    QFETCH(QString, expected);
    CustomerStatusRow row;
    row.customerId = QStringLiteral("14876998-c0dc-46e6-9d0c-65a57a6c32ec");
    row.companyName = company;
    row.domain = QStringLiteral("contoso.onmicrosoft.com");
    row.status = McaStatus::NotConfirmed;
    const CsvReadResult read = CsvReader().read(StatusExport::toCsv({row}));
    QVERIFY2(read.ok(), qPrintable(read.error.message()));
    QVERIFY(read.document.hadByteOrderMark);
    QCOMPARE(read.document.records.size(), 2);
    QCOMPARE(read.document.records.at(1).fields.value(1), expected);
    QCOMPARE(read.document.records.at(1).fields.value(4), QStringLiteral("notConfirmed"));
}

void TestStatusExport::everyRowReadsBack()
{
    QList<CustomerStatusRow> rows;
    for (int i = 0; i < 1000; ++i) {
        CustomerStatusRow row;
        row.customerId = QStringLiteral("id-%1").arg(i);
        row.companyName = QStringLiteral("Company %1, \"Ltd\"").arg(i);
        row.domain = QStringLiteral("c%1.onmicrosoft.com").arg(i);
        row.country = QStringLiteral("TR");
        row.status = static_cast<McaStatus>(i % 4);
        row.dateAgreed = i % 2 ? QDate(2024, 1, 1).addDays(i) : QDate();
        row.relationship = QStringLiteral("reseller");
        rows << row;
    }
    const CsvReadResult read = CsvReader().read(StatusExport::toCsv(rows));
    QVERIFY(read.ok());
    QCOMPARE(read.document.records.size(), rows.size() + 1);
    QCOMPARE(read.document.records.at(0).fields,
        (QStringList{QStringLiteral("customerId"), QStringLiteral("companyName"), QStringLiteral("domain"),
            QStringLiteral("country"), QStringLiteral("mcaStatus"), QStringLiteral("dateAgreed"),
            QStringLiteral("relationshipToPartner")}));
    for (int i = 0; i < rows.size(); ++i) {
        const QStringList fields = read.document.records.at(i + 1).fields;
        QCOMPARE(fields.size(), 7);
        QCOMPARE(fields.at(0), rows.at(i).customerId);
        QCOMPARE(fields.at(1), rows.at(i).companyName);
        QCOMPARE(mcaStatusFromKey(fields.at(4)), rows.at(i).status);
        QCOMPARE(QDate::fromString(fields.at(5), Qt::ISODate), rows.at(i).dateAgreed);
    }
}

void TestStatusExport::writtenAtomically()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("status.csv"));
    QString error;
    QVERIFY(StatusExport::writeCsv(path, {CustomerStatusRow{}}, &error));
    QVERIFY(QFile::exists(path));
    // A folder that does not exist: refused with a reason, nothing written.
    QVERIFY(!StatusExport::writeCsv(directory.filePath(QStringLiteral("missing/status.csv")), {}, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestStatusExport)
#include "TestStatusExport.moc"
