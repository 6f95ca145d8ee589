// The invitation composer (flow 5) against the in-process sandbox: the reseller link, the
// mailto URL, the recipient check, the clipboard, the template language and the saved
// templates, the credentials, and the permission policy.
#include "Await.h"
#include "SandboxFixture.h"
#include "TestEnvironment.h"
#include "api/PartnerCenterClient.h"
#include "flows/Invitation.h"
#include "flows/Workspace.h"
#include "flows/invite/InvitationDraft.h"
#include "flows/invite/InvitationLanguages.h"
#include "invite/InvitationComposer.h"
#include "invite/UrlOpener.h"
#include "util/Settings.h"
#include "widgets/Dialogs.h"
#include "widgets/FieldMessage.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace PartnerDesk;

class TestInvitationComposer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void resellerLinkArrivesInBody();
    void canceledLinkCanBeFetchedAgain();
    void mailtoUrlIsExactAndCarriesNoExtraHeaders();
    void invalidRecipientOpensNothing_data();
    void invalidRecipientOpensNothing();
    void copyPutsSubjectAndBodyOnClipboard();
    void startsInCustomersLanguage();
    void savedTemplateComesBackForItsLanguageOnly();
    void resetRestoresShippedTemplate();
    void credentialsOnlyWhenGiven();
    void roleThatMayNotInviteIsToldWhy();
    void partnerNameComesFromSettings();
    void editedMessageIsNotLostSilently();
    void retranslatesInPlace();
    void screenshots();

private:
    std::unique_ptr<InvitationComposer> composer(const InvitationRequest& request, Workspace* workspace = nullptr);
    static InvitationRequest resellerRequest();
    static InvitationRequest agreementRequest(const QString& language = QStringLiteral("en"));
    // Lets pending layout requests run, so newly shown buttons have their size.
    static void settle() { QTest::qWait(20); }
    template<typename T> static T* child(QObject* parent, const char* name)
    {
        return parent->findChild<T*>(QLatin1String(name));
    }

    std::unique_ptr<Test::SandboxFixture> m_sandbox;
    std::unique_ptr<Workspace> m_admin;
    QList<QUrl> m_opened;
};

void TestInvitationComposer::initTestCase()
{
    Test::isolateEnvironment();
    m_sandbox = std::make_unique<Test::SandboxFixture>();
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->startError()));
    m_admin = m_sandbox->createWorkspace(Role::AdminAgent, PartnerType::DirectBill);
    QVERIFY(m_admin);
    UrlOpener::setHandler([this](const QUrl& url) {
        m_opened << url;
        return true;
    });
}

void TestInvitationComposer::init()
{
    m_opened.clear();
}

void TestInvitationComposer::cleanup()
{
    // No test leaves an edited template behind for the next one.
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("tr"), QStringLiteral("de")}) {
        Invitation::resetTemplate(InvitationKind::AcceptAgreement, language);
        Invitation::resetTemplate(InvitationKind::ResellerRelationship, language);
    }
}

void TestInvitationComposer::cleanupTestCase()
{
    UrlOpener::setHandler({});
    m_admin.reset();
    m_sandbox.reset();
}

InvitationRequest TestInvitationComposer::resellerRequest()
{
    InvitationRequest request;
    request.kind = InvitationKind::ResellerRelationship;
    request.customerName = QStringLiteral("Contoso Ltd");
    request.customerEmail = QStringLiteral("admin@contoso.example");
    request.language = QStringLiteral("en");
    return request;
}

InvitationRequest TestInvitationComposer::agreementRequest(const QString& language)
{
    InvitationRequest request;
    request.kind = InvitationKind::AcceptAgreement;
    request.customerName = QStringLiteral("Fabrikam GmbH");
    request.customerEmail = QStringLiteral("it@fabrikam.example");
    request.language = language;
    return request;
}

