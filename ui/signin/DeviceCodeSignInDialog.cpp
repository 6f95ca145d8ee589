#include "DeviceCodeSignInDialog.h"

#include "auth/TokenEndpoint.h"
#include "flows/Workspace.h"
#include "invite/UrlOpener.h"
#include "widgets/FieldMessage.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace PartnerDesk {

DeviceCodeSignInDialog::DeviceCodeSignInDialog(Workspace* workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_signIn(new DeviceCodeSignIn(workspace->tokenEndpoint(), this))
    , m_intro(new QLabel(this))
    , m_codeLabel(new QLabel(this))
    , m_code(new QLineEdit(this))
    , m_copyButton(new QPushButton(this))
    , m_pageLabel(new QLabel(this))
    , m_page(new QLabel(this))
    , m_openButton(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_message(new FieldMessage(this))
    , m_account(new QLabel(this))
    , m_retryButton(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("deviceCodeSignInDialog"));
    m_code->setObjectName(QStringLiteral("userCodeEdit"));
    m_copyButton->setObjectName(QStringLiteral("copyCodeButton"));
    m_page->setObjectName(QStringLiteral("verificationPageLabel"));
    m_openButton->setObjectName(QStringLiteral("openPageButton"));
    m_status->setObjectName(QStringLiteral("signInStatusLabel"));
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_retryButton->setObjectName(QStringLiteral("retryButton"));

    m_intro->setWordWrap(true);
    m_status->setWordWrap(true);
    m_account->setWordWrap(true);
    m_account->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_account->setForegroundRole(QPalette::PlaceholderText);

    // The code is read and typed elsewhere: large, fixed-width, selectable, never edited.
    m_code->setReadOnly(true);
    m_code->setAlignment(Qt::AlignCenter);
    QFont codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    codeFont.setPointSizeF(codeFont.pointSizeF() * 1.8);
    codeFont.setBold(true);
    m_code->setFont(codeFont);
    m_code->setLayoutDirection(Qt::LeftToRight);
    m_codeLabel->setBuddy(m_code);

    m_page->setTextFormat(Qt::PlainText);
    m_page->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_page->setLayoutDirection(Qt::LeftToRight);

    auto* grid = new QGridLayout;
    grid->addWidget(m_codeLabel, 0, 0);
    grid->addWidget(m_code, 0, 1);
    grid->addWidget(m_copyButton, 0, 2);
    grid->addWidget(m_pageLabel, 1, 0);
    grid->addWidget(m_page, 1, 1);
    grid->addWidget(m_openButton, 1, 2);
    grid->setColumnStretch(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(grid);
    layout->addWidget(m_status);
    layout->addWidget(m_message);
    layout->addWidget(m_account);
    layout->addStretch();
    m_buttons->addButton(m_retryButton, QDialogButtonBox::ActionRole);
    layout->addWidget(m_buttons);

    connect(m_copyButton, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_code->text());
        m_status->setText(tr("The code is copied. Paste it on the sign-in page."));
    });
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (!UrlOpener::open(m_signIn->prompt().verificationUri))
            m_message->showMessage(tr("No browser could be opened. Open %1 in a browser yourself.")
                                       .arg(m_signIn->prompt().verificationUri.toString()),
                FieldMessage::Kind::Warning);
    });
    connect(m_retryButton, &QPushButton::clicked, this, &DeviceCodeSignInDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::rejected, m_signIn, &DeviceCodeSignIn::cancel);

    connect(m_signIn, &DeviceCodeSignIn::codeReady, this, &DeviceCodeSignInDialog::showPrompt);
    connect(m_signIn, &DeviceCodeSignIn::connectionChanged, this, [this] { showWaiting(); });
    connect(m_signIn, &DeviceCodeSignIn::intervalChanged, this, [this] { showWaiting(); });
    connect(m_signIn, &DeviceCodeSignIn::finished, this, &DeviceCodeSignInDialog::finish);

    resize(560, 340);
    retranslateUi();
}

DeviceCodeSignInDialog::~DeviceCodeSignInDialog() = default;

