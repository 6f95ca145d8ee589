#include "MainWindow.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>

namespace PartnerDesk {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_customerView(new QTableView(this))
    , m_connectionLabel(new QLabel(this))
    , m_userLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_customerView->setObjectName(QStringLiteral("customerTableView"));
    m_customerView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_customerView->setSortingEnabled(true);
    m_customerView->horizontalHeader()->setStretchLastSection(true);
    m_customerView->setModel(new QStandardItemModel(0, 6, m_customerView));
    setCentralWidget(m_customerView);

    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_userLabel->setObjectName(QStringLiteral("signedInUserLabel"));
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);

    resize(1100, 700);
    retranslateUi();
}

MainWindow::~MainWindow() = default;

void MainWindow::setConnection(Connection connection)
{
    m_connection = connection;
    retranslateUi();
}

void MainWindow::setSession(const Session& session)
{
    m_session = session;
    retranslateUi();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("PartnerDesk"));
    auto* model = qobject_cast<QStandardItemModel*>(m_customerView->model());
    if (model) {
        model->setHorizontalHeaderLabels({tr("Company"), tr("Domain"), tr("Country/region"), tr("MCA status"),
            tr("Date agreed"), tr("Relationship")});
    }
    m_connectionLabel->setText(
        m_connection == Connection::Sandbox ? tr("Connected to: Sandbox") : tr("Connected to: Partner Center"));
    m_userLabel->setText(m_session.isSignedIn()
            ? tr("%1 (%2)").arg(m_session.displayName, roleDisplayName(m_session.role))
            : tr("Not signed in"));
}

} // namespace PartnerDesk
