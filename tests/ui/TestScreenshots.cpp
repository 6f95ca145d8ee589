// Saves screenshots of the main screens for README.md (docs/screenshots). Skipped unless
// PARTNERDESK_SCREENSHOT_DIR names the folder; PARTNERDESK_SCREENSHOT_LANGUAGE picks the UI
// language. See README.md, "Screenshots".
#include "Await.h"
#include "SandboxFixture.h"
#include "TestEnvironment.h"
#include "account/CustomerPage.h"
#include "bulk/BulkAttestationWindow.h"
#include "customers/CustomerListModel.h"
#include "dashboard/CoverageDashboard.h"
#include "evidence/EvidenceExportDialog.h"
#include "evidence/EvidenceReport.h"
#include "flows/AgreementStatusLoader.h"
#include "flows/AttestationChannel.h"
#include "flows/Workspace.h"
#include "flows/evidence/EvidenceStore.h"
#include "invite/InvitationComposer.h"
#include "mainwindow/MainWindow.h"
#include "newcustomer/NewCustomerWizard.h"
#include "signin/DeviceCodeSignInDialog.h"
#include "templates/AgreementTemplateDialog.h"
#include "widgets/Navigator.h"
#include "widgets/UiLanguage.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QWizard>

#include <memory>

using namespace PartnerDesk;

namespace {

class NullNavigator final : public Navigator
{
public:
    void openCustomer(const QString&) override { }
    void openNewCustomer() override { }
    void openNewOrder(const QString&) override { }
    void openInvitation(const InvitationRequest&) override { }
    void openAgreementTemplate(const QString&) override { }
    void customerChanged(const QString&) override { }
    void openBulkAttestation() override { }
};

} // namespace

class TestScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void mainWindow();
    void customerPage();
    void newCustomerWizard();
    void invitationComposer();
    void agreementTemplate();
    void evidence();
    void coverageDashboard();
    void bulkAttestation();
    void deviceCodeSignIn();

private:
    void save(QWidget* widget, const QString& name);

    QString m_directory;
    QString m_suffix;
    std::unique_ptr<Test::SandboxFixture> m_sandbox;
    std::unique_ptr<Workspace> m_workspace;
    NullNavigator m_navigator;
};

void TestScreenshots::initTestCase()
{
    m_directory = qEnvironmentVariable("PARTNERDESK_SCREENSHOT_DIR");
    if (m_directory.isEmpty())
        QSKIP("Set PARTNERDESK_SCREENSHOT_DIR to save screenshots.");
    const QString language = qEnvironmentVariable("PARTNERDESK_SCREENSHOT_LANGUAGE");
    m_suffix = language.isEmpty() ? QString() : QLatin1Char('-') + language;
    QDir().mkpath(m_directory);
    Test::isolateEnvironment();
    UiLanguage::apply(language.isEmpty() ? QStringLiteral("en") : language);
    Test::SandboxFixture::Options options;
    options.seedCustomers = 400;
    m_sandbox = std::make_unique<Test::SandboxFixture>(options);
    QVERIFY(m_sandbox->isRunning());
    QVERIFY(m_sandbox->signIn(Role::AdminAgent, PartnerType::DirectBill));
    m_workspace = m_sandbox->createWorkspace(Role::AdminAgent, PartnerType::DirectBill);
    QVERIFY(m_workspace);
}

void TestScreenshots::cleanupTestCase()
{
    m_workspace.reset();
    m_sandbox.reset();
}

void TestScreenshots::save(QWidget* widget, const QString& name)
{
    QTest::qWait(150); // let layouts settle
    const QString path = m_directory + QLatin1Char('/') + name + m_suffix + QStringLiteral(".png");
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}

void TestScreenshots::mainWindow()
{
    MainWindow window(m_workspace.get());
    window.resize(1280, 760);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(
        window.customerModel()->statusCounts().value(McaStatus::Unknown) < window.customerModel()->rowCount() - 20,
        30000);
    window.findChild<QTableView*>(QStringLiteral("customerTableView"))->selectRow(1);
    save(&window, QStringLiteral("main-window"));
}

