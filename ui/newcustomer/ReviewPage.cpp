#include "ReviewPage.h"

#include "LocaleNames.h"
#include "flows/Workspace.h"
#include "widgets/FieldMessage.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace PartnerDesk {

namespace {

// The rows of the review, in the order they are added.
enum ItemId {
    CompanyNameItem,
    DomainItem,
    AddressItem,
    CompanyPhoneItem,
    ContactNameItem,
    ContactEmailItem,
    ContactPhoneItem,
    LanguageItem,
    CultureItem,
    ChoiceItem,
    AcceptedByItem,
    AcceptanceDateItem,
};

QString joinedLines(const QStringList& parts, const QString& separator)
{
    QStringList kept;
    for (const QString& part : parts) {
        if (!part.trimmed().isEmpty())
            kept << part.trimmed();
    }
    return kept.join(separator);
}

} // namespace

ReviewPage::ReviewPage(Workspace* workspace, QWidget* parent)
    : NewCustomerPage(parent)
    , m_workspace(workspace)
    , m_flow(new CreateCustomerFlow(workspace, this))
{
    setObjectName(QStringLiteral("reviewPage"));
    setCommitPage(true);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("reviewScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);

    const auto group = [content](const QString& name) {
        auto* box = new QGroupBox(content);
        box->setObjectName(name);
        auto* form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setRowWrapPolicy(QFormLayout::DontWrapRows);
        form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop); // beside the first line of an address
        return box;
    };
    m_companyGroup = group(QStringLiteral("reviewCompanyGroupBox"));
    m_addressGroup = group(QStringLiteral("reviewBillingAddressGroupBox"));
    m_contactGroup = group(QStringLiteral("reviewPrimaryContactGroupBox"));
    m_languageGroup = group(QStringLiteral("reviewLanguageGroupBox"));
    m_agreementGroup = group(QStringLiteral("reviewAgreementGroupBox"));

    addItem(m_companyGroup, QStringLiteral("reviewCompanyNameLabel"));
    addItem(m_companyGroup, QStringLiteral("reviewDomainLabel"));
    addItem(m_addressGroup, QStringLiteral("reviewAddressLabel"));
    addItem(m_addressGroup, QStringLiteral("reviewCompanyPhoneLabel"));
    addItem(m_contactGroup, QStringLiteral("reviewContactNameLabel"));
    addItem(m_contactGroup, QStringLiteral("reviewContactEmailLabel"));
    addItem(m_contactGroup, QStringLiteral("reviewContactPhoneLabel"));
    addItem(m_languageGroup, QStringLiteral("reviewLanguageLabel"));
    addItem(m_languageGroup, QStringLiteral("reviewCultureLabel"));
    addItem(m_agreementGroup, QStringLiteral("reviewAgreementChoiceLabel"));
    addItem(m_agreementGroup, QStringLiteral("reviewAcceptedByLabel"));
    addItem(m_agreementGroup, QStringLiteral("reviewAcceptanceDateLabel"));

    auto* left = new QVBoxLayout;
    left->addWidget(m_companyGroup);
    left->addWidget(m_addressGroup);
    left->addStretch(1);
    auto* right = new QVBoxLayout;
    right->addWidget(m_contactGroup);
    right->addWidget(m_languageGroup);
    right->addWidget(m_agreementGroup);
    right->addStretch(1);
    auto* columns = new QHBoxLayout(content);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    m_progressRow = new QWidget(this);
    m_progressRow->setObjectName(QStringLiteral("createProgressWidget"));
    m_progress = new QProgressBar(m_progressRow);
    m_progress->setObjectName(QStringLiteral("createProgressBar"));
    m_progress->setRange(0, 0); // how long Partner Center takes is not known
    m_progress->setMaximumWidth(160);
    m_progressLabel = new QLabel(m_progressRow);
    m_progressLabel->setObjectName(QStringLiteral("createProgressLabel"));
    m_cancel = new QPushButton(m_progressRow);
    m_cancel->setObjectName(QStringLiteral("cancelCreateButton"));
    auto* progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progress);
    progressLayout->addWidget(m_progressLabel, 1);
    progressLayout->addWidget(m_cancel);
    m_progressRow->hide();

    m_error = new FieldMessage(this);
    m_error->setObjectName(QStringLiteral("createErrorMessage"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_progressRow);

    connect(m_cancel, &QPushButton::clicked, this, &ReviewPage::cancelCreation);
    connect(m_flow, &CreateCustomerFlow::progress, m_progressLabel, &QLabel::setText);
    connect(m_flow, &CreateCustomerFlow::finished, this, [this](const NewCustomerResult& result) {
        m_created = true;
        setBusy(false);
        Q_EMIT created(result, m_request);
        // The password now lives only on the confirmation page.
        m_request = {};
    });
    connect(m_flow, &CreateCustomerFlow::failed, this, [this](const ApiError& error) {
        setBusy(false);
        if (error.kind == ApiError::Kind::Canceled) {
            m_error->showMessage(tr("Creating the customer was canceled. If Partner Center had already received the "
                                    "request, the customer may exist anyway: check the customer list before you try "
                                    "again."),
                FieldMessage::Kind::Warning);
            return;
        }
        m_error->showMessage(tr("The customer was not created. %1").arg(error.message()));
        m_error->setProperty("errorCode", error.code);
        Q_EMIT refused(error);
    });

    retranslateUi();
}