std::unique_ptr<InvitationComposer> TestInvitationComposer::composer(
    const InvitationRequest& request, Workspace* workspace)
{
    auto dialog = std::make_unique<InvitationComposer>(workspace ? workspace : m_admin.get(), request);
    dialog->show();
    return dialog;
}

void TestInvitationComposer::resellerLinkArrivesInBody()
{
    Test::Await<RelationshipRequest> expected;
    m_admin->client()->relationshipRequest({}, nullptr, expected.callback());
    QVERIFY(expected.wait());
    QVERIFY(expected.ok());
    QVERIFY(!expected.value().url.isEmpty());

    auto dialog = composer(resellerRequest());
    auto* body = child<QPlainTextEdit>(dialog.get(), "bodyEdit");
    auto* copy = child<QPushButton>(dialog.get(), "copyToClipboardButton");
    auto* open = child<QPushButton>(dialog.get(), "openInEmailButton");
    QVERIFY(body && copy && open);
    QTRY_VERIFY(body->toPlainText().contains(expected.value().url));
    QVERIFY(copy->isEnabled());
    QVERIFY(open->isEnabled());
    QVERIFY(!body->isReadOnly());
    QVERIFY(!body->toPlainText().contains(QLatin1String("{{")));
    QVERIFY(body->toPlainText().contains(QLatin1String("Contoso Ltd")));
    QCOMPARE(child<QLineEdit>(dialog.get(), "recipientEdit")->text(), QStringLiteral("admin@contoso.example"));
    QVERIFY(!child<QLineEdit>(dialog.get(), "subjectEdit")->text().isEmpty());
}

void TestInvitationComposer::canceledLinkCanBeFetchedAgain()
{
    auto dialog = composer(resellerRequest());
    auto* cancel = child<QPushButton>(dialog.get(), "cancelLinkButton");
    auto* retry = child<QPushButton>(dialog.get(), "retryLinkButton");
    auto* open = child<QPushButton>(dialog.get(), "openInEmailButton");
    auto* message = child<FieldMessage>(dialog.get(), "linkMessage");
    QVERIFY(cancel && retry && open && message);
    QVERIFY(cancel->isVisible());
    QVERIFY(!open->isEnabled()); // no link yet
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY(retry->isVisible());
    QVERIFY(message->hasMessage());
    QVERIFY(!open->isEnabled());
    QVERIFY(!open->toolTip().isEmpty()); // says why

    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY(open->isEnabled());
    QVERIFY(!message->hasMessage());
    QVERIFY(child<QPlainTextEdit>(dialog.get(), "bodyEdit")->toPlainText().contains(QLatin1String("invType=")));
}

void TestInvitationComposer::mailtoUrlIsExactAndCarriesNoExtraHeaders()
{
    auto dialog = composer(resellerRequest());
    auto* recipient = child<QLineEdit>(dialog.get(), "recipientEdit");
    auto* subject = child<QLineEdit>(dialog.get(), "subjectEdit");
    auto* body = child<QPlainTextEdit>(dialog.get(), "bodyEdit");
    auto* open = child<QPushButton>(dialog.get(), "openInEmailButton");
    QTRY_VERIFY(open->isEnabled());

    // What a customer name or a hand edit could smuggle in: header separators and line breaks.
    subject->setText(QStringLiteral("Invitation? &cc=evil@example.com&bcc=x@example.com 100%"));
    body->setPlainText(body->toPlainText()
        + QStringLiteral("\r\nbcc: spy@example.com\n&cc=evil@example.com?subject=hijack&body=x\r\n#fragment %41"));

    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(m_opened.size(), 1);
    const QUrl url = m_opened.first();
    QCOMPARE(url, Invitation::mailtoUrl(recipient->text(), subject->text(), body->toPlainText()));
    QCOMPARE(url.scheme(), QStringLiteral("mailto"));
    QCOMPARE(url.path(), QStringLiteral("admin@contoso.example"));
    QVERIFY(url.fragment().isEmpty());

    const QUrlQuery query(url);
    QStringList keys;
    for (const auto& item : query.queryItems())
        keys << item.first;
    QCOMPARE(keys, (QStringList{QStringLiteral("subject"), QStringLiteral("body")}));
    QCOMPARE(query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded), subject->text());
    QString decodedBody = query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded);
    decodedBody.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    QString shownBody = body->toPlainText();
    shownBody.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    QCOMPARE(decodedBody, shownBody);
    QVERIFY(!child<FieldMessage>(dialog.get(), "recipientMessage")->hasMessage());
}

