// The main window against the in-process sandbox: the list, search, filter, sort, opening a
// customer by keyboard, the status bar, and what each demo user may do.
#include "SandboxFixture.h"
#include "TestEnvironment.h"
#include "account/CustomerPage.h"
#include "customers/CustomerFilterModel.h"
#include "customers/CustomerListModel.h"
#include "flows/Workspace.h"
#include "mainwindow/MainWindow.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace PartnerDesk;
using PartnerDesk::Test::SandboxFixture;

Q_DECLARE_METATYPE(PartnerDesk::Role)
Q_DECLARE_METATYPE(PartnerDesk::PartnerType)

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void listsEveryCustomerWhileStayingResponsive();
    void searchAsYouType();
    void filterByStatus();
    void sortByAnyColumn();
    void enterOpensTheCustomer();
    void statusBarSaysWhereAndWho();
    void roleMatrix_data();
    void roleMatrix();

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    Test::isolateEnvironment();
    SandboxFixture::Options options;
    options.seedCustomers = 1300; // three pages
    m_sandbox = std::make_unique<SandboxFixture>(options);
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->startError()));
    m_workspace = m_sandbox->createWorkspace(Role::SalesAgent, PartnerType::DirectBill);
    QVERIFY(m_workspace);
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanupTestCase()
{
    m_window.reset();
    m_workspace.reset();
    m_sandbox.reset();
}

void TestMainWindow::listsEveryCustomerWhileStayingResponsive()
{
    auto* progress = m_window->findChild<QProgressBar*>(QStringLiteral("loadingProgressBar"));
    QVERIFY(progress);
    // While pages load, the event loop keeps running: the first page is usable before the last.
    QTRY_VERIFY(m_window->customerModel()->rowCount() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLoading(), 30000);
    QVERIFY(!progress->isVisible());
    const int total
        = m_sandbox->sandboxJson(QStringLiteral("/sandbox/stats")).toObject().value(QLatin1String("customers")).toInt();
    QCOMPARE(m_window->customerModel()->rowCount(), total);
    // Every row is shown once the list has loaded (none left waiting to be shown with others).
    auto* view = m_window->findChild<QTableView*>(QStringLiteral("customerTableView"));
    QVERIFY(view);
    QCOMPARE(view->model()->rowCount(), total);
    // Statuses of the visible rows are read in the background.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->customerModel()->statusCounts().value(McaStatus::Unknown) < total, 20000);
}

void TestMainWindow::searchAsYouType()
{
    auto* search = m_window->findChild<QLineEdit*>(QStringLiteral("customerSearchEdit"));
    auto* view = m_window->findChild<QTableView*>(QStringLiteral("customerTableView"));
    QVERIFY(search && view);
    const CustomerListModel::Row target = m_window->customerModel()->rowAt(123);
    search->setFocus();
    QTest::keyClicks(search, target.domain.left(target.domain.indexOf(QLatin1Char('.'))));
    QTRY_VERIFY(view->model()->rowCount() >= 1);
    QTRY_VERIFY(view->model()->rowCount() < m_window->customerModel()->rowCount());
    bool found = false;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        found = found || view->model()->index(row, 0).data(CustomerListModel::CustomerIdRole).toString() == target.id;
    QVERIFY(found);
    search->clear();
    QTRY_COMPARE(view->model()->rowCount(), m_window->customerModel()->rowCount());
}

void TestMainWindow::filterByStatus()
{
    auto* combo = m_window->findChild<QComboBox*>(QStringLiteral("statusFilterComboBox"));
    auto* view = m_window->findChild<QTableView*>(QStringLiteral("customerTableView"));
    QVERIFY(combo);
    const int index = combo->findData(static_cast<int>(McaStatus::ConfirmedByPartner));
    QVERIFY(index > 0);
    combo->setCurrentIndex(index);
    const int expected = m_window->customerModel()->statusCounts().value(McaStatus::ConfirmedByPartner);
    QCOMPARE(view->model()->rowCount(), expected);
    for (int row = 0; row < view->model()->rowCount(); ++row)
        QCOMPARE(view->model()->index(row, 0).data(CustomerListModel::StatusRole).toInt(),
            static_cast<int>(McaStatus::ConfirmedByPartner));
    combo->setCurrentIndex(0);
    QCOMPARE(view->model()->rowCount(), m_window->customerModel()->rowCount());
}

