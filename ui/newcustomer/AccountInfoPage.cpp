#include "AccountInfoPage.h"

#include "LocaleNames.h"
#include "flows/Workspace.h"
#include "flows/newcustomer/NewCustomerDraft.h"
#include "flows/newcustomer/NewCustomerRefusal.h"
#include "widgets/ContactForm.h"
#include "widgets/CountryComboBox.h"
#include "widgets/FieldMessage.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace PartnerDesk {

namespace {

// An editor with its inline message right under it, as in ContactForm.

// Fills a combo box with codes. A choice the user made stays when the new list holds it;
// otherwise the country's default is taken.
void fillCodes(QComboBox* box, const QStringList& codes, QString (*display)(const QString&), const QString& preferred,
    bool keepCurrent)
{
    const QString current = box->currentData().toString();
    const QSignalBlocker blocker(box);
    box->clear();
    for (const QString& code : codes)
        box->addItem(display(code), code);
    int index = keepCurrent && !current.isEmpty() ? box->findData(current) : -1;
    if (index < 0)
        index = box->findData(preferred);
    box->setCurrentIndex(index >= 0 ? index : (box->count() > 0 ? 0 : -1));
}

} // namespace

AccountInfoPage::AccountInfoPage(Workspace* workspace, QWidget* parent)
    : NewCustomerPage(parent)
    , m_workspace(workspace)
    , m_rulesLoader(new CountryRulesLoader(workspace->client(), this))
    , m_domainCheck(new DomainAvailabilityCheck(workspace->client(), this))
    , m_addressCheck(new AddressVerification(workspace->client(), this))
{
    setObjectName(QStringLiteral("accountInfoPage"));
    buildUi();

    connect(m_rulesLoader, &CountryRulesLoader::loaded, this, &AccountInfoPage::applyRules);
    connect(m_rulesLoader, &CountryRulesLoader::loadingChanged, this, [this] {
        showRulesStatus();
        changed();
    });
    connect(m_domainCheck, &DomainAvailabilityCheck::stateChanged, this, [this] {
        updateDomainStatus();
        changed();
    });
    connect(m_addressCheck, &AddressVerification::stateChanged, this, &AccountInfoPage::showAddressVerification);

    retranslateUi();
    updatePermission();

    // The country of the user's locale is the likeliest; the C locale of a server has none.
    QString country = QLocale::territoryToCode(QLocale().territory());
    if (country.size() != 2 || !CountryComboBox::allCountryCodes().contains(country))
        country = QStringLiteral("US");
    m_country->setCountryCode(country);
    m_rules = CountryRulesLoader::fallbackRules(m_country->countryCode());
    m_rulesLoader->load(m_country->countryCode());
    if (!m_rulesLoader->isLoading())
        applyRules(m_rulesLoader->current());
}

AccountInfoPage::~AccountInfoPage() = default;

