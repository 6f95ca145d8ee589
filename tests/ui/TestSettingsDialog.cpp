// The settings dialog: values go to Settings and come back, the sandbox reset asks first,
// insecure addresses are refused inline, the role and partner type are stored as keys.
#include "TestEnvironment.h"
#include "model/Session.h"
#include "settings/SettingsDialog.h"
#include "util/Settings.h"
#include "widgets/Dialogs.h"
#include "widgets/FieldMessage.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include <memory>

using namespace PartnerDesk;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::isolateEnvironment(); }
    void init() { resetAll(); }
    void cleanup() { resetAll(); }

    void showsDefaults();
    void valuesPersistAndComeBack();
    void resetSandboxAsksFirst();
    void insecureAddressIsRefused_data();
    void insecureAddressIsRefused();
    void loopbackAddressIsAccepted();
    void roleAndPartnerTypeAreStoredAsKeys();
    void connectionRestartOnlyWhenNeeded();
    void applyOnlyWhenSomethingChanged();
    void retranslatesInPlace();
    void screenshots();

private:
    static void resetAll()
    {
        for (Settings::Key key : {Settings::Key::Language, Settings::Key::Connection, Settings::Key::PartnerCenterUrl,
                 Settings::Key::Authority, Settings::Key::Tenant, Settings::Key::ClientId, Settings::Key::ManualRole,
                 Settings::Key::ManualPartnerType, Settings::Key::SandboxSeedCustomers,
                 Settings::Key::EvidenceRetentionDays, Settings::Key::PartnerName})
            Settings::reset(key);
    }
    static std::unique_ptr<SettingsDialog> dialog()
    {
        auto result = std::make_unique<SettingsDialog>();
        result->show();
        return result;
    }
    template<typename T> static T* child(QObject* parent, const char* name)
    {
        return parent->findChild<T*>(QLatin1String(name));
    }
    static void select(QComboBox* combo, const QString& data)
    {
        const int index = combo->findData(data);
        QVERIFY2(index >= 0, qPrintable(data));
        combo->setCurrentIndex(index);
    }
    static void retype(QLineEdit* edit, const QString& text)
    {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }
};

void TestSettingsDialog::showsDefaults()
{
    auto window = dialog();
    QCOMPARE(child<QComboBox>(window.get(), "languageComboBox")->currentData().toString(), QString());
    QVERIFY(child<QComboBox>(window.get(), "languageComboBox")->findData(QStringLiteral("en")) >= 0);
    QCOMPARE(child<QComboBox>(window.get(), "connectionComboBox")->currentData().toString(), QStringLiteral("sandbox"));
    QCOMPARE(child<QLineEdit>(window.get(), "partnerCenterUrlEdit")->text(),
        Settings::string(Settings::Key::PartnerCenterUrl));
    QCOMPARE(child<QSpinBox>(window.get(), "sandboxSeedSpinBox")->value(),
        Settings::integer(Settings::Key::SandboxSeedCustomers));
    QCOMPARE(child<QSpinBox>(window.get(), "evidenceRetentionSpinBox")->value(), 0);
    QCOMPARE(child<QComboBox>(window.get(), "roleComboBox")->currentData().toString(),
        Settings::string(Settings::Key::ManualRole));
    QVERIFY(!child<QPushButton>(window.get(), "applyButton")->isEnabled());
}