void TestInvitationComposer::invalidRecipientOpensNothing_data()
{
    QTest::addColumn<QString>("recipient");
    QTest::newRow("not an address") << QStringLiteral("not an address");
    QTest::newRow("two at signs") << QStringLiteral("a@b@contoso.example");
    QTest::newRow("extra header") << QStringLiteral("admin@contoso.example&cc=evil@example.com");
    QTest::newRow("query in address") << QStringLiteral("admin@contoso.example?bcc=evil@example.com");
    QTest::newRow("two addresses") << QStringLiteral("admin@contoso.example,evil@example.com");
}

void TestInvitationComposer::invalidRecipientOpensNothing()
{
    QFETCH(QString, recipient);
    auto dialog = composer(agreementRequest());
    auto* edit = child<QLineEdit>(dialog.get(), "recipientEdit");
    auto* message = child<FieldMessage>(dialog.get(), "recipientMessage");
    auto* open = child<QPushButton>(dialog.get(), "openInEmailButton");
    QVERIFY(open->isEnabled());
    QVERIFY(!message->hasMessage());
    edit->clear();
    QTest::keyClicks(edit, recipient);
    QTest::mouseClick(open, Qt::LeftButton);
    QVERIFY(m_opened.isEmpty());
    QVERIFY(message->hasMessage());
    QCOMPARE(message->kind(), FieldMessage::Kind::Error);

    // Corrected, it opens.
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("it@fabrikam.example"));
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(m_opened.size(), 1);
    QVERIFY(!message->hasMessage());
}

void TestInvitationComposer::copyPutsSubjectAndBodyOnClipboard()
{
    auto dialog = composer(agreementRequest());
    auto* subject = child<QLineEdit>(dialog.get(), "subjectEdit");
    auto* body = child<QPlainTextEdit>(dialog.get(), "bodyEdit");
    QApplication::clipboard()->clear();
    body->setPlainText(body->toPlainText() + QStringLiteral("\nP.S. edited by hand"));
    QTest::mouseClick(child<QPushButton>(dialog.get(), "copyToClipboardButton"), Qt::LeftButton);
    const QString copied = QApplication::clipboard()->text();
    QVERIFY(!subject->text().isEmpty());
    QVERIFY(copied.startsWith(subject->text()));
    QVERIFY(copied.endsWith(body->toPlainText()));
    QVERIFY(copied.contains(QLatin1String("P.S. edited by hand")));
    QVERIFY(copied.contains(Invitation::adminCenterAgreementUrl().toString()));
    QVERIFY(m_opened.isEmpty());
}