void AccountInfoPage::buildUi()
{
    m_permissionMessage = new FieldMessage(this);
    m_permissionMessage->setObjectName(QStringLiteral("permissionMessage"));

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("accountInfoScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_form = new QWidget(scroll);
    m_form->setObjectName(QStringLiteral("accountInfoFormWidget"));
    scroll->setWidget(m_form);

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_permissionMessage);
    outer->addWidget(scroll, 1);

    const auto addRow = [this](QFormLayout* form, Field field, QWidget* editor, QWidget* focus, FieldMessage* message,
                            const QString& messageName) {
        Row r;
        r.field = field;
        r.editor = focus;
        r.label = new QLabel(m_form);
        r.label->setBuddy(focus);
        r.message = message ? message : new FieldMessage(m_form);
        r.message->setObjectName(messageName);
        form->addRow(r.label, FieldMessage::withEditor(editor, r.message, m_form));
        m_rows.append(r);
    };
    const auto newForm = [](QGroupBox* group) {
        auto* form = new QFormLayout(group);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setRowWrapPolicy(QFormLayout::DontWrapRows);
        return form;
    };

    // The company and its domain.
    m_companyGroup = new QGroupBox(m_form);
    m_companyGroup->setObjectName(QStringLiteral("companyGroupBox"));
    auto* companyForm = newForm(m_companyGroup);
    m_companyName = new QLineEdit(m_form);
    m_companyName->setObjectName(QStringLiteral("companyNameEdit"));
    addRow(
        companyForm, Field::CompanyName, m_companyName, m_companyName, nullptr, QStringLiteral("companyNameMessage"));

    m_domainPrefix = new QLineEdit(m_form);
    m_domainPrefix->setObjectName(QStringLiteral("domainPrefixEdit"));
    m_domainPrefix->setInputMethodHints(Qt::ImhPreferLowercase | Qt::ImhNoAutoUppercase | Qt::ImhLatinOnly);
    m_domainSuffix = new QLabel(NewCustomerDraft::domainSuffix(), m_form);
    m_domainSuffix->setObjectName(QStringLiteral("domainSuffixLabel"));
    auto* domainBox = new QWidget(m_form);
    auto* domainLayout = new QHBoxLayout(domainBox);
    domainLayout->setContentsMargins(0, 0, 0, 0);
    domainLayout->setSpacing(4);
    domainLayout->addWidget(m_domainPrefix, 1);
    domainLayout->addWidget(m_domainSuffix);
    // A domain name reads left to right in every language ("contoso.onmicrosoft.com").
    domainBox->setLayoutDirection(Qt::LeftToRight);
    addRow(companyForm, Field::DomainPrefix, domainBox, m_domainPrefix, nullptr, QStringLiteral("domainStatusMessage"));

    // The billing address, by the country's rules.
    m_addressGroup = new QGroupBox(m_form);
    m_addressGroup->setObjectName(QStringLiteral("billingAddressGroupBox"));
    auto* addressForm = newForm(m_addressGroup);
    m_country = new CountryComboBox(m_form);
    m_country->setObjectName(QStringLiteral("countryComboBox"));
    addRow(addressForm, Field::Country, m_country, m_country, nullptr, QStringLiteral("countryRulesMessage"));

    m_addressLine1 = new QLineEdit(m_form);
    m_addressLine1->setObjectName(QStringLiteral("addressLine1Edit"));
    addRow(addressForm, Field::AddressLine1, m_addressLine1, m_addressLine1, nullptr,
        QStringLiteral("addressLine1Message"));
    m_addressLine2 = new QLineEdit(m_form);
    m_addressLine2->setObjectName(QStringLiteral("addressLine2Edit"));
    addRow(addressForm, Field::AddressLine2, m_addressLine2, m_addressLine2, nullptr,
        QStringLiteral("addressLine2Message"));
    m_city = new QLineEdit(m_form);
    m_city->setObjectName(QStringLiteral("cityEdit"));
    addRow(addressForm, Field::City, m_city, m_city, nullptr, QStringLiteral("cityMessage"));

    // A list when the country has one (US states), free text otherwise.
    m_stateList = new QComboBox(m_form);
    m_stateList->setObjectName(QStringLiteral("stateComboBox"));
    m_stateList->setEditable(false);
    m_stateEdit = new QLineEdit(m_form);
    m_stateEdit->setObjectName(QStringLiteral("stateEdit"));
    auto* stateBox = new QWidget(m_form);
    auto* stateLayout = new QHBoxLayout(stateBox);
    stateLayout->setContentsMargins(0, 0, 0, 0);
    stateLayout->addWidget(m_stateList);
    stateLayout->addWidget(m_stateEdit);
    m_stateList->hide();
    addRow(addressForm, Field::State, stateBox, m_stateEdit, nullptr, QStringLiteral("stateMessage"));

    m_postalCode = new QLineEdit(m_form);
    m_postalCode->setObjectName(QStringLiteral("postalCodeEdit"));
    addRow(addressForm, Field::PostalCode, m_postalCode, m_postalCode, nullptr, QStringLiteral("postalCodeMessage"));
    m_companyPhone = new QLineEdit(m_form);
    m_companyPhone->setObjectName(QStringLiteral("companyPhoneEdit"));
    m_companyPhone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    addRow(addressForm, Field::AddressPhoneNumber, m_companyPhone, m_companyPhone, nullptr,
        QStringLiteral("companyPhoneMessage"));

    m_addressVerificationMessage = new FieldMessage(m_form);
    m_addressVerificationMessage->setObjectName(QStringLiteral("addressVerificationMessage"));
    m_useSuggestedAddress = new QPushButton(m_form);
    m_useSuggestedAddress->setObjectName(QStringLiteral("useSuggestedAddressButton"));
    m_useSuggestedAddress->hide();
    auto* verificationBox = new QWidget(m_form);
    auto* verificationLayout = new QHBoxLayout(verificationBox);
    verificationLayout->setContentsMargins(0, 0, 0, 0);
    verificationLayout->addWidget(m_addressVerificationMessage, 1);
    verificationLayout->addWidget(m_useSuggestedAddress, 0, Qt::AlignTop);
    addressForm->addRow(verificationBox);

    // The primary contact: the one ContactForm, without a date.
    m_contactGroup = new QGroupBox(m_form);
    m_contactGroup->setObjectName(QStringLiteral("primaryContactGroupBox"));
    auto* contactLayout = new QVBoxLayout(m_contactGroup);
    m_contactForm = new ContactForm(m_form);
    m_contactForm->setObjectName(QStringLiteral("primaryContactForm"));
    m_contactForm->setDateVisible(false);
    contactLayout->addWidget(m_contactForm);

    // Language and culture from the country's lists.
    m_languageGroup = new QGroupBox(m_form);
    m_languageGroup->setObjectName(QStringLiteral("languageGroupBox"));
    auto* languageForm = newForm(m_languageGroup);
    m_language = new QComboBox(m_form);
    m_language->setObjectName(QStringLiteral("languageComboBox"));
    addRow(languageForm, Field::Language, m_language, m_language, nullptr, QStringLiteral("languageMessage"));
    m_culture = new QComboBox(m_form);
    m_culture->setObjectName(QStringLiteral("cultureComboBox"));
    // "Portuguese (Brazil) – pt-BR" must fit whatever the language of the names.
    m_culture->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_language->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    addRow(languageForm, Field::Culture, m_culture, m_culture, nullptr, QStringLiteral("cultureMessage"));

    // Two columns: what the company is on the left, who and which language on the right.
    auto* left = new QVBoxLayout;
    left->addWidget(m_companyGroup);
    left->addWidget(m_addressGroup);
    left->addStretch(1);
    auto* right = new QVBoxLayout;
    right->addWidget(m_contactGroup);
    right->addWidget(m_languageGroup);
    right->addStretch(1);
    auto* columns = new QHBoxLayout(m_form);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    // The widgets were created in reading order (column by column), which is the tab order.

    // Checks as the user types and leaves each field.
    for (QLineEdit* edit : {m_companyName, m_domainPrefix, m_addressLine1, m_addressLine2, m_city, m_stateEdit,
             m_postalCode, m_companyPhone}) {
        const Row* r = nullptr;
        for (const Row& candidate : std::as_const(m_rows)) {
            if (candidate.editor == edit)
                r = &candidate;
        }
        if (!r)
            continue;
        const Field field = r->field;
        connect(edit, &QLineEdit::textEdited, this, [this, field] { fieldEdited(field); });
        connect(edit, &QLineEdit::editingFinished, this, [this, field] { fieldLeft(field); });
    }
    connect(m_stateList, &QComboBox::currentIndexChanged, this, [this] {
        fieldEdited(Field::State);
        fieldLeft(Field::State);
    });
    connect(m_country, &CountryComboBox::countryChanged, this, [this](const QString& code) {
        if (Row* r = row(Field::Country))
            r->serverMessage.clear();
        m_rulesLoader->load(code);
        changed();
    });
    for (const auto& [box, field] : {std::pair{m_language, Field::Language}, std::pair{m_culture, Field::Culture}}) {
        connect(box, &QComboBox::currentIndexChanged, this, [this, field] {
            // Only the user changes these with signals on (the country's defaults are set quietly).
            (field == Field::Language ? m_languageChosen : m_cultureChosen) = true;
            fieldEdited(field);
            fieldLeft(field);
        });
    }
    connect(m_contactForm, &ContactForm::edited, this, [this] {
        m_contactForm->clearServerMessage();
        changed();
    });
    connect(m_contactForm, &ContactForm::validityChanged, this, &AccountInfoPage::changed);
    connect(m_useSuggestedAddress, &QPushButton::clicked, this, &AccountInfoPage::useSuggestedAddress);
}

