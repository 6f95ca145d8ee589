#pragma once

#include "auth/SandboxAccounts.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;

namespace PartnerDesk {

class FieldMessage;
class Workspace;

// The sandbox's sign-in: pick one of its demo users (admin agent, sales agent, helpdesk
// agent, an indirect reseller's agent…). The token comes from the sandbox's token endpoint,
// the same way as from Microsoft Entra ID.
class SandboxSignInDialog : public QDialog
{
    Q_OBJECT

public:
    SandboxSignInDialog(Workspace* workspace, QWidget* parent = nullptr);

    // Selects the user with this user principal name once the list has loaded.
    void preselect(const QString& userPrincipalName);
    [[nodiscard]] bool hasUsers() const;

Q_SIGNALS:
    void usersLoaded();
    void signedIn();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void loadUsers();
    void signIn();

    Workspace* m_workspace;
    SandboxAccounts* m_accounts;
    QLabel* m_intro;
    QListWidget* m_users;
    FieldMessage* m_message;
    QDialogButtonBox* m_buttons;
    QList<DemoUser> m_demoUsers;
    QString m_preselect;
};

} // namespace PartnerDesk