ReviewPage::~ReviewPage() = default;

QLabel* ReviewPage::addItem(QGroupBox* group, const QString& objectName)
{
    Item item;
    item.name = new QLabel(group);
    item.value = new QLabel(group);
    item.value->setObjectName(objectName);
    item.value->setTextFormat(Qt::PlainText);
    item.value->setWordWrap(true);
    item.value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    static_cast<QFormLayout*>(group->layout())->addRow(item.name, item.value);
    m_items.append(item);
    return item.value;
}

void ReviewPage::retranslateUi()
{
    setTitle(tr("Review"));
    setSubTitle(tr("Check the details. To change something, go back. Nothing is created until you select Create "
                   "customer."));
    setButtonText(QWizard::CommitButton, tr("&Create customer"));
    m_companyGroup->setTitle(tr("Company"));
    m_addressGroup->setTitle(tr("Billing address"));
    m_contactGroup->setTitle(tr("Primary contact"));
    m_languageGroup->setTitle(tr("Language"));
    m_agreementGroup->setTitle(tr("Microsoft Customer Agreement"));
    const QStringList names{tr("Company name:"), tr("Domain name:"), tr("Address:"), tr("Company phone:"), tr("Name:"),
        tr("Email address:"), tr("Phone number:"), tr("Language:"), tr("Culture:"), tr("Acceptance:"),
        tr("Accepted by:"), tr("Acceptance date:")};
    for (qsizetype i = 0; i < m_items.size() && i < names.size(); ++i) {
        m_items[i].name->setText(names.at(i));
        m_items[i].value->setAccessibleName(QString(names.at(i)).remove(QLatin1Char(':')));
    }
    m_cancel->setText(tr("Cancel creating"));
    m_cancel->setToolTip(tr("Stops waiting for Partner Center. Nothing you entered is lost."));
    showDraft();
}

void ReviewPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    NewCustomerPage::changeEvent(event);
}

void ReviewPage::setDraft(const NewCustomerDraft& draft, const CountryRules& rules, const QString& countryName)
{
    m_draft = draft;
    m_rules = rules;
    m_countryName = countryName;
    showDraft();
    Q_EMIT completeChanged();
}

