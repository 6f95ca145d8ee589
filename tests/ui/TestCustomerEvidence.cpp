// The evidence section of the customer page: a confirmation made on the page shows up with the
// ids the sandbox saw, the customer's records export as JSON and PDF, contact data goes after
// the retention period, and a missing evidence file is said in words.
#include "AccountTestSupport.h"
#include "Await.h"
#include "EvidenceTestSupport.h"
#include "FixedClock.h"
#include "SandboxFixture.h"
#include "TestEnvironment.h"
#include "account/ConfirmAgreementDialog.h"
#include "account/CustomerPage.h"
#include "evidence/CustomerEvidenceWidget.h"
#include "evidence/EvidenceReport.h"
#include "evidence/EvidenceTableModel.h"
#include "flows/AttestationChannel.h"
#include "flows/Workspace.h"
#include "flows/evidence/EvidenceStore.h"
#include "settings/SettingsDialog.h"
#include "util/Clock.h"
#include "util/Settings.h"
#include "widgets/Dialogs.h"
#include "widgets/FieldMessage.h"

#include <QApplication>
#include <QClipboard>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace PartnerDesk;
using namespace PartnerDesk::Test;

namespace {
constexpr int networkTimeout = 20000;
const QString partnerName = QStringLiteral("Anatolia Cloud Partners Ltd");
} // namespace

class TestCustomerEvidence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void confirmationShowsWithServerIds();
    void exportJsonReadsBack();
    void exportPdfNamesCustomerRequestAndPartner();
    void failedConfirmationIsRecordedWithCode();
    void bulkRecordShowsOnOpenPage();
    void retentionRemovesContactAndPageSaysSo();
    void missingStoreIsSaidInWords();
    void screenshots();

private:
    std::unique_ptr<CustomerPage> openPage(Workspace* workspace, const QString& customerId);
    static QTableView* evidenceView(CustomerPage* page);
    static void showEvidenceTab(CustomerPage* page);

    QTemporaryDir m_home;
    QTemporaryDir m_files;
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<Workspace> m_sales;
    CustomerCatalog m_catalog;
    RecordingNavigator m_navigator;
    QString m_confirmedCustomerId; // set by confirmationShowsWithServerIds
};

void TestCustomerEvidence::initTestCase()
{
    QVERIFY(m_home.isValid() && m_files.isValid());
    usePrivateHome(m_home);
    Test::isolateEnvironment();
    Settings::setValue(Settings::Key::PartnerName, partnerName);
    Settings::setValue(Settings::Key::EvidenceRetentionDays, 0);
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->startError()));
    QVERIFY(m_sandbox->signIn(Role::AdminAgent, PartnerType::DirectBill));
    m_sales = m_sandbox->createWorkspace(Role::SalesAgent, PartnerType::DirectBill);
    QVERIFY(m_sales);
    QVERIFY(m_sales->evidence());
    QVERIFY(m_sales->evidence()->path().startsWith(m_home.path()));
    QVERIFY(m_catalog.load(*m_sandbox));
}

void TestCustomerEvidence::cleanup()
{
    Clock::setInstance(nullptr);
    Dialogs::resetShownCount();
}

std::unique_ptr<CustomerPage> TestCustomerEvidence::openPage(Workspace* workspace, const QString& customerId)
{
    return openCustomerPage(workspace, &m_navigator, customerId);
}

QTableView* TestCustomerEvidence::evidenceView(CustomerPage* page)
{
    return page->findChild<QTableView*>(QStringLiteral("evidenceView"));
}

void TestCustomerEvidence::showEvidenceTab(CustomerPage* page)
{
    // As a user would: Alt+E, the tab's mnemonic.
    auto* tabs = page->findChild<QTabWidget*>(QStringLiteral("agreementRecordsTabWidget"));
    QVERIFY(tabs);
    page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(page));
    QTest::keyClick(page, Qt::Key_E, Qt::AltModifier);
    QTRY_COMPARE(tabs->currentWidget()->objectName(), QStringLiteral("customerEvidenceWidget"));
}

