// Invitation templates, placeholders and the mailto: URL that cannot carry extra headers.
#include "TestEnvironment.h"
#include "flows/Invitation.h"
#include "util/Settings.h"

#include <QSettings>
#include <QTest>
#include <QUrlQuery>

using namespace PartnerDesk;

class TestInvitation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::isolateEnvironment(); }
    void init() { QSettings().clear(); }
    void shippedTemplatesExist();
    void fillsPlaceholdersOnce();
    void credentialsBlockOnlyWithCredentials();
    void editedTemplateIsRememberedPerLanguage();
    void mailtoEncodesEveryField_data();
    void mailtoEncodesEveryField();
    void mailtoRefusesInjectedRecipients_data();
    void mailtoRefusesInjectedRecipients();
};

void TestInvitation::shippedTemplatesExist()
{
    QVERIFY(Invitation::templateLanguages().contains(QStringLiteral("en")));
    for (InvitationKind kind : {InvitationKind::ResellerRelationship, InvitationKind::AcceptAgreement}) {
        const QString text = Invitation::defaultTemplate(kind, QStringLiteral("en"));
        QVERIFY(text.contains(QLatin1String("{{link}}")));
        QVERIFY(text.startsWith(QLatin1String("Subject:")));
        // An unknown language falls back to English.
        QCOMPARE(Invitation::defaultTemplate(kind, QStringLiteral("xx_YY")), text);
    }
}

void TestInvitation::fillsPlaceholdersOnce()
{
    const QString templateText
        = QStringLiteral("Subject: {{partner}} for {{customer}}\n\nOpen {{link}} now. {{unknown}}");
    InvitationValues values;
    values.link = QStringLiteral("https://admin.microsoft.com/x?a=1&b=2");
    values.partnerName = QStringLiteral("Contoso {{link}}"); // a value that looks like a placeholder stays text
    values.customerName = QStringLiteral("Örnek A.Ş.");
    const InvitationText text = Invitation::fill(templateText, values);
    QCOMPARE(text.subject, QStringLiteral("Contoso {{link}} for Örnek A.Ş."));
    QCOMPARE(text.body, QStringLiteral("Open https://admin.microsoft.com/x?a=1&b=2 now. {{unknown}}"));
}

void TestInvitation::credentialsBlockOnlyWithCredentials()
{
    const QString templateText = Invitation::defaultTemplate(InvitationKind::AcceptAgreement, QStringLiteral("en"));
    InvitationValues values;
    values.link = Invitation::adminCenterAgreementUrl().toString();
    values.customerName = QStringLiteral("Fabrikam");
    const InvitationText without = Invitation::fill(templateText, values);
    QVERIFY(!without.body.contains(QLatin1String("{{")));
    QVERIFY(!without.body.contains(QLatin1String("User name")));

    values.userName = QStringLiteral("admin@fabrikam.onmicrosoft.com");
    values.password = QStringLiteral("=;;n.=s9Z");
    const InvitationText with = Invitation::fill(templateText, values);
    QVERIFY(with.body.contains(values.userName));
    QVERIFY(with.body.contains(values.password));
    QVERIFY(!with.body.contains(QLatin1String("{{")));
}

void TestInvitation::editedTemplateIsRememberedPerLanguage()
{
    const QString edited = QStringLiteral("Subject: Davet\n\nMerhaba, {{link}}");
    Invitation::saveTemplate(InvitationKind::ResellerRelationship, QStringLiteral("tr"), edited);
    QCOMPARE(Invitation::templateFor(InvitationKind::ResellerRelationship, QStringLiteral("tr")), edited);
    QVERIFY(Invitation::templateFor(InvitationKind::ResellerRelationship, QStringLiteral("de")) != edited);
    Invitation::resetTemplate(InvitationKind::ResellerRelationship, QStringLiteral("tr"));
    QCOMPARE(Invitation::templateFor(InvitationKind::ResellerRelationship, QStringLiteral("tr")),
        Invitation::defaultTemplate(InvitationKind::ResellerRelationship, QStringLiteral("tr")));
}