void TestInvitationComposer::startsInCustomersLanguage()
{
    const InvitationKind kind = InvitationKind::AcceptAgreement;
    Invitation::resetTemplate(kind, QStringLiteral("tr"));
    auto dialog = composer(agreementRequest(QStringLiteral("tr")));
    auto* language = child<QComboBox>(dialog.get(), "templateLanguageComboBox");
    auto* templateEdit = child<QPlainTextEdit>(dialog.get(), "templateEdit");
    auto* note = child<FieldMessage>(dialog.get(), "templateLanguageMessage");
    QVERIFY(language && templateEdit && note);
    QCOMPARE(language->currentData().toString(), QStringLiteral("tr"));
    // Every shipped template language and English are offered too.
    QVERIFY(language->findData(QStringLiteral("en")) >= 0);
    for (const QString& shipped : Invitation::templateLanguages())
        QVERIFY2(language->findData(shipped) >= 0, qPrintable(shipped));

    const bool turkishShips = Invitation::templateLanguages().contains(QStringLiteral("tr"));
    QCOMPARE(templateEdit->toPlainText(), Invitation::defaultTemplate(kind, QStringLiteral("tr")));
    if (turkishShips) {
        QVERIFY(templateEdit->toPlainText() != Invitation::defaultTemplate(kind, QStringLiteral("en")));
        QVERIFY(!note->hasMessage());
    } else {
        // The English template stands in, and the user is told so.
        QCOMPARE(templateEdit->toPlainText(), Invitation::defaultTemplate(kind, QStringLiteral("en")));
        QVERIFY(note->hasMessage());
    }

    // A culture ("tr-TR") starts in the same language.
    auto culture = composer(agreementRequest(QStringLiteral("tr-TR")));
    QCOMPARE(child<QComboBox>(culture.get(), "templateLanguageComboBox")->currentData().toString(),
        InvitationLanguages::resolve(QStringLiteral("tr-TR")));
    QCOMPARE(InvitationLanguages::resolve(QStringLiteral("tr-TR")), QStringLiteral("tr"));

    // No customer language: the UI's.
    auto ui = composer(agreementRequest(QString()));
    QCOMPARE(child<QComboBox>(ui.get(), "templateLanguageComboBox")->currentData().toString(),
        InvitationLanguages::initial(QString(), QLocale().name()));
}

void TestInvitationComposer::savedTemplateComesBackForItsLanguageOnly()
{
    const InvitationKind kind = InvitationKind::AcceptAgreement;
    const QString turkish = QStringLiteral("Subject: Davet: {{customer}}\n\nMerhaba {{customer}},\n"
                                           "lütfen sözleşmeyi kabul edin: {{link}}\n\n{{partner}}\n");
    {
        auto dialog = composer(agreementRequest(QStringLiteral("tr")));
        auto* edit = child<QPushButton>(dialog.get(), "editTemplateButton");
        auto* templateEdit = child<QPlainTextEdit>(dialog.get(), "templateEdit");
        auto* save = child<QPushButton>(dialog.get(), "saveTemplateButton");
        QVERIFY(!templateEdit->isVisible());
        QTest::mouseClick(edit, Qt::LeftButton);
        settle(); // the panel is laid out
        QVERIFY(templateEdit->isVisible());
        QVERIFY(child<QWidget>(dialog.get(), "placeholderLegendLabel")->isVisible());
        templateEdit->setPlainText(turkish);
        // The message follows the template as it is edited.
        auto* body = child<QPlainTextEdit>(dialog.get(), "bodyEdit");
        QVERIFY(body->toPlainText().startsWith(QLatin1String("Merhaba Fabrikam GmbH,")));
        QCOMPARE(child<QLineEdit>(dialog.get(), "subjectEdit")->text(), QStringLiteral("Davet: Fabrikam GmbH"));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(!save->isEnabled());
        QVERIFY(child<FieldMessage>(dialog.get(), "templateMessage")->hasMessage());
        dialog->reject();
    }
    QCOMPARE(Invitation::templateFor(kind, QStringLiteral("tr")), turkish);
    {
        auto again = composer(agreementRequest(QStringLiteral("tr")));
        QCOMPARE(child<QPlainTextEdit>(again.get(), "templateEdit")->toPlainText(), turkish);
        QVERIFY(child<QPlainTextEdit>(again.get(), "bodyEdit")->toPlainText().startsWith(QLatin1String("Merhaba")));
    }
    {
        auto german = composer(agreementRequest(QStringLiteral("de")));
        QCOMPARE(
            child<QComboBox>(german.get(), "templateLanguageComboBox")->currentData().toString(), QStringLiteral("de"));
        QVERIFY(!child<QPlainTextEdit>(german.get(), "bodyEdit")->toPlainText().contains(QLatin1String("Merhaba")));
        QCOMPARE(child<QPlainTextEdit>(german.get(), "templateEdit")->toPlainText(),
            Invitation::defaultTemplate(kind, QStringLiteral("de")));
    }
    {
        // The other kind keeps its own template.
        InvitationRequest reseller = resellerRequest();
        reseller.language = QStringLiteral("tr");
        auto other = composer(reseller);
        QCOMPARE(child<QPlainTextEdit>(other.get(), "templateEdit")->toPlainText(),
            Invitation::defaultTemplate(InvitationKind::ResellerRelationship, QStringLiteral("tr")));
    }
    Invitation::resetTemplate(kind, QStringLiteral("tr"));
}

