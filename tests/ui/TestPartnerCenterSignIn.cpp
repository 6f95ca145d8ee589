// Partner Center mode of the desktop app, against the sandbox's emulation of Entra ID: the
// device code sign-in dialog, the sign-in kept in the secret store, who is signed in, sign-out.
#include "AccountTestSupport.h"
#include "FakeNetworkAccessManager.h"
#include "FixedClock.h"
#include "SandboxFixture.h"
#include "TestEnvironment.h"
#include "auth/SecretStore.h"
#include "flows/Workspace.h"
#include "invite/UrlOpener.h"
#include "mainwindow/AppController.h"
#include "mainwindow/MainWindow.h"
#include "signin/DeviceCodeSignInDialog.h"
#include "util/Settings.h"
#include "widgets/Dialogs.h"
#include "widgets/FieldMessage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QNetworkReply>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace PartnerDesk;
using PartnerDesk::Test::SandboxFixture;

namespace {

// The system's store outlives the app; this one hands an app a store the test keeps.
class BorrowedStore final : public SecretStore
{
public:
    explicit BorrowedStore(MemorySecretStore* store)
        : m_store(store)
    { }
    void read(const QString& key, QObject* context, Callback done) override
    {
        m_store->read(key, context, std::move(done));
    }
    void write(const QString& key, const QString& secret, QObject* context, Callback done) override
    {
        m_store->write(key, secret, context, std::move(done));
    }
    void remove(const QString& key, QObject* context, Callback done) override
    {
        m_store->remove(key, context, std::move(done));
    }
    [[nodiscard]] bool isPersistent() const override { return m_store->isPersistent(); }

private:
    MemorySecretStore* m_store;
};

// What revoking a sign-in at the service does: every refresh token the sandbox issued is
// used up, so the next refresh is refused (invalid_grant). False when the database refused.
bool revokeRefreshTokens(const QString& databasePath)
{
    bool done = false;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("revoke"));
        database.setDatabaseName(databasePath);
        if (database.open()) {
            QSqlQuery query(database);
            done = query.exec(QStringLiteral("UPDATE refresh_tokens SET redeemed = 1"));
            database.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("revoke"));
    return done;
}

} // namespace

class TestPartnerCenterSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void signInWithTheDeviceCode();
    void nextStartUsesTheKeptSignIn();
    void declinedSignInSaysSoAndCanBeRetried();
    void expiredCodeSaysSo();
    void withoutSecretStoreTheUserIsTold();
    void missingClientIdIsExplained();
    void lostConnectionWhileWaitingIsShown();
    void refusedRefreshAsksAgainAndKeepsWhatWasTyped();
    void realRefusedRefreshKeepsTheOpenFormAndItsFields();

private:
    std::unique_ptr<AppController> startApp(std::unique_ptr<SecretStore> store);
    DeviceCodeSignInDialog* waitForDialog(AppController& app);
    // The device code dialog shown, approved at the sandbox for `user`, and gone, signed in.
    bool signInThroughTheDialog(AppController& app, const QString& user);

    std::unique_ptr<SandboxFixture> m_sandbox;
    QList<QUrl> m_opened;
};

void TestPartnerCenterSignIn::initTestCase()
{
    Test::isolateEnvironment();
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->startError()));
}

void TestPartnerCenterSignIn::init()
{
    QSettings().clear();
    Settings::setValue(Settings::Key::ClientId, QStringLiteral("partnerdesk-desktop-tests"));
    Settings::setValue(Settings::Key::Tenant, QStringLiteral("organizations"));
    Settings::setValue(Settings::Key::PartnerName, QStringLiteral("Contoso Cloud"));
    m_opened.clear();
    UrlOpener::setHandler([this](const QUrl& url) {
        m_opened << url;
        return true;
    });
    Dialogs::resetShownCount();
}

void TestPartnerCenterSignIn::cleanup()
{
    UrlOpener::setHandler({});
}

std::unique_ptr<AppController> TestPartnerCenterSignIn::startApp(std::unique_ptr<SecretStore> store)
{
    auto app = std::make_unique<AppController>(
        Workspace::Connection::PartnerCenter, m_sandbox->baseUrl(), m_sandbox->baseUrl());
    app->setSecretStore(std::move(store));
    app->start();
    return app;
}