void TestInvitation::mailtoEncodesEveryField_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("body");
    QTest::newRow("plain") << QStringLiteral("Hello") << QStringLiteral("Line one\nLine two");
    QTest::newRow("ampersand and question mark")
        << QStringLiteral("A & B?") << QStringLiteral("x=1&cc=evil@example.com?bcc=x");
    QTest::newRow("header injection in subject")
        << QStringLiteral("Hi\r\nBcc: evil@example.com") << QStringLiteral("body");
    QTest::newRow("percent signs") << QStringLiteral("100% sure %0A") << QStringLiteral("%0D%0ABcc:x");
    QTest::newRow("non-Latin") << QStringLiteral("Microsoft Müşteri Sözleşmesi")
                               << QStringLiteral("اتفاقية عملاء Microsoft\n顧客契約");
    QTest::newRow("link with query")
        << QStringLiteral("Invite")
        << QStringLiteral(
               "https://admin.microsoft.com/Adminportal/"
               "Home?invType=ResellerRelationship&partnerId=1&msppId=0&DAP=false#/BillingAccounts/partner-invitation");
}

void TestInvitation::mailtoEncodesEveryField()
{
    QFETCH(QString, subject);
    QFETCH(QString, body);
    const QUrl url = Invitation::mailtoUrl(QStringLiteral("ayse@ornek.com.tr"), subject, body);
    QVERIFY(url.isValid());
    QCOMPARE(url.scheme(), QStringLiteral("mailto"));
    QCOMPARE(url.path(), QStringLiteral("ayse@ornek.com.tr"));
    const QString encoded = url.toString(QUrl::FullyEncoded);
    QVERIFY(!encoded.contains(QLatin1Char('\n')));
    QVERIFY(!encoded.contains(QLatin1Char('\r')));
    // Exactly the two fields PartnerDesk sets; nothing a value smuggled in.
    const QUrlQuery query(url);
    const auto items = query.queryItems(QUrl::FullyDecoded);
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).first, QStringLiteral("subject"));
    QCOMPARE(items.at(1).first, QStringLiteral("body"));
    QString expectedSubject = subject;
    expectedSubject.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    QCOMPARE(items.at(0).second, expectedSubject);
    QString expectedBody = body;
    expectedBody.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
    QCOMPARE(items.at(1).second, expectedBody);
}

void TestInvitation::mailtoRefusesInjectedRecipients_data()
{
    QTest::addColumn<QString>("recipient");
    QTest::newRow("query in address") << QStringLiteral("a@b.com?bcc=evil@example.com");
    QTest::newRow("ampersand") << QStringLiteral("a@b.com&cc=evil@example.com");
    QTest::newRow("second address") << QStringLiteral("a@b.com,evil@example.com");
    QTest::newRow("percent-encoded newline") << QStringLiteral("a@b.com%0ABcc:evil@example.com");
    QTest::newRow("space") << QStringLiteral("a b@c.com");
    QTest::newRow("no @") << QStringLiteral("abc.com");
}

void TestInvitation::mailtoRefusesInjectedRecipients()
{
    QFETCH(QString, recipient);
    QVERIFY(!Invitation::mailtoUrl(recipient, QStringLiteral("s"), QStringLiteral("b")).isValid());
    // A line break is simply removed.
    QVERIFY(Invitation::mailtoUrl(QStringLiteral("a@b.com\r\n"), QStringLiteral("s"), QStringLiteral("b")).isValid());
    // No recipient: the user fills it in the mail program.
    QVERIFY(Invitation::mailtoUrl(QString(), QStringLiteral("s"), QStringLiteral("b")).isValid());
}

QTEST_GUILESS_MAIN(TestInvitation)
#include "TestInvitation.moc"