void TestInvitationComposer::resetRestoresShippedTemplate()
{
    const InvitationKind kind = InvitationKind::AcceptAgreement;
    Invitation::saveTemplate(kind, QStringLiteral("en"), QStringLiteral("Subject: Mine\n\nMy own {{link}}\n"));
    auto dialog = composer(agreementRequest());
    auto* templateEdit = child<QPlainTextEdit>(dialog.get(), "templateEdit");
    auto* reset = child<QPushButton>(dialog.get(), "resetTemplateButton");
    QCOMPARE(child<QLineEdit>(dialog.get(), "subjectEdit")->text(), QStringLiteral("Mine"));
    QTest::mouseClick(child<QPushButton>(dialog.get(), "editTemplateButton"), Qt::LeftButton);
    settle();
    QVERIFY(reset->isEnabled());

    Dialogs::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(reset, Qt::LeftButton);
    QCOMPARE(Invitation::templateFor(kind, QStringLiteral("en")), QStringLiteral("Subject: Mine\n\nMy own {{link}}\n"));

    Dialogs::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(reset, Qt::LeftButton);
    QCOMPARE(templateEdit->toPlainText(), Invitation::defaultTemplate(kind, QStringLiteral("en")));
    QCOMPARE(
        Invitation::templateFor(kind, QStringLiteral("en")), Invitation::defaultTemplate(kind, QStringLiteral("en")));
    QVERIFY(child<QLineEdit>(dialog.get(), "subjectEdit")->text() != QStringLiteral("Mine"));
}

void TestInvitationComposer::credentialsOnlyWhenGiven()
{
    const QString userName = QStringLiteral("admin@fabrikamgmbh.onmicrosoft.com");
    const QString password = QStringLiteral("Qx7!v9Lm#2");
    {
        InvitationRequest request = agreementRequest();
        request.credentials = CustomerCredentials{userName, password};
        auto dialog = composer(request);
        auto* body = child<QPlainTextEdit>(dialog.get(), "bodyEdit");
        auto* include = child<QCheckBox>(dialog.get(), "includeCredentialsCheckBox");
        auto* warning = child<FieldMessage>(dialog.get(), "credentialsWarningMessage");
        QVERIFY(include->isVisible());
        QVERIFY(include->isChecked());
        QVERIFY(body->toPlainText().contains(userName));
        QVERIFY(body->toPlainText().contains(password));
        QVERIFY(body->toPlainText().contains(Invitation::adminCenterAgreementUrl().toString()));
        QVERIFY(warning->hasMessage());
        QCOMPARE(warning->kind(), FieldMessage::Kind::Warning);

        include->click();
        QVERIFY(!body->toPlainText().contains(password));
        QVERIFY(!body->toPlainText().contains(userName));
        QVERIFY(!warning->hasMessage());
    }
    {
        auto dialog = composer(agreementRequest());
        auto* body = child<QPlainTextEdit>(dialog.get(), "bodyEdit");
        QVERIFY(!child<QCheckBox>(dialog.get(), "includeCredentialsCheckBox")->isVisible());
        QVERIFY(!child<FieldMessage>(dialog.get(), "credentialsWarningMessage")->hasMessage());
        QVERIFY(body->toPlainText().contains(Invitation::adminCenterAgreementUrl().toString()));
        QVERIFY(!body->toPlainText().contains(QLatin1String("{{")));
        // The sign-in block of the template is left out entirely.
        const QString templateText = Invitation::defaultTemplate(InvitationKind::AcceptAgreement, QStringLiteral("en"));
        const QStringList withLines = Invitation::fill(templateText,
            InvitationValues{QStringLiteral("L"), QStringLiteral("P"), QStringLiteral("C"), QStringLiteral("U"),
                QStringLiteral("W")})
                                          .body.split(QLatin1Char('\n'));
        const QStringList withoutLines = Invitation::fill(templateText,
            InvitationValues{QStringLiteral("L"), QStringLiteral("P"), QStringLiteral("C"), {},
                {}}).body.split(QLatin1Char('\n'));
        int blockLines = 0;
        for (const QString& line : withLines) {
            if (line.trimmed().isEmpty() || withoutLines.contains(line))
                continue;
            ++blockLines;
            const QString fixedPart = line.section(QLatin1Char(':'), 0, 0); // "User name: U" -> "User name"
            QVERIFY2(!body->toPlainText().contains(fixedPart), qPrintable(fixedPart));
        }
        QVERIFY(blockLines >= 2);
    }
}