void AccountInfoPage::retranslateUi()
{
    setTitle(tr("Account info"));
    setSubTitle(tr("Enter the company's details and its primary contact."));
    m_companyGroup->setTitle(tr("Company"));
    m_addressGroup->setTitle(tr("Billing address"));
    m_contactGroup->setTitle(tr("Primary contact"));
    m_languageGroup->setTitle(tr("Language"));
    m_domainPrefix->setToolTip(tr("The customer's initial Microsoft 365 domain. Use Latin letters and digits; it "
                                  "cannot be changed after the customer is created."));
    m_domainPrefix->setAccessibleDescription(
        tr("Followed by %1. Availability is checked as you type.").arg(NewCustomerDraft::domainSuffix()));
    m_domainPrefix->setPlaceholderText(tr("for example contoso"));
    m_stateList->setPlaceholderText(tr("Choose…"));
    m_language->setToolTip(tr("The language of Microsoft's messages to the customer."));
    m_culture->setToolTip(tr("How dates, numbers and currency are shown to the customer."));
    m_contactGroup->setToolTip(tr("The person Microsoft and you contact about this customer's account."));
    m_useSuggestedAddress->setText(tr("Use the &suggested address"));
    updateRequiredLabels();
    showRulesStatus();
    updateDomainStatus();
    showAddressVerification();
    for (Row& r : m_rows) {
        if (r.field != Field::DomainPrefix && r.field != Field::Country && r.message->hasMessage())
            check(r.field, true);
    }
    updatePermission();
}

