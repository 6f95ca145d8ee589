#include "CustomerPage.h"

#include "AgreementHistoryModel.h"
#include "ConfirmAgreementDialog.h"
#include "customers/CustomerListModel.h"
#include "customers/StatusPresentation.h"
#include "evidence/CustomerEvidenceWidget.h"
#include "flows/Workspace.h"
#include "flows/account/CustomerAccountLoader.h"
#include "util/IsoNames.h"
#include "util/Settings.h"
#include "widgets/FieldMessage.h"
#include "widgets/LocaleText.h"
#include "widgets/Navigator.h"
#include "widgets/WindowGeometry.h"

#include <QCloseEvent>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace PartnerDesk {

namespace {

QLabel* valueLabel(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString dash()
{
    return QStringLiteral("—");
}

QString orDash(const QString& text)
{
    return text.trimmed().isEmpty() ? dash() : text;
}

} // namespace

CustomerPage::CustomerPage(Workspace* workspace, Navigator* navigator, const QString& customerId, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_navigator(navigator)
    , m_customerId(customerId)
    , m_loader(new CustomerAccountLoader(workspace->client(), customerId, this))
    , m_historyModel(new AgreementHistoryModel(this))
{
    setObjectName(QStringLiteral("customerPage"));
    setWindowFlag(Qt::Window);
    buildUi();

    connect(m_loader, &CustomerAccountLoader::customerLoaded, this, [this](const Customer& customer) {
        m_customer = customer;
        showCustomer();
        updateActions();
    });
    connect(m_loader, &CustomerAccountLoader::agreementStatusLoaded, this, [this](const AgreementStatus& status) {
        m_status = status;
        m_statusFailed = false;
        showAgreement();
    });
    connect(
        m_loader, &CustomerAccountLoader::subscriptionsLoaded, this, [this](const QList<Subscription>& subscriptions) {
            m_subscriptions = subscriptions;
            m_subscriptionsFailed = false;
            showCustomer();
            showGuidance();
        });
    connect(m_loader, &CustomerAccountLoader::partFailed, this,
        [this](CustomerAccountLoader::Part part, const ApiError& error) {
            if (part == CustomerAccountLoader::Part::AgreementStatus)
                m_statusFailed = true;
            if (part == CustomerAccountLoader::Part::Subscriptions)
                m_subscriptionsFailed = true;
            if (!m_loadError)
                m_loadError = error;
        });
    connect(m_loader, &CustomerAccountLoader::busyChanged, this, [this] {
        showLoadState();
        showCustomer();
        showAgreement();
        updateActions();
    });

    resize(960, 740);
    retranslateUi();
    reload();
}

CustomerPage::~CustomerPage() = default;

void CustomerPage::buildUi()
{
    // Header: the company, where it is, and the page's own actions.
    m_companyNameLabel = new QLabel(this);
    m_companyNameLabel->setObjectName(QStringLiteral("companyNameLabel"));
    QFont titleFont = m_companyNameLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_companyNameLabel->setFont(titleFont);
    m_companyNameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitleLabel = new QLabel(this);
    m_subtitleLabel->setObjectName(QStringLiteral("subtitleLabel"));
    m_subtitleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refreshButton = new QPushButton(this);
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_refreshButton->setShortcut(QKeySequence::Refresh);

    auto* titleColumn = new QVBoxLayout;
    titleColumn->setSpacing(2);
    titleColumn->addWidget(m_companyNameLabel);
    titleColumn->addWidget(m_subtitleLabel);
    auto* header = new QHBoxLayout;
    header->addLayout(titleColumn, 1);
    header->addWidget(m_refreshButton, 0, Qt::AlignTop);

    // Loading: progress with Cancel, or what went wrong with Retry.
    m_loadBar = new QWidget(this);
    m_loadBar->setObjectName(QStringLiteral("loadBarWidget"));
    m_loadingProgressBar = new QProgressBar(this);
    m_loadingProgressBar->setObjectName(QStringLiteral("loadingProgressBar"));
    m_loadingProgressBar->setRange(0, 0);
    m_loadingProgressBar->setTextVisible(false);
    m_loadingProgressBar->setMaximumWidth(160);
    m_loadingProgressBar->setMaximumHeight(m_loadingProgressBar->fontMetrics().height());
    m_loadStatusLabel = new QLabel(this);
    m_loadStatusLabel->setObjectName(QStringLiteral("loadStatusLabel"));
    m_cancelLoadButton = new QPushButton(this);
    m_cancelLoadButton->setObjectName(QStringLiteral("cancelLoadButton"));
    m_loadErrorMessage = new FieldMessage(this);
    m_loadErrorMessage->setObjectName(QStringLiteral("loadErrorMessage"));
    m_retryButton = new QPushButton(this);
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    auto* loadRow = new QHBoxLayout(m_loadBar);
    loadRow->setContentsMargins(0, 0, 0, 0);
    loadRow->addWidget(m_loadingProgressBar);
    loadRow->addWidget(m_loadStatusLabel);
    loadRow->addWidget(m_loadErrorMessage, 1);
    loadRow->addStretch();
    loadRow->addWidget(m_cancelLoadButton);
    loadRow->addWidget(m_retryButton);

    // Account info, in two columns: the company on the left, its billing profile on the right.
    m_accountInfoGroupBox = new QGroupBox(this);
    m_accountInfoGroupBox->setObjectName(QStringLiteral("accountInfoGroupBox"));
    m_companyValue = valueLabel(this, "companyValueLabel");
    m_domainValue = valueLabel(this, "domainValueLabel");
    m_relationshipValue = valueLabel(this, "relationshipValueLabel");
    m_subscriptionsValue = valueLabel(this, "subscriptionsValueLabel");
    m_contactValue = valueLabel(this, "primaryContactValueLabel");
    m_emailValue = valueLabel(this, "billingEmailValueLabel");
    m_addressValue = valueLabel(this, "addressValueLabel");
    m_languageValue = valueLabel(this, "languageValueLabel");
    m_companyCaption = new QLabel(this);
    m_domainCaption = new QLabel(this);
    m_relationshipCaption = new QLabel(this);
    m_subscriptionsCaption = new QLabel(this);
    m_contactCaption = new QLabel(this);
    m_emailCaption = new QLabel(this);
    m_addressCaption = new QLabel(this);
    m_languageCaption = new QLabel(this);
    auto* companyForm = new QFormLayout;
    companyForm->addRow(m_companyCaption, m_companyValue);
    companyForm->addRow(m_domainCaption, m_domainValue);
    companyForm->addRow(m_relationshipCaption, m_relationshipValue);
    companyForm->addRow(m_subscriptionsCaption, m_subscriptionsValue);
    auto* billingForm = new QFormLayout;
    billingForm->addRow(m_contactCaption, m_contactValue);
    billingForm->addRow(m_emailCaption, m_emailValue);
    billingForm->addRow(m_addressCaption, m_addressValue);
    billingForm->addRow(m_languageCaption, m_languageValue);
    for (QFormLayout* form : {companyForm, billingForm}) {
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    }
    auto* accountLayout = new QHBoxLayout(m_accountInfoGroupBox);
    accountLayout->addLayout(companyForm, 1);
    accountLayout->addSpacing(24);
    accountLayout->addLayout(billingForm, 1);

    // The Microsoft Customer Agreement section.
    m_agreementGroupBox = new QGroupBox(this);
    m_agreementGroupBox->setObjectName(QStringLiteral("agreementGroupBox"));
    m_statusIconLabel = new QLabel(this);
    m_statusIconLabel->setObjectName(QStringLiteral("agreementStatusIconLabel"));
    m_agreementStatusLabel = new QLabel(this);
    m_agreementStatusLabel->setObjectName(QStringLiteral("agreementStatusLabel"));
    QFont statusFont = m_agreementStatusLabel->font();
    statusFont.setBold(true);
    statusFont.setPointSizeF(statusFont.pointSizeF() * 1.2);
    m_agreementStatusLabel->setFont(statusFont);
    m_agreementExplanationLabel = valueLabel(this, "agreementExplanationLabel");
    m_latestCaption = new QLabel(this);
    m_latestConfirmationLabel = new QLabel(this);
    m_latestConfirmationLabel->setObjectName(QStringLiteral("latestConfirmationLabel"));
    m_latestConfirmationLabel->setWordWrap(true);
    m_latestConfirmationLabel->setTextFormat(Qt::RichText);
    m_latestConfirmationLabel->setOpenExternalLinks(true);
    m_latestConfirmationLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_directCaption = new QLabel(this);
    m_directAcceptanceLabel = valueLabel(this, "directAcceptanceLabel");
    // A framed box: padding on a word-wrapped label itself breaks its height-for-width and clips it.
    m_guidanceFrame = new QFrame(this);
    m_guidanceFrame->setObjectName(QStringLiteral("guidanceFrame"));
    m_guidanceFrame->setStyleSheet(QStringLiteral("QFrame#guidanceFrame { background: palette(alternate-base); "
                                                  "border: 1px solid palette(mid); border-radius: 4px; }"));
    m_guidanceLabel = valueLabel(m_guidanceFrame, "guidanceLabel");
    m_handOffButton = new QPushButton(m_guidanceFrame);
    m_handOffButton->setObjectName(QStringLiteral("prepareHandOffButton"));
    m_handOffButton->hide();
    auto* guidanceLayout = new QVBoxLayout(m_guidanceFrame);
    guidanceLayout->setContentsMargins(10, 8, 10, 8);
    guidanceLayout->addWidget(m_guidanceLabel);
    guidanceLayout->addWidget(m_handOffButton, 0, Qt::AlignLeading);
    m_noticeMessage = new FieldMessage(this);
    m_noticeMessage->setObjectName(QStringLiteral("agreementNoticeMessage"));

    m_updateButton = new QPushButton(this);
    m_updateButton->setObjectName(QStringLiteral("updateAgreementButton"));
    m_inviteButton = new QPushButton(this);
    m_inviteButton->setObjectName(QStringLiteral("inviteToAcceptButton"));
    m_templateButton = new QPushButton(this);
    m_templateButton->setObjectName(QStringLiteral("agreementTemplateButton"));
    m_newOrderButton = new QPushButton(this);
    m_newOrderButton->setObjectName(QStringLiteral("newOrderButton"));

    m_historyView = new QTableView(this);
    m_historyView->setObjectName(QStringLiteral("agreementHistoryView"));
    m_historyView->setModel(m_historyModel);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->setAlternatingRowColors(true);
    m_historyView->setWordWrap(false);
    m_historyView->verticalHeader()->hide();
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    m_historyView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Names and dates keep their width; the long email and template id share the rest, elided.
    m_historyView->horizontalHeader()->setSectionResizeMode(AgreementHistoryModel::EmailColumn, QHeaderView::Stretch);
    m_historyView->horizontalHeader()->setSectionResizeMode(
        AgreementHistoryModel::TemplateColumn, QHeaderView::Stretch);
    m_historyView->setTextElideMode(Qt::ElideMiddle);
    m_historyView->setMinimumHeight(120);

    // Below the actions: what Partner Center has (the history) and what PartnerDesk sent (evidence).
    m_evidenceWidget = new CustomerEvidenceWidget(m_workspace, m_customerId, this);
    m_recordsTabWidget = new QTabWidget(this);
    m_recordsTabWidget->setObjectName(QStringLiteral("agreementRecordsTabWidget"));
    m_recordsTabWidget->addTab(m_historyView, QString());
    m_recordsTabWidget->addTab(m_evidenceWidget, QString());
    connect(m_evidenceWidget, &CustomerEvidenceWidget::recordsChanged, this, &CustomerPage::showEvidenceCount);

    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusIconLabel);
    statusRow->addWidget(m_agreementStatusLabel);
    statusRow->addStretch();

    auto* detailsForm = new QFormLayout;
    detailsForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    detailsForm->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    detailsForm->addRow(m_latestCaption, m_latestConfirmationLabel);
    detailsForm->addRow(m_directCaption, m_directAcceptanceLabel);

    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_updateButton);
    buttonRow->addWidget(m_inviteButton);
    buttonRow->addWidget(m_templateButton);
    buttonRow->addStretch();
    buttonRow->addWidget(m_newOrderButton);

