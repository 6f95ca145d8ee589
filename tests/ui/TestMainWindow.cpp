// The main window opens, shows an empty customer list and a status bar.
#include "TestEnvironment.h"
#include "mainwindow/MainWindow.h"

#include <QLabel>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace PartnerDesk;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::isolateEnvironment(); }
    void opensWithCustomerViewAndStatusBar();
    void statusBarShowsUserAndRole();
};

void TestMainWindow::opensWithCustomerViewAndStatusBar()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* view = window.findChild<QTableView*>(QStringLiteral("customerTableView"));
    QVERIFY(view);
    QVERIFY(view->isVisible());
    QCOMPARE(view->model()->rowCount(), 0);
    QVERIFY(view->model()->columnCount() >= 6);
    auto* connection = window.findChild<QLabel*>(QStringLiteral("connectionLabel"));
    QVERIFY(connection);
    QVERIFY(!connection->text().isEmpty());
}

void TestMainWindow::statusBarShowsUserAndRole()
{
    MainWindow window;
    auto* user = window.findChild<QLabel*>(QStringLiteral("signedInUserLabel"));
    QVERIFY(user);
    const QString before = user->text();
    Session session;
    session.userId = QStringLiteral("id");
    session.displayName = QStringLiteral("Ayşe Yılmaz");
    session.role = Role::SalesAgent;
    window.setSession(session);
    QVERIFY(user->text().contains(QStringLiteral("Ayşe Yılmaz")));
    QVERIFY(user->text().contains(roleDisplayName(Role::SalesAgent)));
    QVERIFY(user->text() != before);

    auto* connection = window.findChild<QLabel*>(QStringLiteral("connectionLabel"));
    const QString sandboxText = connection->text();
    window.setConnection(MainWindow::Connection::PartnerCenter);
    QVERIFY(connection->text() != sandboxText);
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