void AccountInfoPage::updateRequiredLabels()
{
    const ValidationContext ctx = context();
    for (Row& r : m_rows) {
        const bool optional = !Validation::isRequired(r.field, ctx);
        QString text;
        switch (r.field) {
        case Field::CompanyName:
            text = tr("C&ompany name");
            break;
        case Field::DomainPrefix:
            text = tr("&Domain name");
            break;
        case Field::Country:
            text = tr("Co&untry/region");
            break;
        case Field::AddressLine1:
            text = tr("Address line &1");
            break;
        case Field::AddressLine2:
            text = tr("Address line &2 (optional)");
            break;
        case Field::City:
            text = optional ? tr("Ci&ty (optional)") : tr("Ci&ty");
            break;
        case Field::State:
            text = optional ? tr("&State or province (optional)") : tr("&State or province");
            break;
        case Field::PostalCode:
            text = optional ? tr("Postal &code (optional)") : tr("Postal &code");
            break;
        case Field::AddressPhoneNumber:
            text = optional ? tr("Company p&hone (optional)") : tr("Company p&hone");
            break;
        case Field::Language:
            text = tr("Lan&guage");
            break;
        case Field::Culture:
            text = tr("Cultu&re");
            break;
        default:
            break;
        }
        r.label->setText(text);
        const QString accessible = QString(text).remove(QLatin1Char('&'));
        r.editor->setAccessibleName(accessible);
        if (r.field == Field::State)
            m_stateList->setAccessibleName(accessible);
    }
    // After the ContactForm has retranslated its own labels too.
    QMetaObject::invokeMethod(this, &AccountInfoPage::alignLabels, Qt::QueuedConnection);
}

void AccountInfoPage::alignLabels()
{
    // The groups of a column share one label width, so that their fields line up.
    QList<QLabel*> left;
    QList<QLabel*> right;
    for (const Row& r : std::as_const(m_rows))
        (r.field == Field::Language || r.field == Field::Culture ? right : left).append(r.label);
    const QList<QLabel*> contactLabels = m_contactForm->findChildren<QLabel*>();
    for (QLabel* label : contactLabels) {
        if (label->buddy())
            right.append(label);
    }
    for (const QList<QLabel*>& column : {left, right}) {
        int width = 0;
        for (QLabel* label : column) {
            label->setMinimumWidth(0);
            width = std::max(width, label->sizeHint().width());
        }
        for (QLabel* label : column)
            label->setMinimumWidth(width);
    }
}

void AccountInfoPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    NewCustomerPage::changeEvent(event);
}

AccountInfoPage::Row* AccountInfoPage::row(Field field)
{
    for (Row& r : m_rows) {
        if (r.field == field)
            return &r;
    }
    return nullptr;
}

const AccountInfoPage::Row* AccountInfoPage::row(Field field) const
{
    for (const Row& r : m_rows) {
        if (r.field == field)
            return &r;
    }
    return nullptr;
}

ValidationContext AccountInfoPage::context() const
{
    return ValidationContext{&m_rules, nullptr};
}

bool AccountInfoPage::usesStateList() const
{
    return !m_rules.supportedStatesList.isEmpty();
}

QString AccountInfoPage::valueOf(Field field) const
{
    switch (field) {
    case Field::CompanyName:
        return m_companyName->text();
    case Field::DomainPrefix:
        return m_domainPrefix->text();
    case Field::Country:
        return m_country->countryCode();
    case Field::AddressLine1:
        return m_addressLine1->text();
    case Field::AddressLine2:
        return m_addressLine2->text();
    case Field::City:
        return m_city->text();
    case Field::State:
        return usesStateList() ? m_stateList->currentData().toString() : m_stateEdit->text();
    case Field::PostalCode:
        return m_postalCode->text();
    case Field::AddressPhoneNumber:
        return m_companyPhone->text();
    case Field::Language:
        return m_language->currentData().toString();
    case Field::Culture:
        return m_culture->currentData().toString();
    default:
        return {};
    }
}

FieldResult AccountInfoPage::resultFor(Field field) const
{
    FieldResult result = Validation::validate(field, valueOf(field), context());
    // Language and culture are optional in the table, but the billing profile needs both.
    if ((field == Field::Language || field == Field::Culture) && result.isValid() && valueOf(field).isEmpty())
        result.code = ValidationCode::Required;
    return result;
}

void AccountInfoPage::check(Field field, bool show)
{
    Row* r = row(field);
    if (!r)
        return;
    if (field == Field::DomainPrefix) {
        updateDomainStatus();
        return;
    }
    if (field == Field::Country) {
        showRulesStatus();
        return;
    }
    const FieldResult result = resultFor(field);
    if (!r->serverMessage.isEmpty())
        r->message->showMessage(r->serverMessage);
    else if (result.isValid())
        r->message->clearMessage();
    else if (show)
        r->message->showMessage(result.message());
    r->editor->setProperty("invalid", !result.isValid() && show);
}

void AccountInfoPage::fieldEdited(Field field)
{
    Row* r = row(field);
    if (!r)
        return;
    r->serverMessage.clear();
    if (field == Field::DomainPrefix)
        m_domainCheck->setPrefix(m_domainPrefix->text());
    // While typing, a message only replaces one already shown; leaving the field shows it.
    check(field, r->touched);
    if (field != Field::CompanyName && field != Field::DomainPrefix)
        updateAddressVerification();
    changed();
}

void AccountInfoPage::fieldLeft(Field field)
{
    Row* r = row(field);
    if (!r)
        return;
    r->touched = true;
    check(field, true);
    changed();
}

void AccountInfoPage::applyRules(const CountryRulesAnswer& answer)
{
    m_rules = answer.rules;
    m_rulesFromService = answer.fromService;

    // The state: a list when the country has one; the typed text stays in the hidden edit,
    // and a state chosen from a list is remembered for when a list comes back.
    const bool list = usesStateList();
    {
        if (!m_stateList->currentData().toString().isEmpty())
            m_chosenState = m_stateList->currentData().toString();
        const QString typed = m_stateEdit->text().trimmed().toUpper();
        const QSignalBlocker blocker(m_stateList);
        m_stateList->clear();
        for (const QString& state : m_rules.supportedStatesList)
            m_stateList->addItem(state, state);
        int index = m_stateList->findData(m_chosenState);
        if (index < 0 && !typed.isEmpty())
            index = m_stateList->findData(typed);
        m_stateList->setCurrentIndex(index);
    }
    const bool stateHadFocus = m_stateList->hasFocus() || m_stateEdit->hasFocus();
    m_stateList->setVisible(list);
    m_stateEdit->setVisible(!list);
    if (Row* r = row(Field::State)) {
        r->editor = list ? static_cast<QWidget*>(m_stateList) : m_stateEdit;
        r->label->setBuddy(r->editor);
        if (stateHadFocus)
            r->editor->setFocus();
    }

    fillLanguages();
    m_contactForm->setCountryRules(m_rules);
    updateRequiredLabels();
    showRulesStatus();
    for (Row& r : m_rows)
        check(r.field, r.touched);
    updateAddressVerification();
    changed();
}