    auto* agreementLayout = new QVBoxLayout(m_agreementGroupBox);
    agreementLayout->addLayout(statusRow);
    agreementLayout->addWidget(m_agreementExplanationLabel);
    agreementLayout->addLayout(detailsForm);
    agreementLayout->addWidget(m_guidanceFrame);
    agreementLayout->addWidget(m_noticeMessage);
    agreementLayout->addLayout(buttonRow);
    agreementLayout->addSpacing(6);
    agreementLayout->addWidget(m_recordsTabWidget, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_loadBar);
    layout->addWidget(m_accountInfoGroupBox);
    layout->addWidget(m_agreementGroupBox, 1);

    setTabOrder(m_handOffButton, m_updateButton);
    setTabOrder(m_updateButton, m_inviteButton);
    setTabOrder(m_inviteButton, m_templateButton);
    setTabOrder(m_templateButton, m_newOrderButton);
    setTabOrder(m_newOrderButton, m_recordsTabWidget);
    setTabOrder(m_recordsTabWidget, m_historyView);
    setTabOrder(m_historyView, m_evidenceWidget);
    setTabOrder(m_evidenceWidget, m_refreshButton);
    setTabOrder(m_refreshButton, m_cancelLoadButton);
    setTabOrder(m_cancelLoadButton, m_retryButton);

