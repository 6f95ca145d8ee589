#include "InvitationComposer.h"

#include "UrlOpener.h"
#include "flows/Workspace.h"
#include "flows/invite/InvitationDraft.h"
#include "flows/invite/InvitationLanguages.h"
#include "flows/invite/UiLanguages.h"
#include "util/Settings.h"
#include "validation/Validation.h"
#include "widgets/Dialogs.h"
#include "widgets/FieldMessage.h"
#include "widgets/WindowGeometry.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCollator>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace PartnerDesk {

InvitationComposer::InvitationComposer(Workspace* workspace, const InvitationRequest& request, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_request(request)
    , m_draft(new InvitationDraft(workspace->client(), request.kind, this))
    , m_intro(new QLabel(this))
    , m_policyMessage(new FieldMessage(this))
    , m_partnerNameMessage(new FieldMessage(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_languageNote(new FieldMessage(this))
    , m_recipientLabel(new QLabel(this))
    , m_recipient(new QLineEdit(this))
    , m_recipientMessage(new FieldMessage(this))
    , m_subjectLabel(new QLabel(this))
    , m_subject(new QLineEdit(this))
    , m_linkRow(new QWidget(this))
    , m_linkProgress(new QProgressBar(m_linkRow))
    , m_linkStatus(new QLabel(m_linkRow))
    , m_linkMessage(new FieldMessage(m_linkRow))
    , m_cancelLink(new QPushButton(m_linkRow))
    , m_retryLink(new QPushButton(m_linkRow))
    , m_includeCredentials(new QCheckBox(this))
    , m_credentialsWarning(new FieldMessage(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_bodyLabel(new QLabel(this))
    , m_body(new QPlainTextEdit(this))
    , m_templatePanel(new QWidget(this))
    , m_templateLabel(new QLabel(m_templatePanel))
    , m_legend(new QLabel(m_templatePanel))
    , m_templateEdit(new QPlainTextEdit(m_templatePanel))
    , m_saveTemplate(new QPushButton(m_templatePanel))
    , m_resetTemplate(new QPushButton(m_templatePanel))
    , m_templateMessage(new FieldMessage(m_templatePanel))
    , m_editTemplate(new QPushButton(this))
    , m_copy(new QPushButton(this))
    , m_openInEmail(new QPushButton(this))
    , m_close(nullptr)
    , m_actionMessage(new FieldMessage(this))
{
    setObjectName(QStringLiteral("invitationComposer"));
    m_intro->setObjectName(QStringLiteral("invitationIntroLabel"));
    m_policyMessage->setObjectName(QStringLiteral("policyMessage"));
    m_partnerNameMessage->setObjectName(QStringLiteral("partnerNameMessage"));
    m_language->setObjectName(QStringLiteral("templateLanguageComboBox"));
    m_languageNote->setObjectName(QStringLiteral("templateLanguageMessage"));
    m_recipient->setObjectName(QStringLiteral("recipientEdit"));
    m_recipientMessage->setObjectName(QStringLiteral("recipientMessage"));
    m_subject->setObjectName(QStringLiteral("subjectEdit"));
    m_linkRow->setObjectName(QStringLiteral("linkStatusWidget"));
    m_linkProgress->setObjectName(QStringLiteral("linkProgressBar"));
    m_linkStatus->setObjectName(QStringLiteral("linkStatusLabel"));
    m_linkMessage->setObjectName(QStringLiteral("linkMessage"));
    m_cancelLink->setObjectName(QStringLiteral("cancelLinkButton"));
    m_retryLink->setObjectName(QStringLiteral("retryLinkButton"));
    m_includeCredentials->setObjectName(QStringLiteral("includeCredentialsCheckBox"));
    m_credentialsWarning->setObjectName(QStringLiteral("credentialsWarningMessage"));
    m_splitter->setObjectName(QStringLiteral("bodyTemplateSplitter"));
    m_body->setObjectName(QStringLiteral("bodyEdit"));
    m_templatePanel->setObjectName(QStringLiteral("templateEditorWidget"));
    m_legend->setObjectName(QStringLiteral("placeholderLegendLabel"));
    m_templateEdit->setObjectName(QStringLiteral("templateEdit"));
    m_saveTemplate->setObjectName(QStringLiteral("saveTemplateButton"));
    m_resetTemplate->setObjectName(QStringLiteral("resetTemplateButton"));
    m_templateMessage->setObjectName(QStringLiteral("templateMessage"));
    m_editTemplate->setObjectName(QStringLiteral("editTemplateButton"));
    m_copy->setObjectName(QStringLiteral("copyToClipboardButton"));
    m_openInEmail->setObjectName(QStringLiteral("openInEmailButton"));
    m_actionMessage->setObjectName(QStringLiteral("actionMessage"));

    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::PlainText);
    m_recipient->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_recipient->setMaxLength(
        Validation::maximumLength(Field::Email) > 0 ? Validation::maximumLength(Field::Email) : 256);
    m_body->setTabChangesFocus(true);
    m_templateEdit->setTabChangesFocus(true);
    m_linkProgress->setRange(0, 0);
    m_linkProgress->setTextVisible(false);
    m_linkProgress->setMaximumWidth(120);
    m_editTemplate->setCheckable(true);
    m_templatePanel->hide();

    // --- layout
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_policyMessage);
    layout->addWidget(m_partnerNameMessage);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_languageLabel->setBuddy(m_language);
    m_recipientLabel->setBuddy(m_recipient);
    m_subjectLabel->setBuddy(m_subject);
    form->addRow(m_languageLabel, FieldMessage::withEditor(m_language, m_languageNote, this));
    form->addRow(m_recipientLabel, FieldMessage::withEditor(m_recipient, m_recipientMessage, this));
    form->addRow(m_subjectLabel, m_subject);
    layout->addLayout(form);

    auto* linkLayout = new QHBoxLayout(m_linkRow);
    linkLayout->setContentsMargins(0, 0, 0, 0);
    linkLayout->addWidget(m_linkProgress);
    linkLayout->addWidget(m_linkStatus, 1);
    linkLayout->addWidget(m_linkMessage, 1);
    linkLayout->addWidget(m_retryLink);
    linkLayout->addWidget(m_cancelLink);
    layout->addWidget(m_linkRow);

    layout->addWidget(m_includeCredentials);
    layout->addWidget(m_credentialsWarning);

    auto* bodyBox = new QWidget(m_splitter);
    auto* bodyLayout = new QVBoxLayout(bodyBox);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_bodyLabel);
    bodyLayout->addWidget(m_body, 1);
    m_bodyLabel->setBuddy(m_body);

    auto* templateLayout = new QVBoxLayout(m_templatePanel);
    templateLayout->setContentsMargins(0, 0, 0, 0);
    templateLayout->addWidget(m_templateLabel);
    templateLayout->addWidget(m_templateEdit, 1);
    templateLayout->addWidget(m_legend);
    auto* templateButtons = new QHBoxLayout;
    templateButtons->addWidget(m_saveTemplate);
    templateButtons->addWidget(m_resetTemplate);
    templateButtons->addStretch(1);
    templateLayout->addLayout(templateButtons);
    templateLayout->addWidget(m_templateMessage);
    m_templateLabel->setBuddy(m_templateEdit);

    m_splitter->addWidget(bodyBox);
    m_splitter->addWidget(m_templatePanel);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);

    layout->addWidget(m_actionMessage);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("composerButtonBox"));
    m_close = buttons->button(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("closeButton"));
    buttons->addButton(m_openInEmail, QDialogButtonBox::ActionRole);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_editTemplate);
    bottom->addStretch(1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    // Enter in a line edit opens the email; the text boxes keep Enter for new lines.
    for (QPushButton* button :
        {m_saveTemplate, m_resetTemplate, m_editTemplate, m_copy, m_cancelLink, m_retryLink, m_close})
        button->setAutoDefault(false);
    m_openInEmail->setDefault(true);

    setTabOrder(m_language, m_recipient);
    setTabOrder(m_recipient, m_subject);
    setTabOrder(m_subject, m_retryLink);
    setTabOrder(m_retryLink, m_cancelLink);
    setTabOrder(m_cancelLink, m_includeCredentials);
    setTabOrder(m_includeCredentials, m_body);
    setTabOrder(m_body, m_templateEdit);
    setTabOrder(m_templateEdit, m_saveTemplate);
    setTabOrder(m_saveTemplate, m_resetTemplate);
    setTabOrder(m_resetTemplate, m_editTemplate);
    setTabOrder(m_editTemplate, m_copy);
    setTabOrder(m_copy, m_openInEmail);
    setTabOrder(m_openInEmail, m_close);

    // --- state
    const PermissionDecision decision = m_workspace->policy().decide(Action::InviteCustomer);
    m_allowed = decision.isAllowed();

    m_recipient->setText(m_request.customerEmail.trimmed());
    m_draft->setPartnerName(InvitationDraft::partnerNameFor(m_workspace->session()));
    m_draft->setCustomerName(m_request.customerName);
    m_draft->setCredentials(m_request.credentials);
    m_includeCredentials->setChecked(true);
    m_includeCredentials->setVisible(m_draft->hasCredentials());
    populateLanguages();
    m_draft->setLanguage(m_language->currentData().toString());
    m_templateEdit->setPlainText(m_draft->templateText());

    // --- behaviour
    connect(m_draft, &InvitationDraft::changed, this, &InvitationComposer::refill);
    connect(m_draft, &InvitationDraft::linkStateChanged, this, [this] {
        updateLinkUi();
        updateActions();
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, &InvitationComposer::chooseLanguage);
    connect(m_recipient, &QLineEdit::textEdited, this, [this] {
        // While typing, a message only replaces one already shown; leaving the field shows it.
        checkRecipient(m_recipientMessage->hasMessage());
        m_actionMessage->clearMessage();
    });
    connect(m_recipient, &QLineEdit::editingFinished, this, [this] { checkRecipient(true); });
    connect(m_subject, &QLineEdit::textEdited, this, [this] { m_subjectEdited = true; });
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating)
            m_bodyEdited = true;
        updateCredentialsWarning();
    });
    connect(m_includeCredentials, &QCheckBox::toggled, this, [this](bool on) {
        if (hasUserEdits()
            && Dialogs::question(this, tr("Rewrite the message?"),
                   tr("The message is written again from the template, and your changes to it are replaced."),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
                != QMessageBox::Yes) {
            const QSignalBlocker blocker(m_includeCredentials);
            m_includeCredentials->setChecked(!on);
            return;
        }
        m_draft->setIncludeCredentials(on);
    });
    connect(m_templateEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_updating)
            return;
        m_templateMessage->clearMessage();
        m_draft->setTemplateText(m_templateEdit->toPlainText());
        updateTemplateButtons();
    });
    connect(m_editTemplate, &QPushButton::toggled, this, &InvitationComposer::toggleTemplateEditor);
    connect(m_saveTemplate, &QPushButton::clicked, this, &InvitationComposer::saveTemplate);
    connect(m_resetTemplate, &QPushButton::clicked, this, &InvitationComposer::resetTemplate);
    connect(m_copy, &QPushButton::clicked, this, &InvitationComposer::copyToClipboard);
    connect(m_openInEmail, &QPushButton::clicked, this, &InvitationComposer::openInEmail);
    connect(m_cancelLink, &QPushButton::clicked, m_draft, &InvitationDraft::cancelFetch);
    connect(m_retryLink, &QPushButton::clicked, m_draft, &InvitationDraft::fetchLink);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    WindowGeometry::restore(this, QSize(720, 640));

    retranslateUi();
    refill();
    if (!m_request.customerEmail.trimmed().isEmpty())
        checkRecipient(true);

    // Nothing is asked of Partner Center for someone who may not invite.
    if (m_allowed)
        m_draft->fetchLink();
    updateLinkUi();
    updateActions();
}