void AccountInfoPage::fillLanguages()
{
    fillCodes(m_language, m_rules.supportedLanguagesList, LocaleNames::language,
        CountryRulesLoader::defaultLanguage(m_rules), m_languageChosen);
    fillCodes(m_culture, m_rules.supportedCulturesList, LocaleNames::culture,
        CountryRulesLoader::defaultCulture(m_rules), m_cultureChosen);
}

void AccountInfoPage::showRulesStatus()
{
    Row* r = row(Field::Country);
    if (!r)
        return;
    const QString country = countryName();
    if (!r->serverMessage.isEmpty()) {
        r->message->showMessage(r->serverMessage);
        r->message->setProperty("rulesState", QStringLiteral("refused"));
    } else if (m_rulesLoader->isLoading()) {
        r->message->showMessage(
            tr("Reading Partner Center's address rules for %1…").arg(country), FieldMessage::Kind::Information);
        r->message->setProperty("rulesState", QStringLiteral("loading"));
    } else if (m_rulesFromService) {
        r->message->clearMessage();
        r->message->setProperty("rulesState", QStringLiteral("service"));
    } else {
        const std::optional<ApiError>& error = m_rulesLoader->current().error;
        if (error && error->isNotFound()) {
            r->message->showMessage(tr("Partner Center has no address rules for %1, so only general checks apply "
                                       "here. Partner Center checks the address when the customer is created.")
                                        .arg(country),
                FieldMessage::Kind::Warning);
        } else if (error) {
            r->message->showMessage(tr("The address rules for %1 could not be read, so only general checks apply "
                                       "here. Partner Center checks the address when the customer is created. %2")
                                        .arg(country, error->message()),
                FieldMessage::Kind::Warning);
        } else {
            r->message->clearMessage();
        }
        r->message->setProperty("rulesState", QStringLiteral("fallback"));
    }
}

void AccountInfoPage::updateDomainStatus()
{
    Row* r = row(Field::DomainPrefix);
    if (!r)
        return;
    using State = DomainAvailabilityCheck::State;
    const State state = m_domainCheck->state();
    FieldMessage* message = r->message;
    message->setProperty("domainState", DomainAvailabilityCheck::stateKey(state));
    const QString domain = m_domainCheck->domain();
    if (!r->serverMessage.isEmpty()) {
        message->showMessage(r->serverMessage);
        return;
    }
    switch (state) {
    case State::Empty:
        if (r->touched)
            message->showMessage(
                Validation::message(FieldResult{Field::DomainPrefix, ValidationCode::Required, 0, {}}));
        else
            message->clearMessage();
        break;
    case State::Invalid:
        message->showMessage(m_domainCheck->validation().message());
        break;
    case State::Pending:
    case State::Checking:
        message->showMessage(tr("Checking whether %1 is available…").arg(domain), FieldMessage::Kind::Information);
        break;
    case State::Available:
        message->showMessage(tr("%1 is available.").arg(domain), FieldMessage::Kind::Information);
        break;
    case State::Taken:
        message->showMessage(tr("%1 is already taken. Choose another domain name.").arg(domain));
        break;
    case State::Unknown:
        message->showMessage(tr("Whether %1 is available could not be checked; Partner Center checks it when the "
                                "customer is created. %2")
                                 .arg(domain, m_domainCheck->error().message()),
            FieldMessage::Kind::Warning);
        break;
    }
    m_domainPrefix->setProperty("invalid", state == State::Invalid || state == State::Taken);
}