DeviceCodeSignInDialog* TestPartnerCenterSignIn::waitForDialog(AppController& app)
{
    if (!QTest::qWaitFor([&app] { return app.deviceCodeDialog() && app.deviceCodeDialog()->isVisible(); }, 20000))
        return nullptr;
    DeviceCodeSignInDialog* dialog = app.deviceCodeDialog();
    const bool coded = QTest::qWaitFor(
        [dialog] { return !dialog->findChild<QLineEdit*>(QStringLiteral("userCodeEdit"))->text().isEmpty(); }, 20000);
    return coded ? dialog : nullptr;
}

bool TestPartnerCenterSignIn::signInThroughTheDialog(AppController& app, const QString& user)
{
    DeviceCodeSignInDialog* dialog = waitForDialog(app);
    return dialog
        && m_sandbox->decideDeviceCode(dialog->findChild<QLineEdit*>(QStringLiteral("userCodeEdit"))->text(), user)
        && QTest::qWaitFor([&app] { return app.workspace()->isSignedIn() && !app.deviceCodeDialog(); }, 20000);
}

void TestPartnerCenterSignIn::signInWithTheDeviceCode()
{
    auto store = std::make_unique<MemorySecretStore>(true);
    MemorySecretStore* kept = store.get();
    auto app = startApp(std::move(store));
    DeviceCodeSignInDialog* dialog = waitForDialog(*app);
    QVERIFY(dialog);

    const QString code = dialog->findChild<QLineEdit*>(QStringLiteral("userCodeEdit"))->text();
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Z]{4}-[A-Z]{4}$")).match(code).hasMatch());
    const QString page = dialog->findChild<QLabel*>(QStringLiteral("verificationPageLabel"))->text();
    QVERIFY(page.endsWith(QLatin1String("/sandbox/device")));
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("signInStatusLabel"))->text().contains(QLatin1String("Waiting")));

    // Copy the code, open the page: what a person does.
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("copyCodeButton")), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), code);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("openPageButton")), Qt::LeftButton);
    QCOMPARE(m_opened.size(), 1);
    QCOMPARE(m_opened.first().toString(), page);

    QVERIFY(m_sandbox->decideDeviceCode(code, m_sandbox->userPrincipalName(Role::SalesAgent, PartnerType::DirectBill)));
    QTRY_VERIFY_WITH_TIMEOUT(!app->deviceCodeDialog(), 20000); // closed by itself once polled

    Workspace* workspace = app->workspace();
    QVERIFY(workspace->isSignedIn());
    QCOMPARE(workspace->session().role, Role::SalesAgent);
    QCOMPARE(workspace->session().partnerName, QStringLiteral("Contoso Cloud"));
    auto* user = app->mainWindow()->findChild<QLabel*>(QStringLiteral("signedInUserLabel"));
    QVERIFY(user->text().contains(workspace->session().displayName));
    QVERIFY(user->toolTip().contains(workspace->session().userPrincipalName));
    QVERIFY(user->toolTip().contains(workspace->session().tenantId));
    QVERIFY(!workspace->session().tenantId.isEmpty());
    QTRY_VERIFY(!kept->peek(workspace->secretKey()).isEmpty());
    QVERIFY(app->mainWindow()->windowTitle() == QStringLiteral("PartnerDesk"));
    QTRY_VERIFY_WITH_TIMEOUT(!app->mainWindow()->isLoading(), 20000);

    // Sign out from the Account menu: the kept sign-in goes too.
    auto* signOut = app->mainWindow()->findChild<QAction*>(QStringLiteral("signOutAction"));
    QVERIFY(signOut->isEnabled());
    signOut->trigger();
    QVERIFY(!workspace->isSignedIn());
    QTRY_COMPARE(kept->size(), 0);
    QVERIFY(!signOut->isEnabled());
    QCOMPARE(Dialogs::shownCount(), 0);
}

