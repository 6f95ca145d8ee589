#include "AppController.h"

#include "MainWindow.h"
#include "auth/SandboxAccounts.h"
#include "auth/SecretStore.h"
#include "settings/SettingsDialog.h"
#include "signin/DeviceCodeSignInDialog.h"
#include "signin/SandboxSignInDialog.h"
#include "util/Settings.h"
#include "widgets/Dialogs.h"
#include "widgets/UiLanguage.h"

#include <QCoreApplication>

namespace PartnerDesk {

AppController::AppController(
    Workspace::Connection connection, const QUrl& apiBase, const QUrl& authority, QObject* parent)
    : QObject(parent)
{
    const QString clientId = connection == Workspace::Connection::Sandbox ? QStringLiteral("partnerdesk")
                                                                          : Settings::string(Settings::Key::ClientId);
    m_workspace = std::make_unique<Workspace>(
        &m_network, connection, apiBase, authority, Settings::string(Settings::Key::Tenant), clientId);
    if (connection == Workspace::Connection::PartnerCenter)
        setSecretStore(std::make_unique<KeychainSecretStore>());
    connect(m_workspace.get(), &Workspace::tokensKeptInMemory, this, &AppController::tellSignInKeptInMemory);
    // A refresh the service refused: sign in again over whatever is open; forms stay as they are.
    connect(m_workspace.get(), &Workspace::signInRequired, this, [this] {
        if (m_workspace->connection() == Workspace::Connection::PartnerCenter)
            openDeviceCodeSignIn();
    });
}

void AppController::setSecretStore(std::unique_ptr<SecretStore> store)
{
    m_workspace->setSecretStore(store.get());
    m_secretStore = std::move(store);
}

AppController::~AppController()
{
    delete m_window;
}

DeviceCodeSignInDialog* AppController::deviceCodeDialog() const
{
    return m_deviceCodeDialog;
}

MainWindow* AppController::mainWindow() const
{
    return m_window;
}

void AppController::start()
{
    m_window = new MainWindow(m_workspace.get());
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_window, &MainWindow::signInRequested, this, &AppController::signIn);
    connect(m_window, &MainWindow::signOutRequested, this, &AppController::signOut);
    connect(m_window, &MainWindow::settingsRequested, this, &AppController::openSettings);
    m_window->show();
    signIn();
}

void AppController::signIn()
{
    if (m_workspace->connection() == Workspace::Connection::PartnerCenter) {
        if (m_workspace->isSignedIn()) {
            openDeviceCodeSignIn(); // another account
            return;
        }
        // The sign-in of last time, from the secret store; otherwise the device code sign-in.
        m_workspace->restoreSignIn(this, [this](const Result<Session>& session) {
            if (session.ok()) {
                if (!m_workspace->keepsSignIn())
                    tellSignInKeptInMemory();
                return;
            }
            openDeviceCodeSignIn();
        });
        return;
    }
    auto* dialog = new SandboxSignInDialog(m_workspace.get(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString remembered = Settings::string(Settings::Key::SandboxUser);
    if (!remembered.isEmpty() && !m_workspace->isSignedIn()) {
        // The demo user of last time signs in by itself; the dialog stays for switching.
        dialog->preselect(remembered);
        m_workspace->signInDemoUser(remembered, dialog, [dialog](const Result<Session>& session) {
            if (session.ok())
                dialog->deleteLater();
            else
                dialog->open();
        });
        return;
    }
    dialog->preselect(remembered);
    dialog->open();
}

void AppController::signOut()
{
    m_workspace->signOut();
}

void AppController::openDeviceCodeSignIn()
{
    if (m_deviceCodeDialog) {
        m_deviceCodeDialog->raise();
        m_deviceCodeDialog->activateWindow();
        return;
    }
    m_deviceCodeDialog = new DeviceCodeSignInDialog(m_workspace.get(), m_window);
    m_deviceCodeDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_deviceCodeDialog, &DeviceCodeSignInDialog::signedIn, this, [this] {
        if (!m_workspace->keepsSignIn())
            tellSignInKeptInMemory();
    });
    m_deviceCodeDialog->open();
}

void AppController::tellSignInKeptInMemory()
{
    if (m_toldKeptInMemory || m_workspace->connection() != Workspace::Connection::PartnerCenter)
        return;
    m_toldKeptInMemory = true;
    Dialogs::information(m_window, tr("Sign-in kept for this session only"),
        tr("This computer has no secret store PartnerDesk can use (such as GNOME Keyring or KWallet), so your "
           "sign-in is kept in memory only: PartnerDesk asks you to sign in again the next time it starts. "
           "Nothing is written to a file."));
}

void AppController::openSettings()
{
    auto* dialog = new SettingsDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::resetSandboxRequested, this, &AppController::resetSandbox);
    connect(dialog, &SettingsDialog::evidenceRetentionChanged, this,
        [this] { m_workspace->purgeExpiredEvidenceContacts(); });
    connect(dialog, &SettingsDialog::languageChanged, this, [this](const QString& localeName) {
        UiLanguage::apply(localeName);
        Q_EMIT languageChanged(localeName);
    });
    connect(dialog, &SettingsDialog::connectionChanged, this, [this] {
        Dialogs::information(
            m_window, tr("Connection"), tr("The new connection is used the next time PartnerDesk starts."));
    });
    dialog->open();
}

void AppController::resetSandbox()
{
    if (m_workspace->connection() != Workspace::Connection::Sandbox)
        return;
    auto* accounts = new SandboxAccounts(&m_network, m_workspace->apiBase(), this);
    accounts->resetData(this, [this, accounts](const Result<Done>& result) {
        accounts->deleteLater();
        if (!result.ok()) {
            Dialogs::warning(m_window, tr("Reset sandbox data"), result.error().message());
            return;
        }
        if (m_window)
            m_window->reloadCustomers();
    });
}

} // namespace PartnerDesk
