#pragma once

#include "flows/Workspace.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

#include <memory>

namespace PartnerDesk {

class DeviceCodeSignInDialog;
class MainWindow;
class SecretStore;

// The running app: one workspace (what PartnerDesk is connected to and as whom), the main
// window, sign-in and settings. The executable starts the sandbox when needed and hands its
// address here.
class AppController : public QObject
{
    Q_OBJECT

public:
    AppController(
        Workspace::Connection connection, const QUrl& apiBase, const QUrl& authority, QObject* parent = nullptr);
    ~AppController() override;

    void start();
    [[nodiscard]] Workspace* workspace() const { return m_workspace.get(); }
    [[nodiscard]] MainWindow* mainWindow() const;

    // Sandbox: signs in as the remembered demo user, or asks. Partner Center: signs in with the
    // sign-in kept in the system's secret store, or starts the device code sign-in.
    void signIn();
    void signOut();
    void openSettings();
    // Where Partner Center mode keeps the refresh token; before start(). Default: the system's
    // secret store (QtKeychain). Tests pass an in-memory store.
    void setSecretStore(std::unique_ptr<SecretStore> store);
    [[nodiscard]] DeviceCodeSignInDialog* deviceCodeDialog() const;

Q_SIGNALS:
    // Settings changed the UI language ("" = follow the system).
    void languageChanged(const QString& localeName);

private:
    void resetSandbox();
    void openDeviceCodeSignIn();
    void tellSignInKeptInMemory();

    QNetworkAccessManager m_network;
    std::unique_ptr<SecretStore> m_secretStore;
    std::unique_ptr<Workspace> m_workspace;
    QPointer<MainWindow> m_window;
    QPointer<DeviceCodeSignInDialog> m_deviceCodeDialog;
    bool m_toldKeptInMemory = false;
};

} // namespace PartnerDesk