void TestPartnerCenterSignIn::nextStartUsesTheKeptSignIn()
{
    MemorySecretStore system(true);
    QString user;
    {
        auto first = startApp(std::make_unique<BorrowedStore>(&system));
        DeviceCodeSignInDialog* dialog = waitForDialog(*first);
        QVERIFY(dialog);
        user = m_sandbox->userPrincipalName(Role::AdminAgent, PartnerType::DirectBill);
        QVERIFY(
            m_sandbox->decideDeviceCode(dialog->findChild<QLineEdit*>(QStringLiteral("userCodeEdit"))->text(), user));
        QTRY_VERIFY_WITH_TIMEOUT(first->workspace()->isSignedIn(), 20000);
        QTRY_COMPARE(system.size(), 1);
    }

    // The next start signs in by itself: no dialog, no question.
    auto next = startApp(std::make_unique<BorrowedStore>(&system));
    QTRY_VERIFY_WITH_TIMEOUT(next->workspace()->isSignedIn(), 20000);
    QCOMPARE(next->workspace()->session().userPrincipalName, user);
    QVERIFY(!next->deviceCodeDialog());
    QCOMPARE(Dialogs::shownCount(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!next->mainWindow()->isLoading(), 20000);
    QVERIFY(next->mainWindow()
                ->findChild<QLabel*>(QStringLiteral("signedInUserLabel"))
                ->text()
                .contains(next->workspace()->session().displayName));
}

void TestPartnerCenterSignIn::declinedSignInSaysSoAndCanBeRetried()
{
    auto app = startApp(std::make_unique<MemorySecretStore>(true));
    DeviceCodeSignInDialog* dialog = waitForDialog(*app);
    QVERIFY(dialog);
    const QString code = dialog->findChild<QLineEdit*>(QStringLiteral("userCodeEdit"))->text();
    QVERIFY(m_sandbox->decideDeviceCode(code, {}));

    auto* message = dialog->findChild<FieldMessage*>(QStringLiteral("signInMessage"));
    QTRY_VERIFY_WITH_TIMEOUT(message->hasMessage(), 20000);
    QVERIFY2(message->text().contains(QLatin1String("declined")), qPrintable(message->text()));
    QVERIFY(message->text().contains(QLatin1String("access_denied")));
    auto* retry = dialog->findChild<QPushButton*>(QStringLiteral("retryButton"));
    QVERIFY(retry->isVisible());
    QVERIFY(!app->workspace()->isSignedIn());

    // Try again: a new code, and this time the person approves.
    QTest::mouseClick(retry, Qt::LeftButton);
    auto* codeEdit = dialog->findChild<QLineEdit*>(QStringLiteral("userCodeEdit"));
    QTRY_VERIFY_WITH_TIMEOUT(!codeEdit->text().isEmpty() && codeEdit->text() != code, 20000);
    QVERIFY(!message->hasMessage());
    QVERIFY(m_sandbox->decideDeviceCode(
        codeEdit->text(), m_sandbox->userPrincipalName(Role::AdminAgent, PartnerType::DirectBill)));
    QTRY_VERIFY_WITH_TIMEOUT(app->workspace()->isSignedIn(), 20000);
}

void TestPartnerCenterSignIn::expiredCodeSaysSo()
{
    SandboxFixture::Options options;
    options.deviceCodeLifetimeSeconds = 2;
    SandboxFixture shortLived(options);
    QVERIFY(shortLived.isRunning());
    AppController app(Workspace::Connection::PartnerCenter, shortLived.baseUrl(), shortLived.baseUrl());
    app.setSecretStore(std::make_unique<MemorySecretStore>(true));
    app.start();
    DeviceCodeSignInDialog* dialog = waitForDialog(app);
    QVERIFY(dialog);
    auto* message = dialog->findChild<FieldMessage*>(QStringLiteral("signInMessage"));
    QTRY_VERIFY_WITH_TIMEOUT(message->hasMessage(), 20000);
    QVERIFY2(message->text().contains(QLatin1String("expired")), qPrintable(message->text()));
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("openPageButton"))->isEnabled());
}

void TestPartnerCenterSignIn::withoutSecretStoreTheUserIsTold()
{
    auto app = startApp(std::make_unique<MemorySecretStore>(false));
    DeviceCodeSignInDialog* dialog = waitForDialog(*app);
    QVERIFY(dialog);
    Dialogs::setNextAnswer(QMessageBox::Ok);
    QVERIFY(m_sandbox->decideDeviceCode(dialog->findChild<QLineEdit*>(QStringLiteral("userCodeEdit"))->text(),
        m_sandbox->userPrincipalName(Role::AdminAgent, PartnerType::DirectBill)));
    QTRY_VERIFY_WITH_TIMEOUT(app->workspace()->isSignedIn(), 20000);
    QCOMPARE(Dialogs::shownCount(), 1); // "kept for this session only"
    QVERIFY(!app->workspace()->keepsSignIn());
}

