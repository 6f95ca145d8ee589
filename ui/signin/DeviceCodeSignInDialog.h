#pragma once

#include "api/ApiError.h"
#include "auth/DeviceCodeSignIn.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace PartnerDesk {

class FieldMessage;
class Workspace;

// Sign-in to Partner Center with the device code flow: shows the code and the page where the
// person enters it (with buttons to open the page and to copy the code), waits while they sign
// in with their work account, and says in words what went wrong (expired, declined, no
// connection, MFA required). On success the workspace takes the tokens and the dialog closes;
// nothing else in the app (an unsaved form above all) is touched.
class DeviceCodeSignInDialog : public QDialog
{
    Q_OBJECT

public:
    DeviceCodeSignInDialog(Workspace* workspace, QWidget* parent = nullptr);
    ~DeviceCodeSignInDialog() override;

    // Starts the sign-in (the dialog does when it is shown).
    void start();
    [[nodiscard]] DeviceCodeSignIn* signIn() const { return m_signIn; }

Q_SIGNALS:
    void signedIn();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void showPrompt(const DeviceCodePrompt& prompt);
    void showWaiting();
    void finish(const Result<OAuthTokens>& result);

    Workspace* m_workspace;
    DeviceCodeSignIn* m_signIn;
    QLabel* m_intro;
    QLabel* m_codeLabel;
    QLineEdit* m_code;
    QPushButton* m_copyButton;
    QLabel* m_pageLabel;
    QLabel* m_page;
    QPushButton* m_openButton;
    QLabel* m_status;
    FieldMessage* m_message;
    QLabel* m_account;
    QPushButton* m_retryButton;
    QDialogButtonBox* m_buttons;
    ApiError m_lastError;
    bool m_started = false;
};

} // namespace PartnerDesk
