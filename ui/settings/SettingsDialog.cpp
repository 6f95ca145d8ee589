#include "SettingsDialog.h"

#include "api/PartnerCenterClient.h"
#include "flows/invite/InvitationLanguages.h"
#include "flows/invite/UiLanguages.h"
#include "model/Session.h"
#include "util/Settings.h"
#include "widgets/Dialogs.h"
#include "widgets/FieldMessage.h"
#include "widgets/WindowGeometry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QUrl>
#include <QUuid>
#include <QVBoxLayout>

#include <algorithm>

namespace PartnerDesk {

namespace {

const QString sandboxKey = QStringLiteral("sandbox");
const QString partnerCenterKey = QStringLiteral("partnerCenter");

QLabel* note(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

void selectData(QComboBox* combo, const QString& data)
{
    const int index = combo->findData(data);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

} // namespace

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
    , m_intro(note(this))
    , m_generalGroup(new QGroupBox(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_partnerNameLabel(new QLabel(this))
    , m_partnerName(new QLineEdit(this))
    , m_partnerNameNote(note(this))
    , m_connectionGroup(new QGroupBox(this))
    , m_connectionLabel(new QLabel(this))
    , m_connection(new QComboBox(this))
    , m_connectionMessage(new FieldMessage(this))
    , m_partnerCenterGroup(new QGroupBox(this))
    , m_partnerCenterNote(note(this))
    , m_apiLabel(new QLabel(this))
    , m_api(new QLineEdit(this))
    , m_apiMessage(new FieldMessage(this))
    , m_authorityLabel(new QLabel(this))
    , m_authority(new QLineEdit(this))
    , m_authorityMessage(new FieldMessage(this))
    , m_tenantLabel(new QLabel(this))
    , m_tenant(new QLineEdit(this))
    , m_tenantMessage(new FieldMessage(this))
    , m_clientIdLabel(new QLabel(this))
    , m_clientId(new QLineEdit(this))
    , m_clientIdMessage(new FieldMessage(this))
    , m_roleLabel(new QLabel(this))
    , m_role(new QComboBox(this))
    , m_partnerTypeLabel(new QLabel(this))
    , m_partnerType(new QComboBox(this))
    , m_sandboxGroup(new QGroupBox(this))
    , m_seedLabel(new QLabel(this))
    , m_seed(new QSpinBox(this))
    , m_resetSandbox(new QPushButton(this))
    , m_sandboxNote(note(this))
    , m_evidenceGroup(new QGroupBox(this))
    , m_retentionLabel(new QLabel(this))
    , m_retention(new QSpinBox(this))
    , m_retentionNote(note(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_language->setObjectName(QStringLiteral("languageComboBox"));
    m_partnerName->setObjectName(QStringLiteral("partnerNameEdit"));
    m_connection->setObjectName(QStringLiteral("connectionComboBox"));
    m_connectionMessage->setObjectName(QStringLiteral("connectionMessage"));
    m_partnerCenterGroup->setObjectName(QStringLiteral("partnerCenterGroupBox"));
    m_api->setObjectName(QStringLiteral("partnerCenterUrlEdit"));
    m_apiMessage->setObjectName(QStringLiteral("partnerCenterUrlMessage"));
    m_authority->setObjectName(QStringLiteral("authorityEdit"));
    m_authorityMessage->setObjectName(QStringLiteral("authorityMessage"));
    m_tenant->setObjectName(QStringLiteral("tenantEdit"));
    m_tenantMessage->setObjectName(QStringLiteral("tenantMessage"));
    m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
    m_clientIdMessage->setObjectName(QStringLiteral("clientIdMessage"));
    m_role->setObjectName(QStringLiteral("roleComboBox"));
    m_partnerType->setObjectName(QStringLiteral("partnerTypeComboBox"));
    m_seed->setObjectName(QStringLiteral("sandboxSeedSpinBox"));
    m_resetSandbox->setObjectName(QStringLiteral("resetSandboxButton"));
    m_retention->setObjectName(QStringLiteral("evidenceRetentionSpinBox"));
    m_buttons->setObjectName(QStringLiteral("settingsButtonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    m_buttons->button(QDialogButtonBox::Apply)->setObjectName(QStringLiteral("applyButton"));

    m_partnerName->setMaxLength(256);
    m_api->setInputMethodHints(Qt::ImhUrlCharactersOnly);
    m_authority->setInputMethodHints(Qt::ImhUrlCharactersOnly);
    m_seed->setRange(0, 100000);
    m_seed->setSingleStep(100);
    m_seed->setGroupSeparatorShown(true);
    m_retention->setRange(0, 3650);
    m_resetSandbox->setAutoDefault(false);

    // --- layout
    // Two columns, so the dialog fits a 768-pixel-high screen: what a user sets once on the
    // left, the connection on the right.
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    columns->addLayout(left, 1);
    layout->addLayout(columns, 1);

    auto* general = new QFormLayout(m_generalGroup);
    general->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    general->addRow(m_languageLabel, m_language);
    general->addRow(m_partnerNameLabel, m_partnerName);
    general->addRow(QString(), m_partnerNameNote);
    left->addWidget(m_generalGroup);

    auto* connection = new QVBoxLayout(m_connectionGroup);
    auto* connectionForm = new QFormLayout;
    connectionForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    connectionForm->addRow(m_connectionLabel, FieldMessage::withEditor(m_connection, m_connectionMessage, this));
    connection->addLayout(connectionForm);
    auto* partnerCenter = new QFormLayout(m_partnerCenterGroup);
    partnerCenter->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    partnerCenter->addRow(m_partnerCenterNote);
    partnerCenter->addRow(m_apiLabel, FieldMessage::withEditor(m_api, m_apiMessage, this));
    partnerCenter->addRow(m_authorityLabel, FieldMessage::withEditor(m_authority, m_authorityMessage, this));
    partnerCenter->addRow(m_tenantLabel, FieldMessage::withEditor(m_tenant, m_tenantMessage, this));
    partnerCenter->addRow(m_clientIdLabel, FieldMessage::withEditor(m_clientId, m_clientIdMessage, this));
    partnerCenter->addRow(m_roleLabel, m_role);
    partnerCenter->addRow(m_partnerTypeLabel, m_partnerType);
    connection->addWidget(m_partnerCenterGroup);
    connection->addStretch(1);
    columns->addWidget(m_connectionGroup, 1);

    auto* sandbox = new QFormLayout(m_sandboxGroup);
    sandbox->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* seedRow = new QHBoxLayout;
    seedRow->addWidget(m_seed);
    seedRow->addStretch(1);
    seedRow->addWidget(m_resetSandbox);
    sandbox->addRow(m_seedLabel, seedRow);
    sandbox->addRow(QString(), m_sandboxNote);
    left->addWidget(m_sandboxGroup);

    auto* evidence = new QFormLayout(m_evidenceGroup);
    evidence->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* retentionRow = new QHBoxLayout;
    retentionRow->addWidget(m_retention);
    retentionRow->addStretch(1);
    evidence->addRow(m_retentionLabel, retentionRow);
    evidence->addRow(QString(), m_retentionNote);
    left->addWidget(m_evidenceGroup);
    left->addStretch(1);

    layout->addWidget(m_buttons);

    m_languageLabel->setBuddy(m_language);
    m_partnerNameLabel->setBuddy(m_partnerName);
    m_connectionLabel->setBuddy(m_connection);
    m_apiLabel->setBuddy(m_api);
    m_authorityLabel->setBuddy(m_authority);
    m_tenantLabel->setBuddy(m_tenant);
    m_clientIdLabel->setBuddy(m_clientId);
    m_roleLabel->setBuddy(m_role);
    m_partnerTypeLabel->setBuddy(m_partnerType);
    m_seedLabel->setBuddy(m_seed);
    m_retentionLabel->setBuddy(m_retention);

    setTabOrder(m_language, m_partnerName);
    setTabOrder(m_partnerName, m_connection);
    setTabOrder(m_connection, m_api);
    setTabOrder(m_api, m_authority);
    setTabOrder(m_authority, m_tenant);
    setTabOrder(m_tenant, m_clientId);
    setTabOrder(m_clientId, m_role);
    setTabOrder(m_role, m_partnerType);
    setTabOrder(m_partnerType, m_seed);
    setTabOrder(m_seed, m_resetSandbox);
    setTabOrder(m_resetSandbox, m_retention);

    // --- items (their texts are set in retranslateUi)
    m_language->addItem(QString(), QString());
    for (const QString& code : UiLanguages::available())
        m_language->addItem(InvitationLanguages::nativeName(code), code);
    m_connection->addItem(QString(), sandboxKey);
    m_connection->addItem(QString(), partnerCenterKey);
    for (Role role : {Role::AdminAgent, Role::SalesAgent, Role::HelpdeskAgent, Role::GlobalAdmin, Role::BillingAdmin})
        m_role->addItem(QString(), roleToKey(role));
    for (PartnerType type : {PartnerType::DirectBill, PartnerType::IndirectProvider, PartnerType::IndirectReseller})
        m_partnerType->addItem(QString(), partnerTypeToKey(type));

    // --- behaviour
    const auto edited = [this] {
        if (!m_loading)
            updateDirty();
    };
    for (QComboBox* combo : {m_language, m_connection, m_role, m_partnerType})
        connect(combo, &QComboBox::currentIndexChanged, this, edited);
    for (QLineEdit* edit : {m_partnerName, m_api, m_authority, m_tenant, m_clientId})
        connect(edit, &QLineEdit::textChanged, this, edited);
    for (QSpinBox* spin : {m_seed, m_retention})
        connect(spin, &QSpinBox::valueChanged, this, edited);
    connect(m_connection, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateConnectionNote);

    // While typing, a message only replaces one already shown; leaving the field shows it.
    connect(m_api, &QLineEdit::textEdited, this, [this] { checkUrl(m_api, m_apiMessage, m_apiMessage->hasMessage()); });
    connect(m_api, &QLineEdit::editingFinished, this, [this] { checkUrl(m_api, m_apiMessage, true); });
    connect(m_authority, &QLineEdit::textEdited, this,
        [this] { checkUrl(m_authority, m_authorityMessage, m_authorityMessage->hasMessage()); });
    connect(
        m_authority, &QLineEdit::editingFinished, this, [this] { checkUrl(m_authority, m_authorityMessage, true); });
    connect(m_tenant, &QLineEdit::textEdited, this, [this] { checkTenant(m_tenantMessage->hasMessage()); });
    connect(m_tenant, &QLineEdit::editingFinished, this, [this] { checkTenant(true); });
    connect(m_clientId, &QLineEdit::textEdited, this, [this] { checkClientId(m_clientIdMessage->hasMessage()); });
    connect(m_clientId, &QLineEdit::editingFinished, this, [this] { checkClientId(true); });

    connect(m_resetSandbox, &QPushButton::clicked, this, &SettingsDialog::resetSandbox);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);

    retranslateUi();
    load();

    WindowGeometry::restore(
        this, QSize(std::max(980, sizeHint().width()), sizeHint().height() + 100)); // room for messages
}

void SettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));
    m_intro->setText(tr("Changes take effect when you choose OK or Apply."));

    m_generalGroup->setTitle(tr("General"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("Follow the system"));
    m_language->setAccessibleName(tr("Language of PartnerDesk"));
    m_language->setToolTip(tr("More languages arrive with PartnerDesk's translations."));
    m_partnerNameLabel->setText(tr("Partner &name:"));
    m_partnerName->setAccessibleName(tr("Partner name"));
    m_partnerName->setPlaceholderText(tr("Your company's name, as customers know it"));
    m_partnerNameNote->setText(tr("Signs the invitation emails. When it is empty, PartnerDesk uses the name from "
                                  "your sign-in, if there is one."));

    m_connectionGroup->setTitle(tr("Connection"));
    m_connectionLabel->setText(tr("&Connection:"));
    m_connection->setItemText(0, tr("Sandbox (on this computer, with demo customers)"));
    m_connection->setItemText(1, tr("Partner Center"));
    m_connection->setAccessibleName(tr("Connection"));
    m_partnerCenterGroup->setTitle(tr("Partner Center"));
    m_partnerCenterNote->setText(tr("Used when the connection is Partner Center. The role and partner type below "
                                    "apply only when the sign-in does not name them."));
    m_apiLabel->setText(tr("API a&ddress:"));
    m_api->setAccessibleName(tr("Partner Center API address"));
    m_authorityLabel->setText(tr("Au&thority:"));
    m_authority->setAccessibleName(tr("Sign-in authority address"));
    m_tenantLabel->setText(tr("T&enant:"));
    m_tenant->setAccessibleName(tr("Tenant"));
    m_tenant->setToolTip(tr("“organizations”, or your partner tenant's ID or domain."));
    m_clientIdLabel->setText(tr("Application (client) &ID:"));
    m_clientId->setAccessibleName(tr("Application (client) ID"));
    m_clientId->setPlaceholderText(QStringLiteral("00000000-0000-0000-0000-000000000000"));
    m_roleLabel->setText(tr("&Role:"));
    m_role->setAccessibleName(tr("Role when the sign-in names none"));
    for (int i = 0; i < m_role->count(); ++i) {
        Role role = Role::HelpdeskAgent;
        if (roleFromKey(m_role->itemData(i).toString(), &role))
            m_role->setItemText(i, roleDisplayName(role));
    }
    m_partnerTypeLabel->setText(tr("Partner t&ype:"));
    m_partnerType->setAccessibleName(tr("Partner type when the sign-in names none"));
    for (int i = 0; i < m_partnerType->count(); ++i) {
        PartnerType type = PartnerType::DirectBill;
        if (partnerTypeFromKey(m_partnerType->itemData(i).toString(), &type))
            m_partnerType->setItemText(i, partnerTypeDisplayName(type));
    }

    m_sandboxGroup->setTitle(tr("Sandbox"));
    m_seedLabel->setText(tr("De&mo customers:"));
    m_seed->setAccessibleName(tr("Number of demo customers in a new sandbox"));
    m_resetSandbox->setText(tr("Re&set sandbox data…"));
    m_resetSandbox->setToolTip(tr("Deletes everything in the sandbox and creates the demo customers again."));
    m_sandboxNote->setText(tr("How many demo customers a new sandbox gets. Resetting the sandbox deletes its "
                              "customers, confirmations and orders and creates new ones."));

    m_evidenceGroup->setTitle(tr("Evidence"));
    m_retentionLabel->setText(tr("&Keep contact data for:"));
    m_retention->setAccessibleName(tr("Days to keep contact data in evidence records"));
    m_retention->setSpecialValueText(tr("Always"));
    m_retention->setSuffix(tr(" days"));
    m_retentionNote->setText(
        tr("After this many days, names, email addresses and phone numbers are removed from "
           "evidence records; the confirmations themselves are kept. The lowest setting, Always, keeps them."));

    updateConnectionNote();
    // The messages beside the fields are shown again in the new language.
    if (m_apiMessage->hasMessage())
        checkUrl(m_api, m_apiMessage, true);
    if (m_authorityMessage->hasMessage())
        checkUrl(m_authority, m_authorityMessage, true);
    if (m_tenantMessage->hasMessage())
        checkTenant(true);
    if (m_clientIdMessage->hasMessage())
        checkClientId(true);
}

void SettingsDialog::load()
{
    m_loading = true;
    selectData(m_language, Settings::string(Settings::Key::Language));
    m_partnerName->setText(Settings::string(Settings::Key::PartnerName));
    selectData(m_connection, Settings::string(Settings::Key::Connection));
    m_api->setText(Settings::string(Settings::Key::PartnerCenterUrl));
    m_authority->setText(Settings::string(Settings::Key::Authority));
    m_tenant->setText(Settings::string(Settings::Key::Tenant));
    m_clientId->setText(Settings::string(Settings::Key::ClientId));
    selectData(m_role, Settings::string(Settings::Key::ManualRole));
    selectData(m_partnerType, Settings::string(Settings::Key::ManualPartnerType));
    m_seed->setValue(Settings::integer(Settings::Key::SandboxSeedCustomers));
    m_retention->setValue(Settings::integer(Settings::Key::EvidenceRetentionDays));
    m_loading = false;
    updateConnectionNote();
    updateDirty();
}

QString SettingsDialog::connectionKey() const
{
    return m_connection->currentData().toString();
}

namespace {

// The values as the dialog shows them, by key.
QList<std::pair<Settings::Key, QVariant>> shownValues(const QComboBox* language, const QLineEdit* partnerName,
    const QComboBox* connection, const QLineEdit* api, const QLineEdit* authority, const QLineEdit* tenant,
    const QLineEdit* clientId, const QComboBox* role, const QComboBox* partnerType, const QSpinBox* seed,
    const QSpinBox* retention)
{
    return {
        {Settings::Key::Language, language->currentData().toString()},
        {Settings::Key::PartnerName, partnerName->text().trimmed()},
        {Settings::Key::Connection, connection->currentData().toString()},
        {Settings::Key::PartnerCenterUrl, api->text().trimmed()},
        {Settings::Key::Authority, authority->text().trimmed()},
        {Settings::Key::Tenant, tenant->text().trimmed()},
        {Settings::Key::ClientId, clientId->text().trimmed()},
        {Settings::Key::ManualRole, role->currentData().toString()},
        {Settings::Key::ManualPartnerType, partnerType->currentData().toString()},
        {Settings::Key::SandboxSeedCustomers, seed->value()},
        {Settings::Key::EvidenceRetentionDays, retention->value()},
    };
}

bool differs(Settings::Key key, const QVariant& value)
{
    const QVariant stored = Settings::value(key);
    return value.typeId() == QMetaType::Int ? stored.toInt() != value.toInt() : stored.toString() != value.toString();
}

} // namespace

void SettingsDialog::updateDirty()
{
    bool dirty = false;
    for (const auto& [key, value] : shownValues(m_language, m_partnerName, m_connection, m_api, m_authority, m_tenant,
             m_clientId, m_role, m_partnerType, m_seed, m_retention))
        dirty = dirty || differs(key, value);
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(dirty);
}

void SettingsDialog::updateConnectionNote()
{
    const QString stored = Settings::string(Settings::Key::Connection);
    if (connectionKey() == stored) {
        m_connectionMessage->clearMessage();
        return;
    }
    QString text = tr("Applying this change restarts the connection: PartnerDesk signs out and connects again.");
    if (connectionKey() == partnerCenterKey)
        text += QLatin1Char(' ')
            + tr("Signing in to Partner Center comes with a later version of PartnerDesk; until then use the "
                 "sandbox to try it out.");
    m_connectionMessage->showMessage(text, FieldMessage::Kind::Information);
}

bool SettingsDialog::checkUrl(QLineEdit* edit, FieldMessage* message, bool showProblem)
{
    const QString text = edit->text().trimmed();
    QString reason;
    bool allowed = false;
    if (text.isEmpty())
        reason = tr("Enter an address such as https://api.partnercenter.microsoft.com.");
    else
        allowed = PartnerCenterClient::isAllowedBaseUrl(QUrl(text, QUrl::StrictMode), &reason);
    if (allowed) {
        message->clearMessage();
        return true;
    }
    if (showProblem)
        message->showMessage(reason);
    return false;
}

bool SettingsDialog::checkTenant(bool showProblem)
{
    // "organizations", "common", a tenant ID or a domain: one word of letters, digits, '.', '-'.
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9.-]*$"));
    const QString text = m_tenant->text().trimmed();
    if (shape.match(text).hasMatch()) {
        m_tenantMessage->clearMessage();
        return true;
    }
    if (showProblem)
        m_tenantMessage->showMessage(text.isEmpty()
                ? tr("Enter “organizations”, or your partner tenant's ID or domain.")
                : tr("A tenant is “organizations”, a tenant ID or a domain such as contoso.onmicrosoft.com."));
    return false;
}

bool SettingsDialog::checkClientId(bool showProblem)
{
    const QString text = m_clientId->text().trimmed();
    // May stay empty until Partner Center's sign-in is set up.
    if (text.isEmpty() || !QUuid::fromString(text).isNull()) {
        m_clientIdMessage->clearMessage();
        return true;
    }
    if (showProblem)
        m_clientIdMessage->showMessage(
            tr("An application (client) ID looks like 00000000-0000-0000-0000-000000000000."));
    return false;
}

bool SettingsDialog::validate(bool showProblems)
{
    const bool api = checkUrl(m_api, m_apiMessage, showProblems);
    const bool authority = checkUrl(m_authority, m_authorityMessage, showProblems);
    const bool tenant = checkTenant(showProblems);
    const bool clientId = checkClientId(showProblems);
    if (showProblems) {
        QWidget* first = !api ? static_cast<QWidget*>(m_api)
            : !authority      ? m_authority
            : !tenant         ? m_tenant
            : !clientId       ? m_clientId
                              : nullptr;
        if (first)
            first->setFocus();
    }
    return api && authority && tenant && clientId;
}

bool SettingsDialog::apply()
{
    if (!validate(true))
        return false;

    const QString oldLanguage = Settings::string(Settings::Key::Language);
    const bool retentionChanged = differs(Settings::Key::EvidenceRetentionDays, m_retention->value());
    bool connectionRestart = false;
    const QString newConnection = connectionKey();
    const auto values = shownValues(m_language, m_partnerName, m_connection, m_api, m_authority, m_tenant, m_clientId,
        m_role, m_partnerType, m_seed, m_retention);
    for (const auto& [key, value] : values) {
        if (!differs(key, value))
            continue;
        switch (key) {
        case Settings::Key::Connection:
            connectionRestart = true;
            break;
        case Settings::Key::PartnerCenterUrl:
        case Settings::Key::Authority:
        case Settings::Key::Tenant:
        case Settings::Key::ClientId:
        case Settings::Key::ManualRole:
        case Settings::Key::ManualPartnerType:
            // Only the connection in use needs a restart.
            connectionRestart = connectionRestart || newConnection == partnerCenterKey;
            break;
        default:
            break;
        }
        Settings::setValue(key, value);
    }
    const QString newLanguage = Settings::string(Settings::Key::Language);

    updateConnectionNote();
    updateDirty();
    if (newLanguage != oldLanguage)
        Q_EMIT languageChanged(newLanguage);
    if (connectionRestart)
        Q_EMIT connectionChanged();
    if (retentionChanged)
        Q_EMIT evidenceRetentionChanged();
    return true;
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

void SettingsDialog::done(int result)
{
    WindowGeometry::save(this);
    QDialog::done(result);
}

void SettingsDialog::resetSandbox()
{
    const QMessageBox::StandardButton answer = Dialogs::question(this, tr("Reset the sandbox?"),
        tr("This deletes every customer, confirmation and order in the sandbox and creates %n new demo customer(s). "
           "Partner Center is not affected.",
            nullptr, m_seed->value()),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    // The number of demo customers shown is the one the new sandbox gets.
    if (differs(Settings::Key::SandboxSeedCustomers, m_seed->value())) {
        Settings::setValue(Settings::Key::SandboxSeedCustomers, m_seed->value());
        updateDirty();
    }
    Q_EMIT resetSandboxRequested();
}

} // namespace PartnerDesk
