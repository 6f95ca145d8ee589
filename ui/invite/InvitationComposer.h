#pragma once

#include "widgets/Navigator.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSplitter;

namespace PartnerDesk {

class FieldMessage;
class InvitationDraft;
class Workspace;

// Writes an invitation email (flow 5): to accept a reseller relationship (the link comes from
// Partner Center) or to accept the Microsoft Customer Agreement in the Microsoft 365 admin
// center, optionally with the new customer's sign-in details. The text comes from an editable
// template per language; the user copies it or opens it in the mail program.
class InvitationComposer : public QDialog
{
    Q_OBJECT

public:
    InvitationComposer(Workspace* workspace, const InvitationRequest& request, QWidget* parent = nullptr);
    ~InvitationComposer() override;

    void done(int result) override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void populateLanguages();
    void chooseLanguage(int index);
    void refill();
    void updateLinkUi();
    void updateActions();
    void updateLanguageNote();
    void updateTemplateButtons();
    void updateCredentialsWarning();
    bool checkRecipient(bool showProblem);
    void toggleTemplateEditor(bool on);
    void saveTemplate();
    void resetTemplate();
    void copyToClipboard();
    void openInEmail();
    [[nodiscard]] bool hasUserEdits() const { return m_bodyEdited || m_subjectEdited; }
    [[nodiscard]] QString customerWords() const;
    [[nodiscard]] QString languageName() const;

    Workspace* m_workspace;
    InvitationRequest m_request;
    InvitationDraft* m_draft;
    bool m_allowed = true;
    QString m_denial;
    bool m_updating = false;
    bool m_bodyEdited = false;
    bool m_subjectEdited = false;

    QLabel* m_intro;
    FieldMessage* m_policyMessage;
    FieldMessage* m_partnerNameMessage;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    FieldMessage* m_languageNote;
    QLabel* m_recipientLabel;
    QLineEdit* m_recipient;
    FieldMessage* m_recipientMessage;
    QLabel* m_subjectLabel;
    QLineEdit* m_subject;
    QWidget* m_linkRow;
    QProgressBar* m_linkProgress;
    QLabel* m_linkStatus;
    FieldMessage* m_linkMessage;
    QPushButton* m_cancelLink;
    QPushButton* m_retryLink;
    QCheckBox* m_includeCredentials;
    FieldMessage* m_credentialsWarning;
    QSplitter* m_splitter;
    QLabel* m_bodyLabel;
    QPlainTextEdit* m_body;
    QWidget* m_templatePanel;
    QLabel* m_templateLabel;
    QLabel* m_legend;
    QPlainTextEdit* m_templateEdit;
    QPushButton* m_saveTemplate;
    QPushButton* m_resetTemplate;
    FieldMessage* m_templateMessage;
    QPushButton* m_editTemplate;
    QPushButton* m_copy;
    QPushButton* m_openInEmail;
    QPushButton* m_close;
    FieldMessage* m_actionMessage;
};

} // namespace PartnerDesk