void TestPartnerCenterSignIn::missingClientIdIsExplained()
{
    Settings::setValue(Settings::Key::ClientId, QString());
    auto app = startApp(std::make_unique<MemorySecretStore>(true));
    QTRY_VERIFY_WITH_TIMEOUT(app->deviceCodeDialog() && app->deviceCodeDialog()->isVisible(), 20000);
    auto* message = app->deviceCodeDialog()->findChild<FieldMessage*>(QStringLiteral("signInMessage"));
    QVERIFY(message->hasMessage());
    QVERIFY(message->text().contains(QLatin1String("client) ID")));
}

void TestPartnerCenterSignIn::lostConnectionWhileWaitingIsShown()
{
    // Entra on a fake network: a code, then polls that cannot connect until `reachable`.
    Test::FakeNetworkAccessManager network;
    bool reachable = false;
    network.setHandler([&reachable](const Test::FakeNetworkAccessManager::Request& request, Test::FakeReply* reply) {
        if (request.url.path().endsWith(QLatin1String("/devicecode")))
            reply->respond(200,
                R"({"user_code":"BCDF-GHJK","device_code":"device-code","verification_uri":"https://microsoft.com/devicelogin","expires_in":900,"interval":1})");
        else if (!reachable)
            reply->fail(QNetworkReply::HostNotFoundError, QStringLiteral("Host login.microsoftonline.com not found"));
        else
            reply->respond(400, R"({"error":"authorization_pending","error_description":"AADSTS70016: pending"})");
    });
    Workspace workspace(&network, Workspace::Connection::PartnerCenter,
        QUrl(QStringLiteral("https://api.partnercenter.microsoft.com")),
        QUrl(QStringLiteral("https://login.microsoftonline.com")), QStringLiteral("organizations"),
        QStringLiteral("partnerdesk-desktop-tests"));
    DeviceCodeSignInDialog dialog(&workspace);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* status = dialog.findChild<QLabel*>(QStringLiteral("signInStatusLabel"));
    QTRY_COMPARE_WITH_TIMEOUT(
        dialog.findChild<QLineEdit*>(QStringLiteral("userCodeEdit"))->text(), QStringLiteral("BCDF-GHJK"), 10000);

    // The connection is lost: the dialog says so, and that it keeps trying with the same code.
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("No connection to the sign-in service")), 10000);
    QVERIFY2(status->text().contains(QLatin1String("keeps trying")), qPrintable(status->text()));
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("openPageButton"))->isEnabled());
    QVERIFY(!dialog.findChild<FieldMessage*>(QStringLiteral("signInMessage"))->hasMessage());

    // Back again: waiting for the person, as before.
    reachable = true;
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("Waiting for you to sign in")), 10000);
    dialog.reject();
}

void TestPartnerCenterSignIn::refusedRefreshAsksAgainAndKeepsWhatWasTyped()
{
    auto app = startApp(std::make_unique<MemorySecretStore>(true));
    const QString admin = m_sandbox->userPrincipalName(Role::AdminAgent, PartnerType::DirectBill);
    QVERIFY(signInThroughTheDialog(*app, admin));

    // The user is in the middle of something...
    auto* search = app->mainWindow()->findChild<QLineEdit*>(QStringLiteral("customerSearchEdit"));
    QTest::keyClicks(search, QStringLiteral("Fabrik"));

    // ...when the service refuses the refresh token: a new sign-in opens over it.
    ApiError refused;
    refused.kind = ApiError::Kind::SignInRequired;
    refused.code = QStringLiteral("invalid_grant");
    Q_EMIT app->workspace()->signInRequired(refused);
    DeviceCodeSignInDialog* again = waitForDialog(*app);
    QVERIFY(again);
    QCOMPARE(search->text(), QStringLiteral("Fabrik"));
    QVERIFY(app->mainWindow()->isVisible());

    // A second refusal does not stack a second dialog.
    Q_EMIT app->workspace()->signInRequired(refused);
    QCOMPARE(app->mainWindow()->findChildren<DeviceCodeSignInDialog*>().size(), 1);

    QVERIFY(m_sandbox->decideDeviceCode(again->findChild<QLineEdit*>(QStringLiteral("userCodeEdit"))->text(), admin));
    QTRY_VERIFY_WITH_TIMEOUT(!app->deviceCodeDialog(), 20000);
    QCOMPARE(search->text(), QStringLiteral("Fabrik"));
    QVERIFY(app->workspace()->isSignedIn());
}