    connect(m_refreshButton, &QPushButton::clicked, this, &CustomerPage::reload);
    connect(m_retryButton, &QPushButton::clicked, this, &CustomerPage::reload);
    connect(m_cancelLoadButton, &QPushButton::clicked, m_loader, &CustomerAccountLoader::cancel);
    connect(m_updateButton, &QPushButton::clicked, this, &CustomerPage::openUpdateForm);
    connect(m_inviteButton, &QPushButton::clicked, this, &CustomerPage::openInvitation);
    connect(m_templateButton, &QPushButton::clicked, this, &CustomerPage::openAgreementTemplate);
    connect(m_newOrderButton, &QPushButton::clicked, this, &CustomerPage::openNewOrder);
    connect(m_handOffButton, &QPushButton::clicked, this, &CustomerPage::openBulkAttestation);
    auto* closeShortcut = new QShortcut(QKeySequence::Close, this);
    connect(closeShortcut, &QShortcut::activated, this, &QWidget::close);
    auto* escapeShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escapeShortcut, &QShortcut::activated, this, [this] {
        if (m_loader->isBusy())
            m_loader->cancel();
        else
            close();
    });
}

void CustomerPage::retranslateUi()
{
    m_refreshButton->setText(tr("&Refresh"));
    m_refreshButton->setToolTip(tr("Read the customer and the agreement status again (F5)"));
    m_cancelLoadButton->setText(tr("Cancel"));
    m_retryButton->setText(tr("Re&try"));
    m_loadingProgressBar->setAccessibleName(tr("Loading"));

    m_accountInfoGroupBox->setTitle(tr("Account info"));
    m_companyCaption->setText(tr("Company:"));
    m_domainCaption->setText(tr("Domain:"));
    m_relationshipCaption->setText(tr("Relationship:"));
    m_subscriptionsCaption->setText(tr("Subscriptions:"));
    m_contactCaption->setText(tr("Primary contact:"));
    m_emailCaption->setText(tr("Email address:"));
    m_addressCaption->setText(tr("Billing address:"));
    m_languageCaption->setText(tr("Language:"));

    m_agreementGroupBox->setTitle(tr("Microsoft Customer Agreement"));
    m_latestCaption->setText(tr("Latest confirmation:"));
    m_directCaption->setText(tr("Direct acceptance:"));
    m_recordsTabWidget->setTabText(0, tr("Confirmation &history (newest first)"));
    m_historyView->setAccessibleName(tr("Confirmation history"));
    showEvidenceCount();
    m_agreementStatusLabel->setAccessibleName(tr("Microsoft Customer Agreement status"));
    m_directAcceptanceLabel->setAccessibleName(tr("Direct acceptance in the Microsoft 365 admin center"));
    m_guidanceLabel->setAccessibleName(tr("What to do"));

    m_updateButton->setText(tr("&Update…"));
    m_inviteButton->setText(tr("&Invite to accept…"));
    m_templateButton->setText(tr("Agreement &template…"));
    m_newOrderButton->setText(tr("&New order…"));
    m_handOffButton->setText(tr("&Prepare a file for your provider…"));
    m_handOffButton->setToolTip(tr("Bulk attestation checks every row of a CSV file and saves the rows that pass "
                                   "as a file for your indirect provider"));
    m_historyModel->retranslate();

    showLoadState();
    showCustomer();
    showAgreement();
    showNotice();
    updateActions();
}

void CustomerPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CustomerPage::showEvent(QShowEvent* event)
{
    if (!m_geometryRestored) {
        m_geometryRestored = true;
        WindowGeometry::restore(this);
    }
    QWidget::showEvent(event);
}

void CustomerPage::closeEvent(QCloseEvent* event)
{
    WindowGeometry::save(this);
    m_loader->cancel();
    QWidget::closeEvent(event);
}

bool CustomerPage::isLoading() const
{
    return m_loader->isBusy();
}

void CustomerPage::reload()
{
    m_lastConfirmation.reset();
    showNotice();
    m_evidenceWidget->refresh();
    load(true);
}

void CustomerPage::load(bool everything)
{
    m_loadError.reset();
    using Part = CustomerAccountLoader::Part;
    CustomerAccountLoader::Parts parts = Part::AgreementStatus | Part::Subscriptions;
    if (everything)
        parts |= Part::Customer;
    m_loader->load(parts);
    showLoadState();
}

void CustomerPage::showLoadState()
{
    const bool busy = m_loader->isBusy();
    m_loadingProgressBar->setVisible(busy);
    m_cancelLoadButton->setVisible(busy);
    m_loadStatusLabel->setVisible(busy);
    if (busy) {
        switch (m_loader->currentPart()) {
        case CustomerAccountLoader::Part::Customer:
        case CustomerAccountLoader::Part::CountryRules:
            m_loadStatusLabel->setText(tr("Reading the customer…"));
            break;
        case CustomerAccountLoader::Part::AgreementStatus:
            m_loadStatusLabel->setText(tr("Reading the agreement status…"));
            break;
        case CustomerAccountLoader::Part::Subscriptions:
            m_loadStatusLabel->setText(tr("Reading the subscriptions…"));
            break;
        }
    }
    m_refreshButton->setEnabled(!busy);
    m_loadBar->setVisible(busy || m_loadError.has_value());
    if (!busy && m_loadError) {
        m_loadErrorMessage->showMessage(m_loadError->kind == ApiError::Kind::Canceled
                ? tr("Loading was canceled; what is shown may be incomplete.")
                : tr("Some of this customer's details could not be read. %1").arg(m_loadError->message()),
            m_loadError->kind == ApiError::Kind::Canceled ? FieldMessage::Kind::Information
                                                          : FieldMessage::Kind::Error);
        m_retryButton->show();
    } else {
        m_loadErrorMessage->clearMessage();
        m_retryButton->hide();
    }
}

