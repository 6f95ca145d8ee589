// Secrets and contact data never reach a log.
#include "TestEnvironment.h"
#include "util/Logging.h"

#include <QTest>

using namespace PartnerDesk;

class TestRedact : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::isolateEnvironment(); }
    void headers();
    void contactData();
    void freeText_data();
    void freeText();
};

void TestRedact::headers()
{
    QCOMPARE(Redact::headerValue("Authorization", "Bearer abc.def.ghi"), QByteArray("***"));
    QCOMPARE(Redact::headerValue("authorization", "Bearer x"), QByteArray("***"));
    QCOMPARE(Redact::headerValue("MS-CorrelationId", "ab993325"), QByteArray("ab993325"));
}

void TestRedact::contactData()
{
    QCOMPARE(Redact::email(QStringLiteral("ada.lovelace@contoso.com")), QStringLiteral("a***@c***.com"));
    QVERIFY(!Redact::email(QStringLiteral("ada@contoso.com")).contains(QLatin1String("contoso")));
    QCOMPARE(Redact::phone(QStringLiteral("+90 212 555 01 23")), QStringLiteral("***23"));
    QCOMPARE(Redact::name(QStringLiteral("Işıl")), QStringLiteral("I***"));
    QVERIFY(Redact::name({}).isEmpty());
}

void TestRedact::freeText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("secret");
    QTest::newRow("bearer header") << QStringLiteral("Authorization: Bearer s3cr3t-token_value")
                                   << QStringLiteral("s3cr3t-token_value");
    QTest::newRow("jwt") << QStringLiteral("token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig")
                         << QStringLiteral("eyJzdWIiOiIxIn0");
    QTest::newRow("password json") << QStringLiteral("{\"userName\":\"admin\",\"password\":\"=;;n.=s9Z\"}")
                                   << QStringLiteral("=;;n.=s9Z");
    QTest::newRow("refresh token form") << QStringLiteral("grant_type=refresh_token&refresh_token=0.AXYZ&client_id=1")
                                        << QStringLiteral("0.AXYZ");
    QTest::newRow("email") << QStringLiteral("contact someone@example.com failed")
                           << QStringLiteral("someone@example.com");
}

void TestRedact::freeText()
{
    QFETCH(QString, input);
    QFETCH(QString, secret);
    const QString out = Redact::text(input);
    QVERIFY2(!out.contains(secret), qPrintable(out));
    QVERIFY(out.contains(QLatin1String("***")));
}

QTEST_GUILESS_MAIN(TestRedact)
#include "TestRedact.moc"