void TestSettingsDialog::valuesPersistAndComeBack()
{
    const QString clientId = QStringLiteral("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");
    {
        auto window = dialog();
        QSignalSpy language(window.get(), &SettingsDialog::languageChanged);
        QSignalSpy connection(window.get(), &SettingsDialog::connectionChanged);
        select(child<QComboBox>(window.get(), "languageComboBox"), QStringLiteral("en"));
        retype(child<QLineEdit>(window.get(), "partnerNameEdit"), QStringLiteral("Northwind Cloud Partners"));
        select(child<QComboBox>(window.get(), "connectionComboBox"), QStringLiteral("partnerCenter"));
        QVERIFY(child<FieldMessage>(window.get(), "connectionMessage")->hasMessage());
        retype(child<QLineEdit>(window.get(), "partnerCenterUrlEdit"), QStringLiteral("https://pc.example.com"));
        retype(child<QLineEdit>(window.get(), "authorityEdit"), QStringLiteral("https://login.example.com"));
        retype(child<QLineEdit>(window.get(), "tenantEdit"), QStringLiteral("northwind.onmicrosoft.com"));
        retype(child<QLineEdit>(window.get(), "clientIdEdit"), clientId);
        child<QSpinBox>(window.get(), "sandboxSeedSpinBox")->setValue(500);
        child<QSpinBox>(window.get(), "evidenceRetentionSpinBox")->setValue(30);
        QTest::mouseClick(child<QPushButton>(window.get(), "okButton"), Qt::LeftButton);
        QCOMPARE(window->result(), int(QDialog::Accepted));
        QVERIFY(!window->isVisible());
        QCOMPARE(language.size(), 1);
        QCOMPARE(language.first().first().toString(), QStringLiteral("en"));
        QCOMPARE(connection.size(), 1);
    }
    QCOMPARE(Settings::string(Settings::Key::Language), QStringLiteral("en"));
    QCOMPARE(Settings::string(Settings::Key::PartnerName), QStringLiteral("Northwind Cloud Partners"));
    QCOMPARE(Settings::string(Settings::Key::Connection), QStringLiteral("partnerCenter"));
    QCOMPARE(Settings::string(Settings::Key::PartnerCenterUrl), QStringLiteral("https://pc.example.com"));
    QCOMPARE(Settings::string(Settings::Key::Authority), QStringLiteral("https://login.example.com"));
    QCOMPARE(Settings::string(Settings::Key::Tenant), QStringLiteral("northwind.onmicrosoft.com"));
    QCOMPARE(Settings::string(Settings::Key::ClientId), clientId);
    QCOMPARE(Settings::integer(Settings::Key::SandboxSeedCustomers), 500);
    QCOMPARE(Settings::integer(Settings::Key::EvidenceRetentionDays), 30);

    auto again = dialog();
    QCOMPARE(child<QComboBox>(again.get(), "languageComboBox")->currentData().toString(), QStringLiteral("en"));
    QCOMPARE(child<QLineEdit>(again.get(), "partnerNameEdit")->text(), QStringLiteral("Northwind Cloud Partners"));
    QCOMPARE(
        child<QComboBox>(again.get(), "connectionComboBox")->currentData().toString(), QStringLiteral("partnerCenter"));
    QVERIFY(!child<FieldMessage>(again.get(), "connectionMessage")->hasMessage());
    QCOMPARE(child<QLineEdit>(again.get(), "partnerCenterUrlEdit")->text(), QStringLiteral("https://pc.example.com"));
    QCOMPARE(child<QLineEdit>(again.get(), "authorityEdit")->text(), QStringLiteral("https://login.example.com"));
    QCOMPARE(child<QLineEdit>(again.get(), "tenantEdit")->text(), QStringLiteral("northwind.onmicrosoft.com"));
    QCOMPARE(child<QLineEdit>(again.get(), "clientIdEdit")->text(), clientId);
    QCOMPARE(child<QSpinBox>(again.get(), "sandboxSeedSpinBox")->value(), 500);
    QCOMPARE(child<QSpinBox>(again.get(), "evidenceRetentionSpinBox")->value(), 30);

    // Cancel keeps what was stored.
    retype(child<QLineEdit>(again.get(), "partnerNameEdit"), QStringLiteral("Someone else"));
    QTest::mouseClick(child<QPushButton>(again.get(), "cancelButton"), Qt::LeftButton);
    QCOMPARE(Settings::string(Settings::Key::PartnerName), QStringLiteral("Northwind Cloud Partners"));
}

void TestSettingsDialog::resetSandboxAsksFirst()
{
    auto window = dialog();
    QSignalSpy reset(window.get(), &SettingsDialog::resetSandboxRequested);
    auto* button = child<QPushButton>(window.get(), "resetSandboxButton");
    Dialogs::resetShownCount();

    Dialogs::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(Dialogs::shownCount(), 1);
    QCOMPARE(reset.size(), 0);

    Dialogs::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(Dialogs::shownCount(), 2);
    QCOMPARE(reset.size(), 1);
    QVERIFY(window->isVisible()); // the dialog stays open
}

