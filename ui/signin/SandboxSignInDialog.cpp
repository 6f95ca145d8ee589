#include "SandboxSignInDialog.h"

#include "flows/Workspace.h"
#include "util/Settings.h"
#include "widgets/FieldMessage.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace PartnerDesk {

SandboxSignInDialog::SandboxSignInDialog(Workspace* workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_accounts(new SandboxAccounts(workspace->network(), workspace->apiBase(), this))
    , m_intro(new QLabel(this))
    , m_users(new QListWidget(this))
    , m_message(new FieldMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("sandboxSignInDialog"));
    m_users->setObjectName(QStringLiteral("demoUserList"));
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("signInButton"));
    m_intro->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_users);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SandboxSignInDialog::signIn);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_users, &QListWidget::itemActivated, this, &SandboxSignInDialog::signIn);
    connect(m_users, &QListWidget::currentRowChanged, this,
        [this](int row) { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(row >= 0); });

    resize(520, 360);
    retranslateUi();
    loadUsers();
}

void SandboxSignInDialog::retranslateUi()
{
    setWindowTitle(tr("Sign in to the sandbox"));
    m_intro->setText(tr("The sandbox imitates Partner Center on this computer. Choose who you are: each demo user "
                        "has the role and partner type shown, and PartnerDesk enables what that role may do."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
    m_users->setAccessibleName(tr("Demo users"));
    for (int i = 0; i < m_users->count() && i < m_demoUsers.size(); ++i) {
        const DemoUser& user = m_demoUsers.at(i);
        m_users->item(i)->setText(
            tr("%1 — %2, %3")
                .arg(user.displayName, roleDisplayName(user.role), partnerTypeDisplayName(user.partnerType)));
    }
}

void SandboxSignInDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

bool SandboxSignInDialog::hasUsers() const
{
    return !m_demoUsers.isEmpty();
}

void SandboxSignInDialog::preselect(const QString& userPrincipalName)
{
    m_preselect = userPrincipalName;
    for (int i = 0; i < m_demoUsers.size(); ++i) {
        if (m_demoUsers.at(i).userPrincipalName.compare(userPrincipalName, Qt::CaseInsensitive) == 0)
            m_users->setCurrentRow(i);
    }
}

void SandboxSignInDialog::loadUsers()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_accounts->demoUsers(this, [this](const Result<QList<DemoUser>>& users) {
        if (!users.ok()) {
            m_message->showMessage(users.error().message());
            return;
        }
        m_demoUsers = users.value();
        m_users->clear();
        for (const DemoUser& user : std::as_const(m_demoUsers)) {
            auto* item = new QListWidgetItem(m_users);
            item->setData(Qt::UserRole, user.userPrincipalName);
        }
        retranslateUi();
        m_users->setCurrentRow(0);
        if (!m_preselect.isEmpty())
            preselect(m_preselect);
        Q_EMIT usersLoaded();
    });
}

void SandboxSignInDialog::signIn()
{
    const int row = m_users->currentRow();
    if (row < 0 || row >= m_demoUsers.size())
        return;
    const QString upn = m_demoUsers.at(row).userPrincipalName;
    m_buttons->setEnabled(false);
    m_message->showMessage(tr("Signing in…"), FieldMessage::Kind::Information);
    m_workspace->signInDemoUser(upn, this, [this, upn](const Result<Session>& session) {
        m_buttons->setEnabled(true);
        if (!session.ok()) {
            m_message->showMessage(session.error().message());
            return;
        }
        m_message->clearMessage();
        Settings::setValue(Settings::Key::SandboxUser, upn);
        Q_EMIT signedIn();
        accept();
    });
}

} // namespace PartnerDesk
