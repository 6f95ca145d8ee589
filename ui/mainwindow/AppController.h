#pragma once

#include "flows/Workspace.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

#include <memory>

namespace PartnerDesk {

class MainWindow;

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

    // Signs in as the remembered demo user, or asks (sandbox); says what is needed (Partner Center).
    void signIn();
    void openSettings();

Q_SIGNALS:
    // Settings changed the UI language ("" = follow the system).
    void languageChanged(const QString& localeName);

private:
    void resetSandbox();

    QNetworkAccessManager m_network;
    std::unique_ptr<Workspace> m_workspace;
    QPointer<MainWindow> m_window;
};

} // namespace PartnerDesk