void TestSettingsDialog::insecureAddressIsRefused_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QString>("address");
    QTest::newRow("plain http API") << QByteArray("partnerCenterUrl") << QStringLiteral("http://example.com");
    QTest::newRow("plain http authority") << QByteArray("authority") << QStringLiteral("http://login.example.com");
    QTest::newRow("not a URL") << QByteArray("partnerCenterUrl") << QStringLiteral("api partner center");
    QTest::newRow("ftp") << QByteArray("partnerCenterUrl") << QStringLiteral("ftp://example.com");
    QTest::newRow("empty") << QByteArray("authority") << QString();
}

void TestSettingsDialog::insecureAddressIsRefused()
{
    QFETCH(QByteArray, field);
    QFETCH(QString, address);
    const QString before = Settings::string(Settings::Key::PartnerCenterUrl);
    auto window = dialog();
    QSignalSpy connection(window.get(), &SettingsDialog::connectionChanged);
    auto* edit = child<QLineEdit>(window.get(), QByteArray(field + "Edit").constData());
    auto* message = child<FieldMessage>(window.get(), QByteArray(field + "Message").constData());
    QVERIFY(edit && message);
    select(child<QComboBox>(window.get(), "connectionComboBox"), QStringLiteral("partnerCenter"));
    retype(edit, address);
    QVERIFY(!message->hasMessage() || !address.isEmpty()); // shown when leaving the field at the latest

    QTest::mouseClick(child<QPushButton>(window.get(), "okButton"), Qt::LeftButton);
    QVERIFY(window->isVisible()); // OK refused
    QVERIFY(window->result() != int(QDialog::Accepted));
    QVERIFY(message->hasMessage());
    QCOMPARE(message->kind(), FieldMessage::Kind::Error);
    QCOMPARE(connection.size(), 0);
    QCOMPARE(Settings::string(Settings::Key::PartnerCenterUrl), before);
    QCOMPARE(Settings::string(Settings::Key::Connection), QStringLiteral("sandbox"));

    // Apply is refused the same way.
    QVERIFY(!window->apply());
    // Corrected, it is accepted and the message goes away.
    retype(edit, QStringLiteral("https://secure.example.com"));
    QVERIFY(!message->hasMessage());
    QTest::mouseClick(child<QPushButton>(window.get(), "okButton"), Qt::LeftButton);
    QCOMPARE(window->result(), int(QDialog::Accepted));
}

void TestSettingsDialog::loopbackAddressIsAccepted()
{
    auto window = dialog();
    retype(child<QLineEdit>(window.get(), "partnerCenterUrlEdit"), QStringLiteral("http://127.0.0.1:8443"));
    QVERIFY(window->apply());
    QVERIFY(!child<FieldMessage>(window.get(), "partnerCenterUrlMessage")->hasMessage());
    QCOMPARE(Settings::string(Settings::Key::PartnerCenterUrl), QStringLiteral("http://127.0.0.1:8443"));
}

void TestSettingsDialog::roleAndPartnerTypeAreStoredAsKeys()
{
    {
        auto window = dialog();
        auto* role = child<QComboBox>(window.get(), "roleComboBox");
        auto* type = child<QComboBox>(window.get(), "partnerTypeComboBox");
        QCOMPARE(role->count(), 5);
        QCOMPARE(type->count(), 3);
        for (int i = 0; i < role->count(); ++i)
            QVERIFY(!role->itemText(i).isEmpty());
        select(role, roleToKey(Role::SalesAgent));
        select(type, partnerTypeToKey(PartnerType::IndirectReseller));
        QVERIFY(window->apply());
    }
    QCOMPARE(Settings::string(Settings::Key::ManualRole), roleToKey(Role::SalesAgent));
    QCOMPARE(Settings::string(Settings::Key::ManualPartnerType), partnerTypeToKey(PartnerType::IndirectReseller));
    Role role = Role::AdminAgent;
    QVERIFY(roleFromKey(Settings::string(Settings::Key::ManualRole), &role));
    QCOMPARE(role, Role::SalesAgent);

    auto again = dialog();
    QCOMPARE(child<QComboBox>(again.get(), "roleComboBox")->currentData().toString(), roleToKey(Role::SalesAgent));
    QCOMPARE(child<QComboBox>(again.get(), "partnerTypeComboBox")->currentData().toString(),
        partnerTypeToKey(PartnerType::IndirectReseller));
}