void TestInvitationComposer::roleThatMayNotInviteIsToldWhy()
{
    auto helpdesk = m_sandbox->createWorkspace(Role::HelpdeskAgent, PartnerType::DirectBill);
    QVERIFY(helpdesk);
    QVERIFY(!helpdesk->policy().allows(Action::InviteCustomer));
    auto dialog = composer(resellerRequest(), helpdesk.get());
    auto* policy = child<FieldMessage>(dialog.get(), "policyMessage");
    auto* copy = child<QPushButton>(dialog.get(), "copyToClipboardButton");
    auto* open = child<QPushButton>(dialog.get(), "openInEmailButton");
    QVERIFY(policy->hasMessage());
    QCOMPARE(policy->text(), helpdesk->policy().decide(Action::InviteCustomer).explanation());
    QVERIFY(!copy->isEnabled());
    QVERIFY(!open->isEnabled());
    QCOMPARE(open->toolTip(), policy->text());
    // No link is asked for, and the link row stays hidden.
    QTest::qWait(100);
    QVERIFY(!child<QWidget>(dialog.get(), "linkStatusWidget")->isVisible());
    QVERIFY(m_opened.isEmpty());
}

void TestInvitationComposer::partnerNameComesFromSettings()
{
    Settings::setValue(Settings::Key::PartnerName, QStringLiteral("Northwind Cloud Partners"));
    {
        auto dialog = composer(agreementRequest());
        QVERIFY(child<QPlainTextEdit>(dialog.get(), "bodyEdit")
                    ->toPlainText()
                    .contains(QLatin1String("Northwind Cloud Partners")));
        QVERIFY(!child<FieldMessage>(dialog.get(), "partnerNameMessage")->hasMessage());
    }
    Settings::reset(Settings::Key::PartnerName);
    if (!m_admin->session().partnerName.isEmpty())
        return; // the sign-in names the partner: nothing is missing
    auto dialog = composer(agreementRequest());
    QVERIFY(child<FieldMessage>(dialog.get(), "partnerNameMessage")->hasMessage());
    // A visible stand-in rather than a gap in the sentence.
    QVERIFY(
        child<QPlainTextEdit>(dialog.get(), "bodyEdit")->toPlainText().contains(InvitationDraft::missingPartnerName()));
}