void TestCustomerEvidence::confirmationShowsWithServerIds()
{
    const std::optional<KnownCustomer> customer = m_catalog.take(McaStatus::NotConfirmed);
    QVERIFY(customer);
    m_confirmedCustomerId = customer->id;

    auto page = openPage(m_sales.get(), customer->id);
    QVERIFY(page);
    QTableView* view = evidenceView(page.get());
    QVERIFY(view);
    QCOMPARE(view->model()->rowCount(), 0);
    auto* state = page->findChild<FieldMessage*>(QStringLiteral("evidenceStateMessage"));
    QVERIFY(state->hasMessage()); // "no evidence yet"
    QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("exportEvidenceJsonButton"))->isEnabled());

    ConfirmAgreementDialog* dialog = openUpdateForm(page.get());
    QVERIFY(dialog);
    const Contact contact{
        QStringLiteral("Ayse"), QStringLiteral("Yilmaz"), QStringLiteral("ayse.yilmaz@example.com"), QString()};
    fillContact(dialog, contact);
    const QDate acceptance = dialog->findChild<QDateEdit*>(QStringLiteral("acceptanceDateEdit"))->date();
    auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveAndContinueButton"));
    QTRY_VERIFY2(save->isEnabled(), qPrintable(save->toolTip()));
    QSignalSpy confirmed(dialog, &ConfirmAgreementDialog::confirmed);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(confirmed.count(), 1, networkTimeout);

    // The record is on the page at once, newest first, with what the sandbox saw.
    QTRY_COMPARE(view->model()->rowCount(), 1);
    // Columns from their content: no header clipped, the contact not squeezed, nothing
    // scrolls sideways at the page's size.
    showEvidenceTab(page.get());
    QVERIFY(view->isVisible());
    for (int column = 0; column < view->model()->columnCount(); ++column) {
        QVERIFY2(view->columnWidth(column) >= view->horizontalHeader()->sectionSizeHint(column),
            qPrintable(view->model()->headerData(column, Qt::Horizontal).toString()));
    }
    QVERIFY(view->columnWidth(EvidenceTableModel::ContactColumn)
        >= 8 * view->fontMetrics().horizontalAdvance(QLatin1Char('M')));
    QVERIFY(!view->horizontalScrollBar()->isVisible());
    const QJsonObject post = lastSandboxRequest(
        *m_sandbox, QStringLiteral("POST"), QStringLiteral("/v1/customers/%1/agreements").arg(customer->id));
    QVERIFY(!post.isEmpty());
    const QString requestId = post.value(QLatin1String("requestId")).toString();
    const QString correlationId = post.value(QLatin1String("correlationId")).toString();
    QVERIFY(!requestId.isEmpty() && !correlationId.isEmpty());

    const auto cell = [view](int column) { return view->model()->index(0, column).data().toString(); };
    QCOMPARE(cell(EvidenceTableModel::RequestIdColumn), requestId);
    QCOMPARE(cell(EvidenceTableModel::CorrelationIdColumn), correlationId);
    QCOMPARE(
        view->model()->index(0, 0).data(EvidenceTableModel::OutcomeKeyRole).toString(), QStringLiteral("confirmed"));
    QCOMPARE(cell(EvidenceTableModel::OutcomeColumn), EvidenceReport::tr("Confirmed"));
    QVERIFY(cell(EvidenceTableModel::WhoColumn).contains(m_sales->session().userPrincipalName));
    QVERIFY(cell(EvidenceTableModel::WhoColumn).contains(roleDisplayName(Role::SalesAgent)));
    QVERIFY(cell(EvidenceTableModel::ContactColumn).contains(contact.email));
    QCOMPARE(cell(EvidenceTableModel::AcceptanceDateColumn), QLocale().toString(acceptance, QLocale::ShortFormat));
    QVERIFY(view->model()
                ->index(0, EvidenceTableModel::WhenColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .endsWith(QLatin1String("UTC")));
    QVERIFY(!state->hasMessage());

    // The ids are in fields that can be selected and copied, reached from the keyboard.
    showEvidenceTab(page.get());
    auto* requestEdit = page->findChild<QLineEdit*>(QStringLiteral("evidenceRequestIdEdit"));
    auto* correlationEdit = page->findChild<QLineEdit*>(QStringLiteral("evidenceCorrelationIdEdit"));
    QCOMPARE(requestEdit->text(), requestId);
    QCOMPARE(correlationEdit->text(), correlationId);
    QVERIFY(requestEdit->isReadOnly());
    QTest::keyClick(page.get(), Qt::Key_Q, Qt::AltModifier); // "Re&quest id"
    QTRY_VERIFY(requestEdit->hasFocus());
    QTest::keyClick(requestEdit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(requestEdit, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), requestId);
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, EvidenceTableModel::CorrelationIdColumn));
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), correlationId);

    // The tab says how many records there are.
    auto* tabs = page->findChild<QTabWidget*>(QStringLiteral("agreementRecordsTabWidget"));
    QVERIFY(tabs->tabText(1).contains(QLatin1String("(1)")));
    QCOMPARE(Dialogs::shownCount(), 0);
}