void TestSettingsDialog::connectionRestartOnlyWhenNeeded()
{
    auto window = dialog();
    QSignalSpy connection(window.get(), &SettingsDialog::connectionChanged);
    // Partner Center's fields while in the sandbox: nothing to restart.
    retype(child<QLineEdit>(window.get(), "tenantEdit"), QStringLiteral("contoso.onmicrosoft.com"));
    QVERIFY(window->apply());
    QCOMPARE(connection.size(), 0);
    // Another connection: restart.
    select(child<QComboBox>(window.get(), "connectionComboBox"), QStringLiteral("partnerCenter"));
    QVERIFY(window->apply());
    QCOMPARE(connection.size(), 1);
    // Partner Center's fields while connected to it: restart.
    select(child<QComboBox>(window.get(), "roleComboBox"), roleToKey(Role::HelpdeskAgent));
    QVERIFY(window->apply());
    QCOMPARE(connection.size(), 2);
    // Nothing changed: nothing emitted.
    QVERIFY(window->apply());
    QCOMPARE(connection.size(), 2);
}

void TestSettingsDialog::applyOnlyWhenSomethingChanged()
{
    auto window = dialog();
    auto* apply = child<QPushButton>(window.get(), "applyButton");
    auto* name = child<QLineEdit>(window.get(), "partnerNameEdit");
    QVERIFY(!apply->isEnabled());
    QTest::keyClicks(name, QStringLiteral("Fourth Coffee"));
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(!apply->isEnabled());
    QCOMPARE(Settings::string(Settings::Key::PartnerName), QStringLiteral("Fourth Coffee"));
    QVERIFY(window->isVisible());
}

void TestSettingsDialog::retranslatesInPlace()
{
    auto window = dialog();
    select(child<QComboBox>(window.get(), "roleComboBox"), roleToKey(Role::SalesAgent));
    retype(child<QLineEdit>(window.get(), "authorityEdit"), QStringLiteral("http://login.example.com"));
    QVERIFY(!window->apply());
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(window.get(), &change);
    // Choices, typed text and the problem shown all stay.
    QCOMPARE(child<QComboBox>(window.get(), "roleComboBox")->currentData().toString(), roleToKey(Role::SalesAgent));
    QCOMPARE(child<QLineEdit>(window.get(), "authorityEdit")->text(), QStringLiteral("http://login.example.com"));
    QVERIFY(child<FieldMessage>(window.get(), "authorityMessage")->hasMessage());
    QCOMPARE(child<QComboBox>(window.get(), "roleComboBox")->currentText(), roleDisplayName(Role::SalesAgent));
}

void TestSettingsDialog::screenshots()
{
    const QString directory = qEnvironmentVariable("PARTNERDESK_SCREENSHOT_DIR");
    if (directory.isEmpty())
        QSKIP("Set PARTNERDESK_SCREENSHOT_DIR to save screenshots.");
    Settings::setGeometry(QStringLiteral("settingsDialog"), {}); // the default size
    auto window = dialog();
    QTest::qWait(20);
    QVERIFY(window->grab().save(directory + QStringLiteral("/inv-settings.png")));
    select(child<QComboBox>(window.get(), "connectionComboBox"), QStringLiteral("partnerCenter"));
    retype(child<QLineEdit>(window.get(), "partnerCenterUrlEdit"), QStringLiteral("http://example.com"));
    QTest::mouseClick(child<QPushButton>(window.get(), "okButton"), Qt::LeftButton);
    QTest::qWait(20);
    QVERIFY(window->grab().save(directory + QStringLiteral("/inv-settings-refused.png")));
}

QTEST_MAIN(TestSettingsDialog)
#include "TestSettingsDialog.moc"