InvitationComposer::~InvitationComposer() = default;

void InvitationComposer::done(int result)
{
    m_draft->cancelFetch();
    WindowGeometry::save(this);
    QDialog::done(result);
}

void InvitationComposer::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QString InvitationComposer::customerWords() const
{
    return m_request.customerName.trimmed().isEmpty() ? tr("the customer") : m_request.customerName.trimmed();
}

QString InvitationComposer::languageName() const
{
    return InvitationLanguages::nativeName(m_draft->language());
}

void InvitationComposer::retranslateUi()
{
    const bool reseller = m_request.kind == InvitationKind::ResellerRelationship;
    setWindowTitle(
        reseller ? tr("Request a reseller relationship") : tr("Invite to accept the Microsoft Customer Agreement"));
    m_intro->setText(reseller
            ? tr("Invite %1 to accept you as their reseller. Partner Center provides the link: a global "
                 "administrator of the customer opens it, signs in to the Microsoft 365 admin center and accepts "
                 "the relationship and, if not done yet, the Microsoft Customer Agreement.")
                  .arg(customerWords())
            : tr("Invite %1 to accept the Microsoft Customer Agreement in the Microsoft 365 admin center. A global "
                 "administrator of the customer signs in at the link in the email and accepts the agreement there.")
                  .arg(customerWords()));

    m_languageLabel->setText(tr("&Language:"));
    m_recipientLabel->setText(tr("&To:"));
    m_subjectLabel->setText(tr("&Subject:"));
    m_bodyLabel->setText(
        m_editTemplate->isChecked() ? tr("&Message (preview while you edit the template):") : tr("&Message:"));
    m_templateLabel->setText(tr("Tem&plate (with placeholders):"));
    m_legend->setText(tr("Placeholders: {{link}} the invitation link · {{partner}} your company · {{customer}} the "
                         "customer · {{userName}} and {{password}} the sign-in details, used only between "
                         "{{#credentials}} and {{/credentials}}. A first line “Subject: …” becomes the subject."));
    m_language->setAccessibleName(tr("Language of the email"));
    m_language->setToolTip(tr("The language of the template. It starts with the customer's language."));
    m_recipient->setAccessibleName(tr("Recipient's email address"));
    m_recipient->setPlaceholderText(tr("admin@customer.example"));
    m_subject->setAccessibleName(tr("Subject"));
    m_body->setAccessibleName(tr("Message"));
    m_templateEdit->setAccessibleName(tr("Template with placeholders"));
    m_linkProgress->setAccessibleName(tr("Fetching the relationship link"));
    m_linkStatus->setText(tr("Asking Partner Center for the relationship link…"));
    m_cancelLink->setText(tr("C&ancel"));
    m_retryLink->setText(tr("Try a&gain"));
    m_includeCredentials->setText(tr("&Include the customer's sign-in details (user name and password)"));
    m_editTemplate->setText(m_editTemplate->isChecked() ? tr("&Hide template") : tr("&Edit template"));
    m_editTemplate->setToolTip(tr("Change the template this email is written from, and keep it for this language."));
    m_saveTemplate->setText(tr("Sa&ve as my template"));
    m_saveTemplate->setToolTip(tr("PartnerDesk uses this template for every invitation in this language."));
    m_resetTemplate->setText(tr("Reset to &default"));
    m_resetTemplate->setToolTip(tr("Go back to the template that comes with PartnerDesk."));
    m_copy->setText(tr("&Copy to clipboard"));
    m_copy->setToolTip(tr("Copies the subject and the message as plain text."));
    m_openInEmail->setText(tr("&Open in email"));
    if (m_close)
        m_close->setText(tr("Close"));

    if (!m_allowed) {
        m_denial = m_workspace->policy().decide(Action::InviteCustomer).explanation();
        m_policyMessage->showMessage(m_denial, FieldMessage::Kind::Warning);
    } else {
        m_policyMessage->clearMessage();
    }
    if (m_allowed && !m_draft->hasPartnerName()) {
        m_partnerNameMessage->showMessage(tr("Your company's name is not set, so the email says “%1”. Set it under "
                                             "Settings → Partner name, or replace it in the message.")
                                              .arg(InvitationDraft::missingPartnerName()),
            FieldMessage::Kind::Warning);
    } else {
        m_partnerNameMessage->clearMessage();
    }
    updateLanguageNote();
    updateLinkUi();
    updateActions();
    updateCredentialsWarning();
}