void TestCustomerEvidence::exportJsonReadsBack()
{
    QVERIFY(!m_confirmedCustomerId.isEmpty());
    auto page = openPage(m_sales.get(), m_confirmedCustomerId);
    QVERIFY(page);
    auto* button = page->findChild<QPushButton*>(QStringLiteral("exportEvidenceJsonButton"));
    QTRY_VERIFY(button->isEnabled());

    const QString path = m_files.filePath(QStringLiteral("customer-evidence")); // the extension is added
    Dialogs::setNextFileName(path);
    QTest::mouseClick(button, Qt::LeftButton);
    auto* message = page->findChild<FieldMessage*>(QStringLiteral("evidenceExportMessage"));
    QVERIFY(message->hasMessage());
    QCOMPARE(message->kind(), FieldMessage::Kind::Information);

    QFile file(path + QStringLiteral(".json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    bool ok = false;
    const QList<EvidenceRecord> exported = EvidenceStore::fromJson(file.readAll(), &ok);
    QVERIFY(ok);
    const QList<EvidenceRecord> stored = m_sales->evidence()->forCustomer(m_confirmedCustomerId);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(exported.size(), stored.size());
    for (qsizetype i = 0; i < stored.size(); ++i)
        PARTNERDESK_COMPARE_RECORDS(exported.at(i), stored.at(i));
}

void TestCustomerEvidence::exportPdfNamesCustomerRequestAndPartner()
{
    QVERIFY(!m_confirmedCustomerId.isEmpty());
    auto page = openPage(m_sales.get(), m_confirmedCustomerId);
    QVERIFY(page);
    auto* button = page->findChild<QPushButton*>(QStringLiteral("exportEvidencePdfButton"));
    QTRY_VERIFY(button->isEnabled());

    const QString path = m_files.filePath(QStringLiteral("customer-evidence.pdf"));
    Dialogs::setNextFileName(path);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(page->findChild<FieldMessage*>(QStringLiteral("evidenceExportMessage"))->kind(),
        FieldMessage::Kind::Information);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(4) == "%PDF");
    file.close();
    QString skipReason;
    const QString text = pdfTextWithoutSpaces(path, &skipReason);
    if (!skipReason.isEmpty())
        QSKIP(qPrintable(skipReason));
    QVERIFY(!text.isEmpty());
    const EvidenceRecord record = m_sales->evidence()->forCustomer(m_confirmedCustomerId).constFirst();
    QVERIFY2(text.contains(m_confirmedCustomerId), qPrintable(text));
    QVERIFY2(text.contains(record.requestId), qPrintable(text));
    QVERIFY2(text.contains(record.correlationId), qPrintable(text));
    QVERIFY2(text.contains(withoutSpaces(partnerName)), qPrintable(text));
    QVERIFY(text.contains(record.contact.lastName)); // an email may wrap anywhere in its column
}

void TestCustomerEvidence::failedConfirmationIsRecordedWithCode()
{
    // A clock a day ahead lets the form send a date the service refuses (600002).
    const std::optional<KnownCustomer> customer = m_catalog.take(McaStatus::NotConfirmed);
    QVERIFY(customer);
    FixedClock ahead(QDateTime::currentDateTimeUtc().addDays(1), QTimeZone::utc());
    ScopedClock scoped(&ahead);
    auto page = openPage(m_sales.get(), customer->id);
    QVERIFY(page);
    ConfirmAgreementDialog* dialog = openUpdateForm(page.get());
    QVERIFY(dialog);
    fillContact(dialog,
        {QStringLiteral("Mehmet"), QStringLiteral("Demir"), QStringLiteral("mehmet.demir@example.com"), QString()});
    dialog->findChild<QDateEdit*>(QStringLiteral("acceptanceDateEdit"))
        ->setDate(QDateTime::currentDateTimeUtc().date().addDays(1));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveAndContinueButton")), Qt::LeftButton);

    QTableView* view = evidenceView(page.get());
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 1, networkTimeout);
    const EvidenceRecord record = m_sales->evidence()->forCustomer(customer->id).constFirst();
    QCOMPARE(record.outcome, EvidenceRecord::Outcome::Failed);
    QVERIFY(record.httpStatus >= 400);
    QVERIFY(!record.errorCode.isEmpty());
    QVERIFY(!record.requestId.isEmpty());
    const QString outcome = view->model()->index(0, EvidenceTableModel::OutcomeColumn).data().toString();
    QVERIFY2(outcome.contains(record.errorCode), qPrintable(outcome));
    QVERIFY2(outcome.contains(QString::number(record.httpStatus)), qPrintable(outcome));
    // The service's description is with it, in the details under the table.
    auto* details = page->findChild<QLabel*>(QStringLiteral("evidenceOutcomeLabel"));
    QVERIFY(details->text().contains(record.errorDescription.trimmed()));
    dialog->reject();
}