Address AccountInfoPage::typedAddress() const
{
    Address address;
    address.country = valueOf(Field::Country);
    address.addressLine1 = valueOf(Field::AddressLine1).trimmed();
    address.addressLine2 = valueOf(Field::AddressLine2).trimmed();
    address.city = valueOf(Field::City).trimmed();
    address.state = Validation::normalized(Field::State, valueOf(Field::State));
    address.postalCode = valueOf(Field::PostalCode).trimmed();
    return address;
}

void AccountInfoPage::updateAddressVerification()
{
    bool complete = !m_rulesLoader->isLoading() && !valueOf(Field::AddressLine1).trimmed().isEmpty();
    for (Field field :
        {Field::Country, Field::AddressLine1, Field::AddressLine2, Field::City, Field::State, Field::PostalCode}) {
        complete = complete && resultFor(field).isValid();
    }
    m_addressCheck->setAddress(typedAddress(), complete);
}

void AccountInfoPage::showAddressVerification()
{
    using State = AddressVerification::State;
    const State state = m_addressCheck->state();
    m_useSuggestedAddress->setVisible(state == State::Suggested);
    switch (state) {
    case State::Idle:
    case State::Pending:
    case State::Checking:
    case State::Unknown: // advice only: not being able to ask is not the user's problem
        m_addressVerificationMessage->clearMessage();
        break;
    case State::Verified:
        m_addressVerificationMessage->showMessage(
            tr("Partner Center recognises this address."), FieldMessage::Kind::Information);
        break;
    case State::Suggested: {
        const Address s = m_addressCheck->suggestion();
        QStringList parts;
        for (const QString& part : {s.addressLine1, s.addressLine2, s.city, s.state, s.postalCode}) {
            if (!part.trimmed().isEmpty())
                parts << part.trimmed();
        }
        m_addressVerificationMessage->showMessage(
            tr("Partner Center suggests: %1").arg(parts.join(QStringLiteral(", "))), FieldMessage::Kind::Warning);
        break;
    }
    case State::NotVerified:
        m_addressVerificationMessage->showMessage(tr("Partner Center could not verify this address. Check the "
                                                     "street, city and postal code before you go on."),
            FieldMessage::Kind::Warning);
        break;
    }
}

void AccountInfoPage::useSuggestedAddress()
{
    const Address s = m_addressCheck->suggestion();
    m_addressLine1->setText(s.addressLine1);
    if (!s.addressLine2.isEmpty())
        m_addressLine2->setText(s.addressLine2);
    if (!s.city.isEmpty())
        m_city->setText(s.city);
    if (!s.state.isEmpty()) {
        if (usesStateList())
            m_stateList->setCurrentIndex(m_stateList->findData(s.state.toUpper()));
        else
            m_stateEdit->setText(s.state);
    }
    if (!s.postalCode.isEmpty())
        m_postalCode->setText(s.postalCode);
    for (Field field : {Field::AddressLine1, Field::AddressLine2, Field::City, Field::State, Field::PostalCode}) {
        if (Row* r = row(field))
            r->serverMessage.clear();
        check(field, true);
    }
    m_addressLine1->setFocus();
    updateAddressVerification();
    changed();
}

void AccountInfoPage::changed()
{
    Q_EMIT completeChanged();
}

void AccountInfoPage::updatePermission()
{
    const PermissionDecision decision = m_workspace->policy().decide(Action::CreateCustomer);
    if (decision.isAllowed())
        m_permissionMessage->clearMessage();
    else
        m_permissionMessage->showMessage(decision.explanation());
    m_form->setEnabled(decision.isAllowed());
    changed();
}

const CountryRules& AccountInfoPage::countryRules() const
{
    return m_rules;
}

QString AccountInfoPage::countryCode() const
{
    return m_country->countryCode();
}

QString AccountInfoPage::countryName() const
{
    return m_country->currentText();
}

Contact AccountInfoPage::primaryContact() const
{
    return m_contactForm->contact();
}