void InvitationComposer::populateLanguages()
{
    const QString initial = InvitationLanguages::initial(m_request.language, UiLanguages::current());
    QStringList codes = InvitationLanguages::available(initial);
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(codes.begin(), codes.end(), [&collator](const QString& a, const QString& b) {
        return collator.compare(InvitationLanguages::nativeName(a), InvitationLanguages::nativeName(b)) < 0;
    });
    const QSignalBlocker blocker(m_language);
    m_language->clear();
    for (const QString& code : std::as_const(codes)) {
        m_language->addItem(InvitationLanguages::nativeName(code), code);
        m_language->setItemData(m_language->count() - 1, code, Qt::ToolTipRole);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(initial)));
}

void InvitationComposer::chooseLanguage(int index)
{
    const QString code = m_language->itemData(index).toString();
    if (code.isEmpty() || code == m_draft->language())
        return;
    if (hasUserEdits()
        && Dialogs::question(this, tr("Replace your changes?"),
               tr("The message is written again from the template in %1, and your changes to it are replaced.")
                   .arg(InvitationLanguages::nativeName(code)),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes) {
        const QSignalBlocker blocker(m_language);
        m_language->setCurrentIndex(m_language->findData(m_draft->language()));
        return;
    }
    m_templateMessage->clearMessage();
    m_draft->setLanguage(code);
    m_updating = true;
    m_templateEdit->setPlainText(m_draft->templateText());
    m_updating = false;
    updateLanguageNote();
    updateTemplateButtons();
}

void InvitationComposer::refill()
{
    const InvitationText text = m_draft->text();
    m_updating = true;
    m_subject->setText(text.subject);
    m_subject->setCursorPosition(0);
    m_body->setPlainText(text.body);
    m_updating = false;
    m_bodyEdited = false;
    m_subjectEdited = false;
    updateCredentialsWarning();
    updateTemplateButtons();
}

void InvitationComposer::updateLinkUi()
{
    const bool needsLink = m_request.kind == InvitationKind::ResellerRelationship && m_allowed;
    const InvitationDraft::LinkState state = m_draft->linkState();
    m_linkRow->setVisible(needsLink && state != InvitationDraft::LinkState::Ready);
    const bool loading = state == InvitationDraft::LinkState::Loading;
    m_linkProgress->setVisible(loading);
    m_linkStatus->setVisible(loading);
    m_cancelLink->setVisible(loading);
    m_retryLink->setVisible(state == InvitationDraft::LinkState::Failed);
    if (state == InvitationDraft::LinkState::Failed)
        m_linkMessage->showMessage(tr("The relationship link did not arrive: %1").arg(m_draft->linkError().message()));
    else
        m_linkMessage->clearMessage();
    // Until the link is there the message is only a preview: it would be sent without it.
    const bool editable = !needsLink || state == InvitationDraft::LinkState::Ready;
    m_body->setReadOnly(!editable || m_editTemplate->isChecked());
    m_subject->setReadOnly(!editable || m_editTemplate->isChecked());
}

void InvitationComposer::updateActions()
{
    QString why;
    if (!m_allowed)
        why = m_denial;
    else if (m_draft->linkState() == InvitationDraft::LinkState::Loading)
        why = tr("Waiting for the relationship link from Partner Center.");
    else if (m_draft->linkState() == InvitationDraft::LinkState::Failed)
        why = tr("The relationship link is missing. Use “Try again” to ask Partner Center once more.");
    for (QPushButton* button : {m_copy, m_openInEmail}) {
        button->setEnabled(why.isEmpty());
        if (!why.isEmpty())
            button->setToolTip(why);
    }
    if (why.isEmpty()) {
        m_copy->setToolTip(tr("Copies the subject and the message as plain text."));
        m_openInEmail->setToolTip(tr("Opens a new email with this subject and message in your mail program."));
    }
}

void InvitationComposer::updateLanguageNote()
{
    const QString language = m_draft->language();
    if (m_draft->hasSavedTemplate()) {
        m_languageNote->showMessage(
            tr("Your own template for %1 is used.").arg(languageName()), FieldMessage::Kind::Information);
    } else if (!InvitationLanguages::hasShippedTemplate(language)) {
        m_languageNote->showMessage(tr("PartnerDesk has no template in %1 yet, so the English one is shown. Edit it "
                                       "and save it as your template for %1.")
                                        .arg(languageName()),
            FieldMessage::Kind::Information);
    } else {
        m_languageNote->clearMessage();
    }
}

void InvitationComposer::updateTemplateButtons()
{
    const QString stored = Invitation::templateFor(m_draft->kind(), m_draft->language());
    m_saveTemplate->setEnabled(m_draft->templateText() != stored);
    m_resetTemplate->setEnabled(m_draft->hasSavedTemplate() || m_draft->templateText() != m_draft->shippedTemplate());
}

void InvitationComposer::updateCredentialsWarning()
{
    const bool containsPassword = m_draft->includesCredentials() && !m_request.credentials.password.isEmpty()
        && (m_body->toPlainText().contains(m_request.credentials.password)
            || m_subject->text().contains(m_request.credentials.password));
    if (containsPassword) {
        m_credentialsWarning->showMessage(tr("This email contains the customer's password. Send it only to the "
                                             "customer's administrator, and ask them to change the password when "
                                             "they first sign in."),
            FieldMessage::Kind::Warning);
    } else {
        m_credentialsWarning->clearMessage();
    }
}

bool InvitationComposer::checkRecipient(bool showProblem)
{
    const QString recipient = m_recipient->text().trimmed();
    if (recipient.isEmpty()) {
        // No recipient: the mail program asks for one.
        m_recipientMessage->clearMessage();
        return true;
    }
    const FieldResult result = Validation::validate(Field::Email, recipient);
    if (!result.isValid()) {
        if (showProblem)
            m_recipientMessage->showMessage(result.message());
        return false;
    }
    m_recipientMessage->clearMessage();
    return true;
}

void InvitationComposer::toggleTemplateEditor(bool on)
{
    if (on && hasUserEdits()
        && Dialogs::question(this, tr("Edit the template?"),
               tr("While you edit the template, the message is written from it, and your changes to the message "
                  "are replaced."),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
            != QMessageBox::Yes) {
        const QSignalBlocker blocker(m_editTemplate);
        m_editTemplate->setChecked(false);
        return;
    }
    if (on) {
        m_updating = true;
        m_templateEdit->setPlainText(m_draft->templateText());
        m_updating = false;
        refill();
        if (width() < 960)
            resize(960, height());
    }
    m_templatePanel->setVisible(on);
    if (on) {
        const int half = m_splitter->width() / 2;
        m_splitter->setSizes({half, m_splitter->width() - half});
    }
    retranslateUi(); // the labels of the message and the button follow the mode
    m_templateMessage->clearMessage();
    updateLinkUi();
    updateTemplateButtons();
    if (on)
        m_templateEdit->setFocus();
}

void InvitationComposer::saveTemplate()
{
    m_draft->saveTemplate();
    m_templateMessage->showMessage(
        tr("Saved. PartnerDesk now writes invitations in %1 from this template.").arg(languageName()),
        FieldMessage::Kind::Information);
    updateLanguageNote();
    updateTemplateButtons();
}

void InvitationComposer::resetTemplate()
{
    if (m_draft->hasSavedTemplate()
        && Dialogs::question(this, tr("Reset the template?"),
               tr("Your template for %1 is forgotten and PartnerDesk's own is used again.").arg(languageName()),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
        return;
    m_draft->resetTemplate();
    m_updating = true;
    m_templateEdit->setPlainText(m_draft->templateText());
    m_updating = false;
    refill();
    m_templateMessage->showMessage(
        tr("PartnerDesk's template for %1 is used again.").arg(languageName()), FieldMessage::Kind::Information);
    updateLanguageNote();
    updateTemplateButtons();
}

void InvitationComposer::copyToClipboard()
{
    InvitationText text;
    text.subject = m_subject->text();
    text.body = m_body->toPlainText();
    QApplication::clipboard()->setText(InvitationDraft::plainText(text));
    m_actionMessage->showMessage(tr("The subject and the message are on the clipboard. Paste them into an email."),
        FieldMessage::Kind::Information);
}

void InvitationComposer::openInEmail()
{
    m_actionMessage->clearMessage();
    if (!checkRecipient(true)) {
        m_recipient->setFocus();
        return;
    }
    const QUrl url = Invitation::mailtoUrl(m_recipient->text(), m_subject->text(), m_body->toPlainText());
    if (url.isEmpty()) {
        m_recipientMessage->showMessage(tr("This address cannot be put into an email link: it holds characters such "
                                           "as “&”, “?”, “,” or “;”. Enter one plain address."));
        m_recipient->setFocus();
        return;
    }
    if (!UrlOpener::open(url)) {
        m_actionMessage->showMessage(tr("No mail program opened the email. Use “Copy to clipboard” and paste the "
                                        "text into your email instead."));
        return;
    }
    m_actionMessage->showMessage(
        tr("The email is open in your mail program. Check it there and send it."), FieldMessage::Kind::Information);
}

} // namespace PartnerDesk