namespace {

QString relationshipText(CustomerRelationship relationship)
{
    switch (relationship) {
    case CustomerRelationship::Reseller:
        return CustomerPage::tr("Reseller");
    case CustomerRelationship::Advisor:
        return CustomerPage::tr("Advisor");
    case CustomerRelationship::Syndication:
        return CustomerPage::tr("Syndication");
    case CustomerRelationship::MicrosoftSupport:
        return CustomerPage::tr("Microsoft support");
    case CustomerRelationship::None:
        return CustomerPage::tr("None");
    case CustomerRelationship::Unknown:
        break;
    }
    return CustomerPage::tr("Unknown");
}

QString addressText(const Address& address)
{
    QStringList lines;
    for (const QString& line : {address.addressLine1, address.addressLine2}) {
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    }
    QStringList cityLine;
    for (const QString& part : {address.postalCode, address.city, address.state}) {
        if (!part.trimmed().isEmpty())
            cityLine << part.trimmed();
    }
    if (!cityLine.isEmpty())
        lines << cityLine.join(QLatin1Char(' '));
    if (!address.country.isEmpty())
        lines << countryDisplayName(address.country);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

void CustomerPage::showCustomer()
{
    const bool loading = m_loader->isBusy();
    const QString pending = loading ? tr("Reading…") : dash();
    if (!m_customer) {
        m_companyNameLabel->setText(loading ? tr("Reading the customer…") : tr("Customer"));
        m_subtitleLabel->setText(m_customerId);
        setWindowTitle(tr("Customer — Account info"));
        for (QLabel* label : {m_companyValue, m_domainValue, m_relationshipValue, m_contactValue, m_emailValue,
                 m_addressValue, m_languageValue})
            label->setText(pending);
    } else {
        const Customer& customer = *m_customer;
        const QString company = !customer.companyProfile.companyName.isEmpty()
            ? customer.companyProfile.companyName
            : (customer.billingProfile ? customer.billingProfile->companyName : QString());
        m_companyNameLabel->setText(orDash(company));
        m_subtitleLabel->setText(customer.companyProfile.domain.isEmpty()
                ? customer.id
                : tr("%1 · customer id %2").arg(customer.companyProfile.domain, customer.id));
        setWindowTitle(tr("%1 — Account info").arg(orDash(company)));
        m_evidenceWidget->setCustomerName(company);
        m_companyValue->setText(orDash(company));
        m_domainValue->setText(orDash(customer.companyProfile.domain));
        m_relationshipValue->setText(relationshipText(customer.relationshipToPartner));
        if (customer.billingProfile) {
            const BillingProfile& billing = *customer.billingProfile;
            QString contact = Contact{billing.firstName, billing.lastName, {}, {}}.displayName();
            if (!billing.defaultAddress.phoneNumber.isEmpty())
                contact = tr("%1, phone %2").arg(orDash(contact), billing.defaultAddress.phoneNumber);
            m_contactValue->setText(orDash(contact));
            m_emailValue->setText(orDash(billing.email));
            m_addressValue->setText(orDash(addressText(billing.defaultAddress)));
            QString language;
            const QString culture = billing.culture.isEmpty() ? billing.language : billing.culture;
            if (!culture.isEmpty()) {
                const QLocale locale(QString(culture).replace(QLatin1Char('-'), QLatin1Char('_')));
                language = locale.language() == QLocale::C
                    ? culture
                    : tr("%1 (culture %2)").arg(IsoNames::language(culture), culture);
            }
            m_languageValue->setText(orDash(language));
        } else {
            for (QLabel* label : {m_contactValue, m_emailValue, m_addressValue, m_languageValue})
                label->setText(dash());
        }
    }

    if (m_subscriptions) {
        m_subscriptionsValue->setText(m_subscriptions->isEmpty()
                ? tr("None through your organization")
                : tr("Through your organization: %n", nullptr, static_cast<int>(m_subscriptions->size())));
        QStringList names;
        for (const Subscription& subscription : std::as_const(*m_subscriptions))
            names << tr("%1 × %2").arg(orDash(subscription.friendlyName)).arg(subscription.quantity);
        m_subscriptionsValue->setToolTip(names.join(QLatin1Char('\n')));
    } else {
        m_subscriptionsValue->setText(m_subscriptionsFailed ? tr("Could not be read") : pending);
        m_subscriptionsValue->setToolTip({});
    }
}

void CustomerPage::showAgreement()
{
    const bool loading = m_loader->isBusy();
    const McaStatus verdict = m_status ? m_status->verdict() : McaStatus::Unknown;
    m_agreementStatusLabel->setProperty("mcaStatus", mcaStatusToKey(verdict));
    m_statusIconLabel->setPixmap(StatusPresentation::icon(verdict).pixmap(16, 16));
    if (!m_status && loading) {
        m_agreementStatusLabel->setText(tr("Reading the agreement status…"));
        m_agreementStatusLabel->setStyleSheet({});
        m_agreementExplanationLabel->clear();
        m_agreementExplanationLabel->hide();
    } else {
        m_agreementStatusLabel->setText(StatusPresentation::text(verdict));
        m_agreementStatusLabel->setStyleSheet(
            QStringLiteral("color: %1;").arg(StatusPresentation::color(verdict).name()));
        m_agreementExplanationLabel->setText(m_statusFailed && !m_status
                ? tr("The agreement status could not be read. Use Retry.")
                : StatusPresentation::explanation(verdict));
        m_agreementExplanationLabel->show();
    }

    if (!m_status) {
        m_latestConfirmationLabel->setText((loading ? tr("Reading…") : dash()).toHtmlEscaped());
        m_directAcceptanceLabel->setText(loading ? tr("Reading…") : dash());
        m_historyModel->clear();
    } else {
        const AgreementStatus& status = *m_status;
        if (const std::optional<Agreement> latest = status.latestConfirmation()) {
            const Contact& contact = latest->primaryContact;
            QStringList reach;
            if (!contact.email.isEmpty())
                reach << contact.email;
            if (!contact.phoneNumber.isEmpty())
                reach << contact.phoneNumber;
            const QString who = reach.isEmpty() ? orDash(contact.displayName())
                                                : tr("%1 (%2)").arg(orDash(contact.displayName()), reach.join(u", "));
            const QString date = QLocale().toString(latest->acceptanceDate(), QLocale::LongFormat);
            QString templateText = latest->templateId.toHtmlEscaped();
            const QUrl link(latest->agreementLink);
            if (link.isValid() && (link.scheme() == QLatin1String("https") || link.scheme() == QLatin1String("http")))
                templateText = QStringLiteral("<a href=\"%1\">%2</a>")
                                   .arg(link.toString(QUrl::FullyEncoded).toHtmlEscaped(), templateText);
            m_latestConfirmationLabel->setText(
                tr("Accepted by %1 on %2.").arg(who.toHtmlEscaped(), date.toHtmlEscaped()) + QStringLiteral("<br>")
                + tr("Template: %1").arg(templateText));
        } else {
            m_latestConfirmationLabel->setText(tr("No partner confirmation yet.").toHtmlEscaped());
        }
        if (!status.directlySigned.has_value())
            m_directAcceptanceLabel->setText(tr("Could not be read."));
        else if (*status.directlySigned)
            m_directAcceptanceLabel->setText(tr("The customer accepted in the Microsoft 365 admin center."));
        else
            m_directAcceptanceLabel->setText(tr("Not accepted in the Microsoft 365 admin center."));
        m_historyModel->setAgreements(status.agreements);
    }
    showGuidance();
}

void CustomerPage::showGuidance()
{
    const PermissionPolicy policy = m_workspace->policy();
    if (!m_status) {
        m_guidance = AgreementGuidance{};
        m_guidance.attest = policy.decide(Action::Attest);
    } else {
        m_guidance = AgreementGuidance::assess(
            *m_status, m_subscriptions ? std::optional<qsizetype>(m_subscriptions->size()) : std::nullopt, policy);
    }
    const bool confirmed = m_status && m_status->partnerConfirmed();

    QStringList paragraphs;
    const int count = static_cast<int>(m_guidance.subscriptionCount.value_or(0));
    switch (m_guidance.scenario) {
    case AgreementGuidance::Scenario::ExistingPurchases:
        paragraphs << (confirmed
                ? tr("This customer has existing purchases through your organization (subscriptions: %n) and has "
                     "not accepted the agreement in the Microsoft 365 admin center. A customer with existing "
                     "purchases through a partner cannot accept it there for new purchases, so the partner's "
                     "confirmation is the record Partner Center relies on. If someone else at the customer "
                     "accepted the agreement, record that person with Update.",
                    nullptr, count)
                : tr("This customer has existing purchases through your organization (subscriptions: %n) and has "
                     "not accepted the agreement in the Microsoft 365 admin center. A customer with existing "
                     "purchases through a partner cannot accept it there for a new purchase: the admin center "
                     "tells them \"Please reach out to your Partner to confirm your acceptance of the Microsoft "
                     "Customer Agreement.\" The partner must attest on the customer's behalf.",
                    nullptr, count));
        break;
    case AgreementGuidance::Scenario::NewPartnerRelationship:
        paragraphs << tr("This customer has no purchases through your organization yet. If they already buy "
                         "through another partner, the Microsoft 365 admin center will not let them accept the "
                         "agreement for your new relationship either (it tells them to reach out to their "
                         "partner), and the partner must attest on their behalf. Otherwise the customer can accept "
                         "it in the admin center.");
        break;
    case AgreementGuidance::Scenario::None:
        break;
    }

    // What to do now, and who may do it. (That orders are blocked, the verdict's explanation says.)
    QString action;
    const auto append = [&action](const QString& sentence) {
        action += (action.isEmpty() ? QString() : QStringLiteral(" ")) + sentence;
    };
    if (!m_guidance.attest.isAllowed()) {
        // Said whenever there is something to confirm; an indirect reseller is always told its path.
        if (m_guidance.mustUseIndirectProvider() || !paragraphs.isEmpty() || m_guidance.ordersBlocked) {
            append(m_guidance.attest.explanation());
            if (m_guidance.mustUseIndirectProvider())
                append(tr("You prepare that hand-off file with Bulk attestation in the main window; it checks every "
                          "row before you send it to your provider."));
            else if (m_guidance.attest.reason != DenialReason::NotSignedIn)
                append(tr("An Admin agent or a Sales agent can confirm the customer's acceptance."));
        }
    } else if (m_guidance.ordersBlocked) {
        append(m_guidance.scenario == AgreementGuidance::Scenario::ExistingPurchases
                ? tr("To unblock orders (Partner Center refuses them with error 13605), use Update to confirm the "
                     "customer's acceptance.")
                : tr("To unblock orders (Partner Center refuses them with error 13605), use Update to confirm the "
                     "customer's acceptance, or Invite to accept to ask the customer to accept it in the Microsoft "
                     "365 admin center."));
    }
    if (!action.isEmpty())
        paragraphs << action;

    m_guidanceLabel->setText(paragraphs.join(QStringLiteral("\n\n")));
    m_guidanceFrame->setVisible(!paragraphs.isEmpty());
    m_handOffButton->setVisible(m_guidance.mustUseIndirectProvider() && m_navigator);
    updateActions();
}

void CustomerPage::showNotice()
{
    if (!m_lastConfirmation) {
        m_noticeMessage->clearMessage();
        return;
    }
    const AgreementConfirmation& confirmation = *m_lastConfirmation;
    const Agreement& agreement = confirmation.agreement;
    QString text;
    if (confirmation.outcome == AgreementConfirmation::Outcome::AlreadyConfirmed) {
        text = tr("Already confirmed: Partner Center has a confirmation with exactly this contact, so nothing new "
                  "was recorded.");
    } else {
        text = tr("Saved: %1's acceptance on %2 is recorded.")
                   .arg(orDash(agreement.primaryContact.displayName()),
                       QLocale().toString(agreement.acceptanceDate(), QLocale::LongFormat));
        if (confirmation.recoveredAfterLostAnswer)
            text = LocaleText::joinSentences({text,
                tr("(The answer was lost on the way; PartnerDesk read the confirmations and found it recorded.)")});
    }
    m_noticeMessage->showMessage(text, FieldMessage::Kind::Information);
}

void CustomerPage::showEvidenceCount()
{
    const int count = m_evidenceWidget->recordCount();
    m_recordsTabWidget->setTabText(1,
        count > 0 ? tr("&Evidence sent from PartnerDesk (%1)").arg(QLocale().toString(count))
                  : tr("&Evidence sent from PartnerDesk"));
}

void CustomerPage::updateActions()
{
    const PermissionPolicy policy = m_workspace->policy();
    const bool haveCustomer = m_customer.has_value();
    const QString notLoaded
        = m_loader->isBusy() ? tr("Reading the customer…") : tr("The customer could not be read. Use Retry.");

    const auto apply = [&](QPushButton* button, std::optional<Action> action, const QString& allowedTip) {
        QString why;
        if (action) {
            const PermissionDecision decision = policy.decide(*action);
            if (!decision.isAllowed())
                why = decision.explanation();
        }
        if (why.isEmpty() && !haveCustomer)
            why = notLoaded;
        button->setEnabled(why.isEmpty());
        button->setToolTip(why.isEmpty() ? allowedTip : why);
    };
    apply(m_updateButton, Action::Attest,
        tr("Confirm who at the customer accepted the Microsoft Customer Agreement, and when"));
    apply(m_inviteButton, Action::InviteCustomer,
        tr("Write an email inviting the customer to accept the agreement in the Microsoft 365 admin center"));
    apply(m_templateButton, std::nullopt, tr("Open or download the agreement for the customer's country"));
    apply(m_newOrderButton, Action::PlaceOrder, tr("Place an order; the customer's acceptance is checked first"));
    if (m_templateButton->isEnabled() && m_customer->country().isEmpty()) {
        m_templateButton->setToolTip(tr("Open or download the agreement; the customer's address names no country, "
                                        "so choose it there"));
    }
}

void CustomerPage::openUpdateForm()
{
    if (!m_workspace->policy().allows(Action::Attest))
        return;
    auto* dialog = new ConfirmAgreementDialog(m_workspace, m_customerId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPurpose(ConfirmAgreementDialog::Purpose::Update);
    connect(dialog, &ConfirmAgreementDialog::confirmed, this, &CustomerPage::onConfirmed);
    dialog->open();
}

void CustomerPage::onConfirmed(const AgreementConfirmation& confirmation)
{
    m_lastConfirmation = confirmation;
    showNotice();
    load(false); // the agreement status and subscriptions; the customer did not change
    if (m_navigator)
        m_navigator->customerChanged(m_customerId);
}

void CustomerPage::openInvitation()
{
    if (!m_navigator || !m_customer)
        return;
    InvitationRequest request;
    request.kind = InvitationKind::AcceptAgreement;
    request.customerId = m_customerId;
    request.customerName = m_customer->companyProfile.companyName;
    if (m_customer->billingProfile) {
        request.customerEmail = m_customer->billingProfile->email;
        // The template follows the customer's language; the culture only when no language is named.
        const BillingProfile& billing = *m_customer->billingProfile;
        request.language = !billing.language.isEmpty()
            ? billing.language
            : QString(billing.culture).replace(QLatin1Char('-'), QLatin1Char('_'));
        if (request.customerName.isEmpty())
            request.customerName = m_customer->billingProfile->companyName;
    }
    m_navigator->openInvitation(request);
}

void CustomerPage::openAgreementTemplate()
{
    if (m_navigator && m_customer)
        m_navigator->openAgreementTemplate(m_customer->country());
}

void CustomerPage::openBulkAttestation()
{
    if (m_navigator)
        m_navigator->openBulkAttestation();
}

void CustomerPage::openNewOrder()
{
    if (m_navigator && m_workspace->policy().allows(Action::PlaceOrder))
        m_navigator->openNewOrder(m_customerId);
}

} // namespace PartnerDesk