void TestMainWindow::sortByAnyColumn()
{
    auto* view = m_window->findChild<QTableView*>(QStringLiteral("customerTableView"));
    for (int column : {int(CustomerListModel::DomainColumn), int(CustomerListModel::CompanyColumn)}) {
        view->sortByColumn(column, Qt::AscendingOrder);
        QCollator collator{QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale()};
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        collator.setNumericMode(true);
        for (int row = 1; row < std::min(200, view->model()->rowCount()); ++row) {
            const QString previous = view->model()->index(row - 1, column).data().toString();
            const QString current = view->model()->index(row, column).data().toString();
            QVERIFY2(collator.compare(previous, current) <= 0, qPrintable(previous + QStringLiteral(" > ") + current));
        }
    }
    view->sortByColumn(CustomerListModel::DomainColumn, Qt::DescendingOrder);
    QVERIFY(view->model()->index(0, CustomerListModel::DomainColumn).data().toString()
        >= view->model()->index(view->model()->rowCount() - 1, CustomerListModel::DomainColumn).data().toString());
}

void TestMainWindow::enterOpensTheCustomer()
{
    auto* view = m_window->findChild<QTableView*>(QStringLiteral("customerTableView"));
    view->setFocus();
    view->selectRow(2);
    const QString id = view->model()->index(2, 0).data(CustomerListModel::CustomerIdRole).toString();
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_VERIFY(QApplication::topLevelWidgets().size() > 1);
    CustomerPage* page = nullptr;
    QTRY_VERIFY([&page] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* candidate = qobject_cast<CustomerPage*>(widget); candidate && candidate->isVisible())
                page = candidate;
        }
        return page != nullptr;
    }());
    QCOMPARE(page->customerId(), id);
    page->close();
}

void TestMainWindow::statusBarSaysWhereAndWho()
{
    auto* connection = m_window->findChild<QLabel*>(QStringLiteral("connectionLabel"));
    auto* user = m_window->findChild<QLabel*>(QStringLiteral("signedInUserLabel"));
    QVERIFY(connection && user);
    QVERIFY(!connection->text().isEmpty());
    QVERIFY(user->text().contains(m_workspace->session().displayName));
    QVERIFY(user->text().contains(roleDisplayName(Role::SalesAgent)));
}

void TestMainWindow::roleMatrix_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<PartnerType>("partnerType");
    QTest::addColumn<bool>("canCreate");
    QTest::addColumn<bool>("canOrder");
    QTest::addColumn<bool>("canInvite");
    QTest::newRow("admin agent") << Role::AdminAgent << PartnerType::DirectBill << true << true << true;
    QTest::newRow("sales agent") << Role::SalesAgent << PartnerType::DirectBill << true << true << true;
    QTest::newRow("helpdesk agent") << Role::HelpdeskAgent << PartnerType::DirectBill << false << false << false;
    QTest::newRow("indirect reseller's agent")
        << Role::AdminAgent << PartnerType::IndirectReseller << false << false << true;
    QTest::newRow("indirect provider's agent")
        << Role::AdminAgent << PartnerType::IndirectProvider << true << true << true;
}

void TestMainWindow::roleMatrix()
{
    QFETCH(Role, role);
    QFETCH(PartnerType, partnerType);
    QFETCH(bool, canCreate);
    QFETCH(bool, canOrder);
    QFETCH(bool, canInvite);

    std::unique_ptr<Workspace> workspace = m_sandbox->createWorkspace(role, partnerType);
    QVERIFY(workspace);
    MainWindow window(workspace.get());
    window.show();
    QTRY_VERIFY(window.customerModel()->rowCount() > 0);
    auto* view = window.findChild<QTableView*>(QStringLiteral("customerTableView"));
    view->selectRow(0);

    const auto action = [&window](const char* name) { return window.findChild<QAction*>(QLatin1String(name)); };
    QCOMPARE(action("newCustomerAction")->isEnabled(), canCreate);
    QCOMPARE(action("newOrderAction")->isEnabled(), canOrder);
    QCOMPARE(action("requestRelationshipAction")->isEnabled(), canInvite);
    QVERIFY(action("openCustomerAction")->isEnabled());
    // A disabled action says why.
    for (const char* name : {"newCustomerAction", "newOrderAction", "requestRelationshipAction"}) {
        if (!action(name)->isEnabled())
            QVERIFY(!action(name)->toolTip().isEmpty());
    }
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