void TestScreenshots::customerPage()
{
    // A customer with a confirmation history.
    QString customerId;
    for (const QString& id : m_sandbox->customerIds(100)) {
        Test::Await<AgreementStatus> status;
        AgreementStatusLoader::load(m_sandbox->client(), id, nullptr, status.callback());
        QVERIFY(status.wait());
        if (status.ok() && status.value().customerAgreementsNewestFirst().size() >= 2) {
            customerId = id;
            break;
        }
    }
    QVERIFY(!customerId.isEmpty());
    CustomerPage page(m_workspace.get(), &m_navigator, customerId);
    page.resize(980, 820);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 20000);
    save(&page, QStringLiteral("customer-page"));
}

void TestScreenshots::newCustomerWizard()
{
    NewCustomerWizard wizard(m_workspace.get(), &m_navigator);
    wizard.resize(900, 820);
    wizard.show();
    wizard.findChild<QLineEdit*>(QStringLiteral("companyNameEdit"))->setText(QStringLiteral("Örnek Yazılım A.Ş."));
    QTest::keyClicks(wizard.findChild<QLineEdit*>(QStringLiteral("domainPrefixEdit")), QStringLiteral("ornekyazilim"));
    save(&wizard, QStringLiteral("new-customer-account-info"));
}

void TestScreenshots::invitationComposer()
{
    InvitationRequest request;
    request.kind = InvitationKind::ResellerRelationship;
    request.customerName = QStringLiteral("Örnek Yazılım A.Ş.");
    request.customerEmail = QStringLiteral("bt@ornek.com.tr");
    request.language = qEnvironmentVariable("PARTNERDESK_SCREENSHOT_LANGUAGE", QStringLiteral("en"));
    InvitationComposer composer(m_workspace.get(), request);
    composer.resize(820, 640);
    composer.show();
    QTRY_VERIFY_WITH_TIMEOUT(composer.findChild<QWidget*>(QStringLiteral("bodyEdit")) != nullptr, 10000);
    QTest::qWait(500);
    save(&composer, QStringLiteral("invitation-composer"));
}

void TestScreenshots::coverageDashboard()
{
    CoverageDashboard dashboard(m_workspace.get(), &m_navigator);
    dashboard.resize(1180, 760);
    dashboard.show();
    dashboard.startScan();
    QTRY_VERIFY_WITH_TIMEOUT(!dashboard.isScanning(), 120000);
    dashboard.findChild<QTableView*>(QStringLiteral("attentionTableView"))->selectRow(0);
    save(&dashboard, QStringLiteral("coverage-dashboard"));
}

void TestScreenshots::agreementTemplate()
{
    AgreementTemplateDialog dialog(m_workspace.get(), QStringLiteral("DE"));
    dialog.show();
    QTest::qWait(800);
    save(&dialog, QStringLiteral("agreement-template"));
}

void TestScreenshots::deviceCodeSignIn()
{
    // Partner Center mode pointed at the sandbox's emulation of Entra ID.
    Workspace workspace(m_sandbox->network(), Workspace::Connection::PartnerCenter, m_sandbox->baseUrl(),
        m_sandbox->baseUrl(), QStringLiteral("organizations"), QStringLiteral("04b07795-8ddb-461a-bbee-02f9e1bf7b46"));
    DeviceCodeSignInDialog dialog(&workspace);
    dialog.show();
    auto* code = dialog.findChild<QLineEdit*>(QStringLiteral("userCodeEdit"));
    QTRY_VERIFY_WITH_TIMEOUT(!code->text().isEmpty(), 20000);
    save(&dialog, QStringLiteral("device-code-sign-in"));
}