void DeviceCodeSignInDialog::retranslateUi()
{
    setWindowTitle(tr("Sign in to Partner Center"));
    m_intro->setText(tr("Sign in with your work account — an Admin agent or Sales agent account of your partner "
                        "organization — on Microsoft's sign-in page: open the page, enter the code below and "
                        "complete the sign-in there, multi-factor authentication included. PartnerDesk waits here "
                        "and continues by itself."));
    m_codeLabel->setText(tr("&Code:"));
    m_copyButton->setText(tr("Co&py code"));
    m_pageLabel->setText(tr("Page:"));
    m_openButton->setText(tr("&Open sign-in page"));
    m_retryButton->setText(tr("&Try again"));
    m_code->setAccessibleName(tr("Sign-in code"));
    const AuthorityConfig& config = m_workspace->tokenEndpoint()->config();
    m_account->setText(
        tr("Sign-in service: %1 · Tenant: %2 · Application (client) ID: %3")
            .arg(config.authority.host(), config.tenant.isEmpty() ? QStringLiteral("organizations") : config.tenant,
                config.clientId));
    if (m_signIn->state() == DeviceCodeSignIn::State::WaitingForUser)
        showWaiting();
    else if (m_signIn->state() == DeviceCodeSignIn::State::RequestingCode)
        m_status->setText(tr("Asking Microsoft for a sign-in code…"));
    else if (m_signIn->state() == DeviceCodeSignIn::State::Finished && !m_lastError.code.isEmpty())
        m_message->showMessage(m_lastError.message());
}

void DeviceCodeSignInDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void DeviceCodeSignInDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    if (!m_started)
        start();
}

void DeviceCodeSignInDialog::start()
{
    m_started = true;
    m_lastError = {};
    m_message->clearMessage();
    m_retryButton->hide();
    m_code->clear();
    m_page->clear();
    m_code->setEnabled(false);
    m_copyButton->setEnabled(false);
    m_openButton->setEnabled(false);
    if (m_workspace->tokenEndpoint()->config().clientId.isEmpty()) {
        m_status->clear();
        m_message->showMessage(tr("Set the application (client) ID registered for PartnerDesk in Settings "
                                  "(Connection), then sign in again."));
        return;
    }
    m_status->setText(tr("Asking Microsoft for a sign-in code…"));
    m_signIn->start();
}

void DeviceCodeSignInDialog::showPrompt(const DeviceCodePrompt& prompt)
{
    m_code->setText(prompt.userCode);
    m_page->setText(prompt.verificationUri.toString());
    m_code->setEnabled(true);
    m_copyButton->setEnabled(true);
    m_openButton->setEnabled(true);
    m_openButton->setDefault(true);
    m_openButton->setFocus(Qt::OtherFocusReason);
    showWaiting();
}

void DeviceCodeSignInDialog::showWaiting()
{
    if (m_signIn->state() != DeviceCodeSignIn::State::WaitingForUser)
        return;
    const QString expires
        = QLocale().toString(m_signIn->prompt().expiresAtUtc.toLocalTime().time(), QLocale::ShortFormat);
    if (!m_signIn->isConnected()) {
        m_status->setText(tr("No connection to the sign-in service right now. PartnerDesk keeps trying; the "
                             "code stays valid until %1.")
                              .arg(expires));
        return;
    }
    m_status->setText(tr("Waiting for you to sign in on the page… The code is valid until %1.").arg(expires));
}

void DeviceCodeSignInDialog::finish(const Result<OAuthTokens>& result)
{
    if (result.ok()) {
        m_workspace->adoptTokens(result.value(), Workspace::sessionFromSettings());
        m_status->setText(tr("Signed in."));
        Q_EMIT signedIn();
        accept();
        return;
    }
    m_lastError = result.error();
    if (m_lastError.kind == ApiError::Kind::Canceled)
        return;
    m_status->clear();
    m_code->setEnabled(false);
    m_copyButton->setEnabled(false);
    m_openButton->setEnabled(false);
    m_message->showMessage(m_lastError.message());
    m_retryButton->show();
    m_retryButton->setDefault(true);
    m_retryButton->setFocus(Qt::OtherFocusReason);
}

} // namespace PartnerDesk