void TestPartnerCenterSignIn::realRefusedRefreshKeepsTheOpenFormAndItsFields()
{
    auto app = startApp(std::make_unique<MemorySecretStore>(true));
    const QString admin = m_sandbox->userPrincipalName(Role::AdminAgent, PartnerType::DirectBill);
    QVERIFY(signInThroughTheDialog(*app, admin));
    QTRY_VERIFY_WITH_TIMEOUT(!app->mainWindow()->isLoading(), 20000);

    // A customer's Update form, open and typed into.
    Test::RecordingNavigator navigator;
    QVERIFY(m_sandbox->signIn(Role::AdminAgent, PartnerType::DirectBill)); // the fixture's client lists them
    const QString customerId = m_sandbox->customerIds(50).value(37);
    QVERIFY(!customerId.isEmpty());
    auto page = Test::openCustomerPage(app->workspace(), &navigator, customerId);
    QVERIFY(page);
    QPointer<ConfirmAgreementDialog> form = Test::openUpdateForm(page.get());
    QVERIFY(form);
    const Contact contact{QStringLiteral("Ayse"), QStringLiteral("Yilmaz"), // keyClicks types ASCII only
        QStringLiteral("ayse.yilmaz.%1@example.com").arg(QDateTime::currentMSecsSinceEpoch(), 0, 36), QString()};
    Test::fillContact(form, contact);
    const QDate acceptance = QDateTime::currentDateTimeUtc().date().addDays(-2);
    form->findChild<QDateEdit*>(QStringLiteral("acceptanceDateEdit"))->setDate(acceptance);
    auto* save = form->findChild<QPushButton*>(QStringLiteral("saveAndContinueButton"));
    QTRY_VERIFY2(save->isEnabled(), qPrintable(save->toolTip()));
    const auto fieldsAreAsTyped = [&form, &contact, &acceptance] {
        return form && form->isVisible()
            && form->findChild<QLineEdit*>(QStringLiteral("firstNameEdit"))->text() == contact.firstName
            && form->findChild<QLineEdit*>(QStringLiteral("lastNameEdit"))->text() == contact.lastName
            && form->findChild<QLineEdit*>(QStringLiteral("emailEdit"))->text() == contact.email
            && form->findChild<QDateEdit*>(QStringLiteral("acceptanceDateEdit"))->date() == acceptance;
    };
    QVERIFY(fieldsAreAsTyped());

    // Two hours later the access token has expired, and meanwhile the sign-in was revoked at
    // the service: saving needs a refresh, which the service refuses.
    Test::FixedClock later(QDateTime::currentDateTimeUtc().addSecs(2 * 3600), QTimeZone::utc());
    Test::ScopedClock clock(&later);
    QVERIFY(revokeRefreshTokens(m_sandbox->databasePath()));
    const int agreementsBefore = m_sandbox->stat(QStringLiteral("agreements"));
    QSignalSpy signInRequired(app->workspace(), &Workspace::signInRequired);
    QTest::mouseClick(save, Qt::LeftButton);

    // The sign-in dialog opens over it; the form and what was typed stay.
    DeviceCodeSignInDialog* again = waitForDialog(*app);
    QVERIFY(again);
    QVERIFY(signInRequired.size() >= 1);
    QCOMPARE(signInRequired.constFirst().constFirst().value<ApiError>().code, QStringLiteral("invalid_grant"));
    QVERIFY(fieldsAreAsTyped());
    QCOMPARE(m_sandbox->stat(QStringLiteral("agreements")), agreementsBefore); // nothing was sent

    // Signed in again, the same form is submitted as it is.
    QVERIFY(m_sandbox->decideDeviceCode(again->findChild<QLineEdit*>(QStringLiteral("userCodeEdit"))->text(), admin));
    QTRY_VERIFY_WITH_TIMEOUT(!app->deviceCodeDialog(), 20000);
    QVERIFY(app->workspace()->isSignedIn());
    QVERIFY(fieldsAreAsTyped());
    QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled(), 20000);
    QSignalSpy confirmed(form.data(), &ConfirmAgreementDialog::confirmed);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(confirmed.size(), 1, 20000);
    QCOMPARE(confirmed.constFirst().constFirst().value<AgreementConfirmation>().outcome,
        AgreementConfirmation::Outcome::Confirmed);
    QCOMPARE(m_sandbox->stat(QStringLiteral("agreements")), agreementsBefore + 1);
}

QTEST_MAIN(TestPartnerCenterSignIn)
#include "TestPartnerCenterSignIn.moc"
