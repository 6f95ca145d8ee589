// The sandbox's customer pages, now written as text, are byte for byte what QJsonDocument
// wrote before: the same members in the same order, the same escaping, for every script.
#include "SandboxFixture.h"
#include "TestEnvironment.h"
#include "sandbox/CustomerJson.h"
#include "sandbox/JsonText.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QTest>

using namespace PartnerDesk;
using namespace PartnerDesk::Sandbox;

class TestSandboxJsonText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::isolateEnvironment(); }
    void listItemAsBefore_data();
    void listItemAsBefore();
    void pagesAreQtsOwnJson();
};

void TestSandboxJsonText::listItemAsBefore_data()
{
    QTest::addColumn<QString>("companyName");
    QTest::newRow("plain") << QStringLiteral("Contoso Ltd.");
    QTest::newRow("Turkish") << QStringLiteral("YILDIZ BİLİŞİM A.Ş.");
    QTest::newRow("Japanese") << QStringLiteral("株式会社さくら商事");
    QTest::newRow("Arabic") << QStringLiteral("شركة الرياض للتقنية");
    QTest::newRow("outside the BMP") << QString::fromUtf8("\xF0\x90\x90\x80 Deseret \xF0\x9F\x98\x80");
    QTest::newRow("quotes and backslashes") << QStringLiteral("\"Quoted\" \\ back\\slash /slash");
    QTest::newRow("control characters") << QStringLiteral("tab\tnew\nline\rcr\bbs\fff\x01\x1f\x7f end");
    QTest::newRow("empty") << QString();
}

void TestSandboxJsonText::listItemAsBefore()
{
    QFETCH(QString, companyName);
    CustomerRecord customer;
    customer.id = QStringLiteral("14876998-c0dc-46e6-9d0c-65a57a6c32ec");
    customer.companyName = companyName;
    customer.domain = QStringLiteral("contoso.onmicrosoft.com");
    customer.relationshipToPartner = QStringLiteral("reseller");
    JsonText text;
    CustomerJson::writeListItem(text, customer);
    QCOMPARE(text.take(), QJsonDocument(CustomerJson::listItem(customer)).toJson(QJsonDocument::Compact));
}

void TestSandboxJsonText::pagesAreQtsOwnJson()
{
    // Every page of a seeded sandbox (every script the seed has), read bare: Qt writes the same
    // bytes from what it reads.
    Test::SandboxFixture::Options options;
    options.seedCustomers = 1200;
    Test::SandboxFixture sandbox(options);
    QVERIFY(sandbox.isRunning());
    QVERIFY(sandbox.signIn(Role::AdminAgent, PartnerType::DirectBill));
    QByteArray token;
    int pages = 0;
    int items = 0;
    for (;;) {
        QUrl url = sandbox.baseUrl();
        url.setPath(QStringLiteral("/v1/customers"));
        url.setQuery(token.isEmpty() ? QStringLiteral("size=500") : QStringLiteral("size=500&seekOperation=Next"));
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + sandbox.accessToken().toUtf8());
        if (!token.isEmpty())
            request.setRawHeader("MS-ContinuationToken", token);
        QNetworkReply* reply = sandbox.network()->get(request);
        QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000));
        reply->deleteLater();
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QByteArray body = reply->readAll();
        const QJsonDocument document = QJsonDocument::fromJson(body);
        QVERIFY(document.isObject());
        QCOMPARE(document.toJson(QJsonDocument::Compact), body);
        ++pages;
        items += document.object().value(QLatin1String("items")).toArray().size();
        QCOMPARE(document.object().value(QLatin1String("totalCount")).toInt(),
            document.object().value(QLatin1String("items")).toArray().size());
        token = document.object().value(QLatin1String("continuationToken")).toString().toUtf8();
        if (token.isEmpty())
            break;
        QCOMPARE(document.object()
                     .value(QLatin1String("links"))
                     .toObject()
                     .value(QLatin1String("next"))
                     .toObject()
                     .value(QLatin1String("headers"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("value"))
                     .toString()
                     .toUtf8(),
            token);
    }
    QCOMPARE(pages, 3);
    QCOMPARE(items, 1200);
}

QTEST_MAIN(TestSandboxJsonText)
#include "TestSandboxJsonText.moc"