bool AccountInfoPage::hasInput() const
{
    for (QLineEdit* edit : {m_companyName, m_domainPrefix, m_addressLine1, m_addressLine2, m_city, m_stateEdit,
             m_postalCode, m_companyPhone}) {
        if (!edit->text().trimmed().isEmpty())
            return true;
    }
    return !m_contactForm->contact().isEmpty();
}

void AccountInfoPage::fillDraft(NewCustomerDraft& draft) const
{
    draft.companyName = valueOf(Field::CompanyName);
    draft.domainPrefix = valueOf(Field::DomainPrefix);
    draft.address = typedAddress();
    draft.address.phoneNumber = valueOf(Field::AddressPhoneNumber).trimmed();
    draft.primaryContact = m_contactForm->contact();
    draft.language = valueOf(Field::Language);
    draft.culture = valueOf(Field::Culture);
}

bool AccountInfoPage::isComplete() const
{
    return incompleteReason().isEmpty();
}

QString AccountInfoPage::incompleteReason() const
{
    const PermissionDecision decision = m_workspace->policy().decide(Action::CreateCustomer);
    if (!decision.isAllowed())
        return decision.explanation();
    if (m_rulesLoader->isLoading())
        return tr("Reading Partner Center's address rules for %1…").arg(countryName());
    // A message from the service alone does not block: the user may try again as it is.
    // A domain the service called taken does, until another one is typed.
    for (const Row& r : m_rows) {
        const FieldResult result = resultFor(r.field);
        if (!result.isValid())
            return Validation::fieldName(r.field) + QStringLiteral(": ") + result.message();
        if (r.field == Field::DomainPrefix && m_domainCheck->state() == DomainAvailabilityCheck::State::Taken) {
            return Validation::fieldName(r.field) + QStringLiteral(": ")
                + tr("%1 is already taken. Choose another domain name.").arg(m_domainCheck->domain());
        }
    }
    if (!m_contactForm->isValid())
        return tr("Primary contact") + QStringLiteral(" – ") + m_contactForm->firstProblem();
    return {};
}

void AccountInfoPage::revealProblems()
{
    QWidget* first = nullptr;
    for (Row& r : m_rows) {
        r.touched = true;
        check(r.field, true);
        const bool bad = !resultFor(r.field).isValid()
            || (r.field == Field::DomainPrefix && m_domainCheck->state() == DomainAvailabilityCheck::State::Taken);
        if (bad && !first)
            first = r.editor;
    }
    const bool contactValid = m_contactForm->validateAll();
    if (!first && !contactValid) {
        for (const char* name : {"firstNameEdit", "lastNameEdit", "emailEdit", "phoneEdit"}) {
            // validateAll() marked the invalid editors; the first of them gets the focus.
            auto* editor = m_contactForm->findChild<QWidget*>(QLatin1String(name));
            if (editor && editor->property("invalid").toBool()) {
                first = editor;
                break;
            }
        }
    }
    if (first)
        first->setFocus(Qt::OtherFocusReason);
    changed();
}

void AccountInfoPage::showRefusal(const NewCustomerRefusal& refusal)
{
    const QString message = refusal.error().message();
    QWidget* first = nullptr;
    for (const Field field : refusal.fields()) {
        switch (field) {
        case Field::FirstName:
        case Field::LastName:
        case Field::Email:
        case Field::PhoneNumber:
            m_contactForm->showServerMessage(field, message);
            if (!first) {
                const char* name = field == Field::FirstName ? "firstNameEdit"
                    : field == Field::LastName               ? "lastNameEdit"
                    : field == Field::Email                  ? "emailEdit"
                                                             : "phoneEdit";
                first = m_contactForm->findChild<QWidget*>(QLatin1String(name));
            }
            break;
        default:
            if (Row* r = row(field)) {
                r->serverMessage = message;
                r->touched = true;
                check(field, true);
                if (!first)
                    first = r->editor;
            }
            break;
        }
    }
    if (refusal.isDomainTaken())
        m_domainCheck->markTaken(m_domainPrefix->text());
    if (first)
        first->setFocus(Qt::OtherFocusReason);
    changed();
}

} // namespace PartnerDesk