void ReviewPage::showDraft()
{
    if (m_items.size() <= AcceptanceDateItem)
        return;
    const QString none = tr("Not given");
    const auto show = [this, &none](int id, const QString& text) {
        m_items[id].value->setText(text.trimmed().isEmpty() ? none : text);
    };
    const Address& a = m_draft.address;
    show(CompanyNameItem, m_draft.companyName.trimmed());
    show(DomainItem, m_draft.domainPrefix.trimmed().isEmpty() ? QString() : m_draft.domain());
    // "Redmond, WA 98052" where the state comes first; "35210 İzmir" in most other countries.
    static const QStringList cityFirst{QStringLiteral("US"), QStringLiteral("CA"), QStringLiteral("AU")};
    const QString cityLine = cityFirst.contains(a.country.toUpper())
        ? joinedLines(
            {a.city.trimmed().isEmpty() ? QString() : a.city.trimmed() + QLatin1Char(','), a.state, a.postalCode},
            QStringLiteral(" "))
        : joinedLines({a.postalCode, a.city, a.state}, QStringLiteral(" "));
    show(AddressItem, joinedLines({a.addressLine1, a.addressLine2, cityLine, m_countryName}, QStringLiteral("\n")));
    show(CompanyPhoneItem, a.phoneNumber);
    const Contact& c = m_draft.primaryContact;
    show(ContactNameItem, joinedLines({c.firstName, c.lastName}, QStringLiteral(" ")));
    show(ContactEmailItem, c.email);
    show(ContactPhoneItem, c.phoneNumber);
    show(LanguageItem, LocaleNames::language(m_draft.language));
    show(CultureItem, LocaleNames::culture(m_draft.culture));

    const bool attest = m_draft.choice == AgreementChoice::Attest;
    show(ChoiceItem,
        attest ? tr("You confirm that the customer has accepted the Microsoft Customer Agreement.")
               : tr("The customer will be asked to accept the Microsoft Customer Agreement in the Microsoft 365 "
                    "admin center. Until then, the customer cannot buy."));
    const Contact& by = m_draft.acceptedBy;
    show(AcceptedByItem,
        joinedLines({joinedLines({by.firstName, by.lastName}, QStringLiteral(" ")), by.email, by.phoneNumber},
            QStringLiteral("\n")));
    show(AcceptanceDateItem, QLocale().toString(m_draft.acceptanceDate, QLocale::LongFormat));
    for (int id : {AcceptedByItem, AcceptanceDateItem}) {
        m_items[id].name->setVisible(attest);
        m_items[id].value->setVisible(attest);
    }
}

void ReviewPage::initializePage()
{
    m_created = false;
    m_error->clearMessage();
}

void ReviewPage::updatePermission()
{
    Q_EMIT completeChanged();
}

bool ReviewPage::isComplete() const
{
    return incompleteReason().isEmpty();
}

QString ReviewPage::incompleteReason() const
{
    if (m_busy)
        return tr("The customer is being created…");
    const PermissionDecision create = m_workspace->policy().decide(Action::CreateCustomer);
    if (!create.isAllowed())
        return create.explanation();
    if (m_draft.choice == AgreementChoice::Attest) {
        const PermissionDecision attest = m_workspace->policy().decide(Action::Attest);
        if (!attest.isAllowed())
            return attest.explanation();
    }
    const ValidationResult result = m_draft.validate(ValidationContext{&m_rules, nullptr});
    if (!result.isValid()) {
        const FieldResult first = result.problems().constFirst();
        return tr("Go back and correct this: %1")
            .arg(Validation::fieldName(first.field) + QStringLiteral(": ") + first.message());
    }
    return {};
}

void ReviewPage::revealProblems()
{
    const QString reason = incompleteReason();
    if (!reason.isEmpty() && !m_busy)
        m_error->showMessage(reason);
}

bool ReviewPage::validatePage()
{
    // Creating is asynchronous: the first press starts it and the wizard waits on this
    // page; when the customer exists, the wizard is moved on and this answers yes.
    if (m_created)
        return true;
    if (!m_busy && isComplete())
        startCreation();
    return false;
}

void ReviewPage::startCreation()
{
    m_error->clearMessage();
    m_request = m_draft.toRequest();
    setBusy(true);
    m_flow->start(m_request);
}

void ReviewPage::cancelCreation()
{
    if (m_busy)
        m_flow->cancel();
}

void ReviewPage::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    m_progressRow->setVisible(busy);
    if (busy)
        m_cancel->setFocus(Qt::OtherFocusReason);
    Q_EMIT busyChanged(busy);
    Q_EMIT completeChanged();
}

} // namespace PartnerDesk