void TestCustomerEvidence::bulkRecordShowsOnOpenPage()
{
    const std::optional<KnownCustomer> customer = m_catalog.take(McaStatus::NotConfirmed);
    QVERIFY(customer);
    auto page = openPage(m_sales.get(), customer->id);
    QVERIFY(page);
    QTableView* view = evidenceView(page.get());
    QCOMPARE(view->model()->rowCount(), 0);

    // A bulk run confirms the customer while its page is open: the page shows it at once.
    Await<AgreementConfirmation> sent;
    m_sales->bulkAttestation()->attest(AttestationRequest{customer->id,
                                           Contact{QStringLiteral("Lena"), QStringLiteral("Vogel"),
                                               QStringLiteral("lena.vogel@example.de"), QString()},
                                           QDateTime::currentDateTimeUtc().date().addDays(-2)},
        nullptr, sent.callback());
    QVERIFY(sent.wait());
    QVERIFY(sent.ok());
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, EvidenceTableModel::ChannelColumn).data().toString(),
        EvidenceReport::channelText(QStringLiteral("bulk")));
    QCOMPARE(view->model()->index(0, EvidenceTableModel::RequestIdColumn).data(Qt::EditRole).toString(),
        sent.value().requestId);
}

void TestCustomerEvidence::retentionRemovesContactAndPageSaysSo()
{
    const std::optional<KnownCustomer> customer = m_catalog.take(McaStatus::ConfirmedByPartner);
    QVERIFY(customer);
    EvidenceStore* store = m_sales->evidence();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    EvidenceRecord old;
    old.recordedAtUtc = now.addDays(-40);
    old.userId = QStringLiteral("oid-1");
    old.userPrincipalName = QStringLiteral("admin@partner.example");
    old.role = Role::AdminAgent;
    old.customerId = customer->id;
    old.contact = Contact{QStringLiteral("Old"), QStringLiteral("Record"), QStringLiteral("old@example.com"), {}};
    old.acceptanceDate = now.date().addDays(-41);
    old.requestId = QStringLiteral("req-old");
    old.outcome = EvidenceRecord::Outcome::Confirmed;
    old.channel = QStringLiteral("desktop");
    EvidenceRecord recent = old;
    recent.recordedAtUtc = now.addDays(-5);
    recent.contact.email = QStringLiteral("recent@example.com");
    recent.requestId = QStringLiteral("req-recent");
    QVERIFY(store->add(old) > 0);
    QVERIFY(store->add(recent) > 0);

    auto page = openPage(m_sales.get(), customer->id);
    QVERIFY(page);
    QTableView* view = evidenceView(page.get());
    QCOMPARE(view->model()->rowCount(), 2);
    const auto contactAt
        = [view](int row) { return view->model()->index(row, EvidenceTableModel::ContactColumn).data().toString(); };
    QVERIFY(contactAt(1).contains(QLatin1String("old@example.com")));

    // Settings: keep contact data for 30 days. Applying it removes it from the older record,
    // and the open page shows that at once.
    SettingsDialog settings;
    connect(&settings, &SettingsDialog::evidenceRetentionChanged, m_sales.get(),
        [this] { m_sales->purgeExpiredEvidenceContacts(); });
    QSignalSpy changed(&settings, &SettingsDialog::evidenceRetentionChanged);
    settings.findChild<QSpinBox*>(QStringLiteral("evidenceRetentionSpinBox"))->setValue(30);
    QVERIFY(settings.apply());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(Settings::integer(Settings::Key::EvidenceRetentionDays), 30);

    QTRY_COMPARE(contactAt(1), EvidenceReport::contactRemovedText());
    QVERIFY(contactAt(0).contains(QLatin1String("recent@example.com")));
    const QList<EvidenceRecord> records = store->forCustomer(customer->id);
    QVERIFY(records.at(1).contactRemoved());
    QVERIFY(records.at(1).contact.email.isEmpty());
    QCOMPARE(records.at(1).requestId, QStringLiteral("req-old")); // everything else is kept
    QVERIFY(!records.at(0).contactRemoved());

    // Applying again without a change removes nothing more and says nothing.
    QVERIFY(settings.apply());
    QCOMPARE(changed.count(), 1);
    Settings::setValue(Settings::Key::EvidenceRetentionDays, 0);
}