void TestScreenshots::bulkAttestation()
{
    // A file after its dry run: valid rows, a wrong email, a future date, a bad phone, a
    // duplicate and an unknown customer, each marked at its cell.
    const QStringList ids = m_sandbox->customerIds(8);
    QVERIFY(ids.size() >= 6);
    const QString date = QDateTime::currentDateTimeUtc().date().addDays(-2).toString(Qt::ISODate);
    const QString future = QDateTime::currentDateTimeUtc().date().addDays(5).toString(Qt::ISODate);
    const QByteArray csv = "customerId,firstName,lastName,email,phoneNumber,dateAgreed\n" + ids.at(0).toUtf8()
        + ",Ayşe,Yılmaz,ayse.yilmaz@ornek.com.tr,," + date.toUtf8() + "\n" + ids.at(1).toUtf8()
        + ",Jonas,Becker,jonas.becker.example.de,," + date.toUtf8() + "\n" + ids.at(2).toUtf8()
        + ",Marie,Dubois,marie.dubois@exemple.fr,," + future.toUtf8() + "\n" + ids.at(3).toUtf8()
        + ",Carlos,García,carlos@ejemplo.es,12," + date.toUtf8() + "\n" + ids.at(0).toUtf8()
        + ",Ayşe,Yılmaz,ayse.yilmaz@ornek.com.tr,," + date.toUtf8()
        + "\n8b0e4a52-6c1f-4d5e-9a3b-2f7c1d0e9a44,Yuki,Tanaka,yuki@example.jp,," + date.toUtf8() + "\n"
        + ids.at(4).toUtf8() + ",Li,Wei,li.wei@example.cn,," + date.toUtf8() + "\n";
    const QString path = m_directory + QStringLiteral("/customers-to-confirm.csv");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(csv);
    file.close();

    BulkAttestationWindow window(m_workspace.get());
    window.resize(1180, 620);
    window.show();
    QVERIFY(window.importFile(path));
    QTRY_COMPARE_WITH_TIMEOUT(window.phase(), BulkAttestationWindow::Phase::Checked, 30000);
    QFile::remove(path);
    window.findChild<QToolButton*>(QStringLiteral("advancedOptionsButton"))->setChecked(true); // the rate cap too
    save(&window, QStringLiteral("bulk-attestation"));
}

void TestScreenshots::evidence()
{
    // A confirmation and a refusal (a date in the future) sent from PartnerDesk leave evidence.
    const QString customerId = m_sandbox->customerIds(30).value(20);
    QVERIFY(!customerId.isEmpty());
    const QDate today = QDateTime::currentDateTimeUtc().date();
    for (const QDate& date : {today.addDays(3), today.addDays(-1)}) {
        Test::Await<AgreementConfirmation> sent;
        m_workspace->attestation()->attest(AttestationRequest{customerId,
                                               Contact{QStringLiteral("Ayşe"), QStringLiteral("Yılmaz"),
                                                   QStringLiteral("ayse.yilmaz@ornek.com.tr"), QString()},
                                               date},
            nullptr, sent.callback());
        QVERIFY(sent.wait());
    }
    CustomerPage page(m_workspace.get(), &m_navigator, customerId);
    page.resize(980, 820);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 20000);
    page.findChild<QTabWidget*>(QStringLiteral("agreementRecordsTabWidget"))->setCurrentIndex(1);
    auto* view = page.findChild<QTableView*>(QStringLiteral("evidenceView"));
    view->setCurrentIndex(view->model()->index(1, 0)); // the refusal (selectRow picks no column right to left)
    save(&page, QStringLiteral("customer-evidence"));

    EvidenceExportDialog dialog(m_workspace.get());
    dialog.show();
    save(&dialog, QStringLiteral("evidence-export"));

    // The PDF itself, to look at (pdftoppm -png -r 60 -f 1 -l 1 evidence-report.pdf page).
    EvidenceReport::Scope scope;
    scope.customerId = customerId;
    QString error;
    QVERIFY2(EvidenceReport::write(EvidenceReport::Format::Pdf,
                 m_directory + QStringLiteral("/evidence-report") + m_suffix + QStringLiteral(".pdf"),
                 m_workspace->evidence()->forCustomer(customerId), scope, EvidenceReport::currentContext(*m_workspace),
                 &error),
        qPrintable(error));
}

QTEST_MAIN(TestScreenshots)
#include "TestScreenshots.moc"