void TestInvitationComposer::editedMessageIsNotLostSilently()
{
    auto dialog = composer(agreementRequest(QStringLiteral("en")));
    auto* language = child<QComboBox>(dialog.get(), "templateLanguageComboBox");
    auto* body = child<QPlainTextEdit>(dialog.get(), "bodyEdit");
    const int german = language->findData(QStringLiteral("de"));
    QVERIFY(german >= 0);
    QTest::keyClicks(body, QStringLiteral("Typed by hand. "));
    const QString typed = body->toPlainText();
    QVERIFY(typed.contains(QLatin1String("Typed by hand.")));

    Dialogs::resetShownCount();
    Dialogs::setNextAnswer(QMessageBox::No);
    language->setCurrentIndex(german);
    QCOMPARE(Dialogs::shownCount(), 1);
    QCOMPARE(body->toPlainText(), typed);
    QCOMPARE(language->currentData().toString(), QStringLiteral("en"));

    Dialogs::setNextAnswer(QMessageBox::Yes);
    language->setCurrentIndex(german);
    QCOMPARE(Dialogs::shownCount(), 2);
    QCOMPARE(language->currentData().toString(), QStringLiteral("de"));
    QVERIFY(!body->toPlainText().contains(QLatin1String("Typed by hand.")));
}

void TestInvitationComposer::retranslatesInPlace()
{
    InvitationRequest request = agreementRequest(QStringLiteral("tr"));
    request.credentials = CustomerCredentials{QStringLiteral("u@x.onmicrosoft.com"), QStringLiteral("Pw-123456")};
    auto dialog = composer(request);
    auto* body = child<QPlainTextEdit>(dialog.get(), "bodyEdit");
    QTest::keyClicks(body, QStringLiteral("Kept. "));
    const QString before = body->toPlainText();
    const QString title = dialog->windowTitle();
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(dialog.get(), &change);
    QCOMPARE(dialog->windowTitle(), title);
    QCOMPARE(body->toPlainText(), before); // what the user typed stays
    QCOMPARE(
        child<QComboBox>(dialog.get(), "templateLanguageComboBox")->currentData().toString(), QStringLiteral("tr"));
    QVERIFY(child<FieldMessage>(dialog.get(), "credentialsWarningMessage")->hasMessage());
    QVERIFY(!child<QPushButton>(dialog.get(), "openInEmailButton")->text().isEmpty());
}

void TestInvitationComposer::screenshots()
{
    const QString directory = qEnvironmentVariable("PARTNERDESK_SCREENSHOT_DIR");
    if (directory.isEmpty())
        QSKIP("Set PARTNERDESK_SCREENSHOT_DIR to save screenshots.");
    {
        InvitationRequest request = resellerRequest();
        auto dialog = composer(request);
        auto* open = child<QPushButton>(dialog.get(), "openInEmailButton");
        QTRY_VERIFY(open->isEnabled());
        settle();
        QVERIFY(dialog->grab().save(directory + QStringLiteral("/inv-composer-reseller.png")));
        QTest::mouseClick(child<QPushButton>(dialog.get(), "editTemplateButton"), Qt::LeftButton);
        QTest::qWait(50);
        QVERIFY(dialog->grab().save(directory + QStringLiteral("/inv-composer-template.png")));
    }
    {
        InvitationRequest request = agreementRequest(QStringLiteral("tr"));
        request.credentials
            = CustomerCredentials{QStringLiteral("admin@fabrikamgmbh.onmicrosoft.com"), QStringLiteral("Qx7!v9Lm#2")};
        auto dialog = composer(request);
        QTest::qWait(50);
        QVERIFY(dialog->grab().save(directory + QStringLiteral("/inv-composer-agreement.png")));
        auto* recipient = child<QLineEdit>(dialog.get(), "recipientEdit");
        recipient->setText(QStringLiteral("it@fabrikam.example&cc=x@y.example"));
        QTest::mouseClick(child<QPushButton>(dialog.get(), "openInEmailButton"), Qt::LeftButton);
        settle();
        QVERIFY(dialog->grab().save(directory + QStringLiteral("/inv-composer-bad-recipient.png")));
    }
    {
        auto helpdesk = m_sandbox->createWorkspace(Role::HelpdeskAgent, PartnerType::DirectBill);
        auto dialog = composer(resellerRequest(), helpdesk.get());
        QTest::qWait(50);
        QVERIFY(dialog->grab().save(directory + QStringLiteral("/inv-composer-denied.png")));
    }
}

QTEST_MAIN(TestInvitationComposer)
#include "TestInvitationComposer.moc"