void TestCustomerEvidence::missingStoreIsSaidInWords()
{
    // A data folder where the evidence file cannot be created: a directory in its place.
    QTemporaryDir brokenHome;
    QVERIFY(brokenHome.isValid());
    usePrivateHome(brokenHome);
    QVERIFY(QDir().mkpath(EvidenceStore::defaultPath() + QStringLiteral("/not-a-file")));
    std::unique_ptr<Workspace> workspace = m_sandbox->createWorkspace(Role::SalesAgent, PartnerType::DirectBill);
    usePrivateHome(m_home);
    QVERIFY(workspace);
    QVERIFY(!workspace->evidence());

    const std::optional<KnownCustomer> customer = m_catalog.take(McaStatus::ConfirmedByPartner);
    QVERIFY(customer);
    auto page = openPage(workspace.get(), customer->id);
    QVERIFY(page);
    auto* state = page->findChild<FieldMessage*>(QStringLiteral("evidenceStateMessage"));
    QVERIFY(state->hasMessage());
    QCOMPARE(state->kind(), FieldMessage::Kind::Warning);
    QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("exportEvidenceJsonButton"))->isEnabled());
    QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("exportEvidencePdfButton"))->isEnabled());
    QVERIFY(!evidenceView(page.get())->isVisibleTo(page.get()));
}

void TestCustomerEvidence::screenshots()
{
    // PARTNERDESK_SCREENSHOT_DIR=/tmp ./TestCustomerEvidence screenshots
    const QString directory = qEnvironmentVariable("PARTNERDESK_SCREENSHOT_DIR");
    if (directory.isEmpty())
        QSKIP("Set PARTNERDESK_SCREENSHOT_DIR to save screenshots.");
    QVERIFY(!m_confirmedCustomerId.isEmpty());
    auto page = openPage(m_sales.get(), m_confirmedCustomerId);
    QVERIFY(page);
    showEvidenceTab(page.get());
    QTest::qWait(100);
    QVERIFY(page->grab().save(directory + QStringLiteral("/evidence-customer-page.png")));
    Dialogs::setNextFileName(directory + QStringLiteral("/evidence-customer.pdf"));
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("exportEvidencePdfButton")), Qt::LeftButton);
    QVERIFY(QFile::exists(directory + QStringLiteral("/evidence-customer.pdf")));
}

QTEST_MAIN(TestCustomerEvidence)
#include "TestCustomerEvidence.moc"
