#include "MainWindow.h"

#include "account/CustomerPage.h"
#include "api/PartnerCenterClient.h"
#include "bulk/BulkAttestationWindow.h"
#include "customers/CustomerFilterModel.h"
#include "customers/CustomerListModel.h"
#include "customers/CustomerStatusQueue.h"
#include "customers/StatusPresentation.h"
#include "dashboard/CoverageDashboard.h"
#include "evidence/EvidenceExportDialog.h"
#include "flows/CustomerListLoader.h"
#include "flows/Workspace.h"
#include "flows/evidence/EvidenceStore.h"
#include "invite/InvitationComposer.h"
#include "newcustomer/NewCustomerWizard.h"
#include "orders/NewOrderDialog.h"
#include "templates/AgreementTemplateDialog.h"
#include "util/Logging.h"
#include "util/Settings.h"
#include "widgets/CachedTextDelegate.h"
#include "widgets/WindowGeometry.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QScrollBar>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace PartnerDesk {

namespace {
constexpr int pageSize = 500;

// Shows a secondary window once and brings it forward on later requests.
void present(QWidget* window)
{
    window->show();
    window->raise();
    window->activateWindow();
}
} // namespace

MainWindow::MainWindow(Workspace* workspace, QWidget* parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_model(new CustomerListModel(this))
    , m_filter(new CustomerFilterModel(this))
    , m_statusQueue(new CustomerStatusQueue(workspace, this))
    , m_listLoader(new CustomerListLoader(workspace->client(), pageSize, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_filter->setSourceModel(m_model);
    createActions();
    createWidgets();

    m_searchDebounce.setSingleShot(true);
    // No pause in typing is waited for (the filter takes milliseconds, even with 100,000
    // customers); keys that arrive together, as a paste does, still filter once.
    m_searchDebounce.setInterval(0);
    connect(&m_searchDebounce, &QTimer::timeout, this, [this] {
        m_filter->setSearchText(m_search->text());
        updateCountLabel();
        m_visibleDebounce.start();
    });
    m_visibleDebounce.setSingleShot(true);
    m_visibleDebounce.setInterval(200);
    connect(&m_visibleDebounce, &QTimer::timeout, this, &MainWindow::requestVisibleStatuses);

    m_pageBatch.setSingleShot(true);
    m_pageBatch.setInterval(100);
    connect(&m_pageBatch, &QTimer::timeout, this, &MainWindow::showHeldPages);
    connect(m_listLoader, &CustomerListLoader::pageLoaded, this, &MainWindow::onPageLoaded);
    connect(m_listLoader, &CustomerListLoader::finished, this, &MainWindow::onListLoaded);
    connect(m_listLoader, &CustomerListLoader::failed, this, &MainWindow::onListFailed);
    connect(m_statusQueue, &CustomerStatusQueue::detailsLoaded, m_model, &CustomerListModel::setDetails);
    connect(m_statusQueue, &CustomerStatusQueue::statusLoaded, m_model, &CustomerListModel::setStatus);
    connect(m_statusQueue, &CustomerStatusQueue::statusLoaded, this, [this] {
        if (m_filter->statusFilter())
            m_filter->invalidate();
    });
    connect(m_workspace, &Workspace::sessionChanged, this, &MainWindow::onSessionChanged);
    connect(m_workspace, &Workspace::signInRequired, this, [this](const ApiError& reason) {
        m_messageLabel->setText(reason.message());
        m_messageLabel->show();
        Q_EMIT signInRequested();
    });

    WindowGeometry::restore(this, QSize(1180, 720));
    retranslateUi();
    updateActions();
    if (m_workspace->isSignedIn())
        reloadCustomers();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_newCustomerAction = new QAction(this);
    m_newCustomerAction->setObjectName(QStringLiteral("newCustomerAction"));
    m_newCustomerAction->setShortcut(QKeySequence::New);
    connect(m_newCustomerAction, &QAction::triggered, this, &MainWindow::openNewCustomer);

    m_openCustomerAction = new QAction(this);
    m_openCustomerAction->setObjectName(QStringLiteral("openCustomerAction"));
    connect(m_openCustomerAction, &QAction::triggered, this, [this] {
        const QString id = currentCustomerId();
        if (!id.isEmpty())
            openCustomer(id);
    });

    m_newOrderAction = new QAction(this);
    m_newOrderAction->setObjectName(QStringLiteral("newOrderAction"));
    connect(m_newOrderAction, &QAction::triggered, this, [this] {
        const QString id = currentCustomerId();
        if (!id.isEmpty())
            openNewOrder(id);
    });

    m_inviteAction = new QAction(this);
    m_inviteAction->setObjectName(QStringLiteral("requestRelationshipAction"));
    connect(m_inviteAction, &QAction::triggered, this, [this] {
        InvitationRequest request;
        request.kind = InvitationKind::ResellerRelationship;
        request.language = QLocale().name();
        openInvitation(request);
    });

    m_templateAction = new QAction(this);
    m_templateAction->setObjectName(QStringLiteral("agreementTemplateAction"));
    connect(m_templateAction, &QAction::triggered, this, [this] {
        const int row = m_model->rowOf(currentCustomerId());
        openAgreementTemplate(row >= 0 ? m_model->rowAt(row).country : QString());
    });

    m_bulkAction = new QAction(this);
    m_bulkAction->setObjectName(QStringLiteral("bulkAttestationAction"));
    connect(m_bulkAction, &QAction::triggered, this, &MainWindow::openBulkAttestation);

    m_evidenceExportAction = new QAction(this);
    m_evidenceExportAction->setObjectName(QStringLiteral("exportEvidenceAction"));
    connect(m_evidenceExportAction, &QAction::triggered, this, &MainWindow::openEvidenceExport);

    m_coverageAction = new QAction(this);
    m_coverageAction->setObjectName(QStringLiteral("coverageDashboardAction"));
    connect(m_coverageAction, &QAction::triggered, this, [this] {
        // One dashboard, kept when closed: its last scan is still there when it opens again.
        if (!m_coverageDashboard)
            m_coverageDashboard = new CoverageDashboard(m_workspace, this, this);
        present(m_coverageDashboard);
    });

    m_refreshAction = new QAction(this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::reloadCustomers);

    m_signInAction = new QAction(this);
    m_signInAction->setObjectName(QStringLiteral("signInAction"));
    connect(m_signInAction, &QAction::triggered, this, &MainWindow::signInRequested);

    m_signOutAction = new QAction(this);
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::signOutRequested);

    m_settingsAction = new QAction(this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::settingsRequested);

    m_findAction = new QAction(this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(m_findAction);

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    addAction(m_quitAction);

    // Every action in a menu (reachable with Alt and the keyboard); the frequent ones on the toolbar too.
    m_customersMenu = menuBar()->addMenu(QString());
    m_customersMenu->setObjectName(QStringLiteral("customersMenu"));
    m_customersMenu->addAction(m_newCustomerAction);
    m_customersMenu->addAction(m_openCustomerAction);
    m_customersMenu->addAction(m_newOrderAction);
    m_customersMenu->addSeparator();
    m_customersMenu->addAction(m_inviteAction);
    m_customersMenu->addAction(m_templateAction);
    m_customersMenu->addSeparator();
    m_customersMenu->addAction(m_findAction);
    m_customersMenu->addAction(m_refreshAction);

    m_reportsMenu = menuBar()->addMenu(QString());
    m_reportsMenu->setObjectName(QStringLiteral("reportsMenu"));
    m_reportsMenu->addAction(m_bulkAction);
    m_reportsMenu->addAction(m_coverageAction);
    m_reportsMenu->addAction(m_evidenceExportAction);

    m_accountMenu = menuBar()->addMenu(QString());
    m_accountMenu->setObjectName(QStringLiteral("accountMenu"));
    m_accountMenu->addAction(m_signInAction);
    m_accountMenu->addAction(m_signOutAction);
    m_accountMenu->addSeparator();
    m_accountMenu->addAction(m_settingsAction);
    m_accountMenu->addSeparator();
    m_accountMenu->addAction(m_quitAction);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_newCustomerAction);
    m_toolBar->addAction(m_openCustomerAction);
    m_toolBar->addAction(m_newOrderAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_bulkAction);
    m_toolBar->addAction(m_coverageAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_refreshAction);
}

void MainWindow::createWidgets()
{
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);

    auto* filters = new QHBoxLayout;
    m_search = new QLineEdit(central);
    m_search->setObjectName(QStringLiteral("customerSearchEdit"));
    m_search->setClearButtonEnabled(true);
    m_statusFilter = new QComboBox(central);
    m_statusFilter->setObjectName(QStringLiteral("statusFilterComboBox"));
    m_countLabel = new QLabel(central);
    m_countLabel->setObjectName(QStringLiteral("customerCountLabel"));
    filters->addWidget(m_search, 3);
    filters->addWidget(m_statusFilter, 1);
    filters->addWidget(m_countLabel);
    layout->addLayout(filters);

    m_messageLabel = new QLabel(central);
    m_messageLabel->setObjectName(QStringLiteral("mainMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setStyleSheet(QStringLiteral("color: #a4262c;"));
    m_messageLabel->hide();
    layout->addWidget(m_messageLabel);

    m_view = new QTableView(central);
    m_view->setObjectName(QStringLiteral("customerTableView"));
    m_view->setModel(m_filter);
    // Each cell's shaped text is kept: typing in the search repaints the table at every key.
    m_view->setItemDelegate(new CachedTextDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CustomerListModel::CompanyColumn, Qt::AscendingOrder);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    // Uniform rows: the view never asks 100,000 rows for their height.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(CustomerListModel::CompanyColumn, 300);
    m_view->setColumnWidth(CustomerListModel::DomainColumn, 260);
    m_view->setColumnWidth(CustomerListModel::CountryColumn, 140);
    m_view->setColumnWidth(CustomerListModel::StatusColumn, 190);
    m_view->setColumnWidth(CustomerListModel::DateAgreedColumn, 110);
    m_view->installEventFilter(this);
    layout->addWidget(m_view, 1);
    setCentralWidget(central);

    connect(m_view, &QAbstractItemView::doubleClicked, this,
        [this](const QModelIndex& index) { openCustomer(index.data(CustomerListModel::CustomerIdRole).toString()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::updateActions);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] { m_visibleDebounce.start(); });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] { m_visibleDebounce.start(); });
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, [this] { m_visibleDebounce.start(); });
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDebounce.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDebounce.stop();
        m_filter->setSearchText(m_search->text());
        updateCountLabel();
        if (m_filter->rowCount() > 0) {
            m_view->setFocus();
            m_view->selectRow(0);
        }
    });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant value = m_statusFilter->currentData();
        m_filter->setStatusFilter(
            value.isValid() ? std::optional<McaStatus>(static_cast<McaStatus>(value.toInt())) : std::nullopt);
        updateCountLabel();
    });

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("loadingProgressBar"));
    m_progress->setMaximumWidth(200);
    m_progress->setTextVisible(false);
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("signedInUserLabel"));
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            m_openCustomerAction->trigger();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(
        m_workspace->connection() == Workspace::Connection::Sandbox ? tr("PartnerDesk — Sandbox") : tr("PartnerDesk"));
    m_toolBar->setWindowTitle(tr("Actions"));
    m_newCustomerAction->setText(tr("&New customer"));
    m_openCustomerAction->setText(tr("&Open customer"));
    m_newOrderAction->setText(tr("New &order"));
    m_inviteAction->setText(tr("Request a &reseller relationship"));
    m_templateAction->setText(tr("Agreement &template"));
    m_coverageAction->setText(tr("Co&verage dashboard…"));
    m_evidenceExportAction->setText(tr("E&xport evidence…"));
    m_bulkAction->setText(tr("&Bulk attestation…"));
    m_refreshAction->setText(tr("Re&fresh"));
    m_customersMenu->setTitle(tr("&Customers"));
    m_reportsMenu->setTitle(tr("&Reports"));
    m_accountMenu->setTitle(tr("&Account"));
    m_signInAction->setText(m_workspace->isSignedIn() ? tr("Switch &user…") : tr("&Sign in…"));
    m_signOutAction->setText(tr("Sign &out"));
    m_settingsAction->setText(tr("Se&ttings"));
    m_findAction->setText(tr("Find"));
    m_quitAction->setText(tr("&Quit"));

    m_search->setPlaceholderText(tr("Search company or domain (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search customers"));
    m_statusFilter->setAccessibleName(tr("Filter by MCA status"));
    const int filterIndex = std::max(0, m_statusFilter->currentIndex());
    {
        const QSignalBlocker blocker(m_statusFilter);
        m_statusFilter->clear();
        m_statusFilter->addItem(tr("All statuses"));
        for (McaStatus status :
            {McaStatus::NotConfirmed, McaStatus::ConfirmedByPartner, McaStatus::AcceptedDirectly, McaStatus::Unknown})
            m_statusFilter->addItem(
                StatusPresentation::icon(status), StatusPresentation::text(status), static_cast<int>(status));
        m_statusFilter->setCurrentIndex(filterIndex);
    }
    m_view->setAccessibleName(tr("Customers"));
    m_connectionLabel->setText(m_workspace->connection() == Workspace::Connection::Sandbox
            ? tr("Connected to: Sandbox")
            : tr("Connected to: Partner Center"));
    const Session& session = m_workspace->session();
    m_userLabel->setText(session.isSignedIn()
            ? tr("Signed in: %1 (%2, %3)")
                  .arg(session.displayName, roleDisplayName(session.role), partnerTypeDisplayName(session.partnerType))
            : tr("Not signed in"));
    m_userLabel->setToolTip(session.isSignedIn()
            ? tr("%1\nTenant: %2")
                  .arg(session.userPrincipalName, session.tenantId.isEmpty() ? tr("unknown") : session.tenantId)
            : QString());
    m_model->retranslate();
    m_filter->setCollationLocale(QLocale());
    m_listLoader->setCollationLocale(QLocale()); // pages on their way in another one are sorted here
    updateCountLabel();
    updateActions();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // A bulk run asks before it is stopped; staying open keeps the main window too.
    if (m_bulkWindow && m_bulkWindow->isVisible() && !m_bulkWindow->close()) {
        event->ignore();
        return;
    }
    WindowGeometry::save(this);
    for (const QPointer<QWidget>& page : std::as_const(m_customerPages)) {
        if (page)
            page->close();
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::updateActions()
{
    const PermissionPolicy policy = m_workspace->policy();
    const bool hasCustomer = !currentCustomerId().isEmpty();
    const auto apply = [](QAction* action, const PermissionDecision& decision, bool needsSelection, bool hasSelection,
                           const QString& selectFirst) {
        action->setEnabled(decision.isAllowed() && (!needsSelection || hasSelection));
        if (!decision.isAllowed())
            action->setToolTip(decision.explanation());
        else if (needsSelection && !hasSelection)
            action->setToolTip(selectFirst);
        else
            action->setToolTip(action->text().remove(QLatin1Char('&')));
    };
    const QString selectFirst = tr("Select a customer first.");
    apply(m_newCustomerAction, policy.decide(Action::CreateCustomer), false, hasCustomer, selectFirst);
    apply(m_openCustomerAction, policy.decide(Action::ViewCustomers), true, hasCustomer, selectFirst);
    apply(m_newOrderAction, policy.decide(Action::PlaceOrder), true, hasCustomer, selectFirst);
    apply(m_inviteAction, policy.decide(Action::InviteCustomer), false, hasCustomer, selectFirst);
    apply(m_templateAction, policy.decide(Action::ViewCustomers), false, hasCustomer, selectFirst);
    apply(m_coverageAction, policy.decide(Action::ViewCustomers), false, hasCustomer, selectFirst);
    // Anyone who can see customers may check a file; who may not attest prepares it for who may.
    apply(m_bulkAction, policy.decide(Action::ViewCustomers), false, hasCustomer, selectFirst);
    if (m_bulkAction->isEnabled())
        m_bulkAction->setToolTip(policy.allows(Action::BulkAttest)
                ? tr("Confirm many customers at once from a CSV file, checked row by row first")
                : tr("Check a CSV file row by row and save it for the partner who confirms"));
    m_refreshAction->setEnabled(m_workspace->isSignedIn());
    m_signOutAction->setEnabled(m_workspace->isSignedIn());
    // Evidence is kept on this computer: it can be exported signed in or not.
    m_evidenceExportAction->setEnabled(m_workspace->evidence() != nullptr);
    m_evidenceExportAction->setToolTip(m_workspace->evidence()
            ? tr("Save the evidence records of a period as a PDF report or a JSON file")
            : tr("Evidence records are not available: PartnerDesk could not open its evidence file"));
}

void MainWindow::onSessionChanged(const Session&)
{
    retranslateUi();
    reloadCustomers();
}

bool MainWindow::isLoading() const
{
    return !m_loadingDone;
}

void MainWindow::reloadCustomers()
{
    m_listLoader->cancel();
    m_pageBatch.stop();
    m_statusQueue->clear();
    m_model->clear();
    m_messageLabel->hide();
    m_loadingDone = false;
    if (!m_workspace->isSignedIn()) {
        m_loadingDone = true;
        updateCountLabel();
        return;
    }
    m_progress->show();
    // Pages arrive in the background, parsed off this thread; the view stays usable meanwhile.
    m_listLoader->start();
}

void MainWindow::onPageLoaded(const CustomerListPage& page)
{
    // A page is shown at once unless one was shown less than 100 ms ago; then its rows wait in
    // the filter, with those of any pages that arrive meanwhile, and are shown together, so that
    // the table is laid out and painted once for all of them. Each showing repaints the table
    // (about 20 M instructions of text layout), and pages arrive far more often than anyone can
    // read them. The rows wait in the list itself: nothing is held twice.
    const bool showNow = !m_pageBatch.isActive();
    if (!showNow)
        m_filter->holdAppendedRows();
    m_model->appendPage(page);
    if (showNow) {
        updateCountLabel();
        m_pageBatch.start();
    }
}

void MainWindow::showHeldPages()
{
    if (!m_filter->showAppendedRows())
        return; // none came: the next page is shown at once
    updateCountLabel();
    m_pageBatch.start();
}

void MainWindow::onListLoaded()
{
    m_filter->showAppendedRows();
    m_pageBatch.stop();
    m_progress->hide();
    m_loadingDone = true;
    updateCountLabel();
    m_filter->sort(
        m_view->horizontalHeader()->sortIndicatorSection(), m_view->horizontalHeader()->sortIndicatorOrder());
    Q_EMIT customersLoaded(m_model->rowCount());
}

void MainWindow::onListFailed(const ApiError& error)
{
    m_filter->showAppendedRows(); // what was read is shown
    m_pageBatch.stop();
    if (error.kind != ApiError::Kind::Canceled)
        showError(error);
    m_progress->hide();
    m_loadingDone = true;
}

void MainWindow::requestVisibleStatuses()
{
    if (!m_workspace->isSignedIn() || m_filter->rowCount() == 0)
        return;
    const int first = std::max(0, m_view->rowAt(0));
    int last = m_view->rowAt(m_view->viewport()->height() - 1);
    if (last < 0)
        last = std::min(m_filter->rowCount() - 1, first + 40);
    QStringList ids;
    for (int row = first; row <= last; ++row) {
        const QModelIndex source = m_filter->mapToSource(m_filter->index(row, 0));
        const CustomerListModel::Row& values = m_model->rowAt(source.row());
        if (values.status == McaStatus::Unknown || !values.hasDetails)
            ids << values.id;
    }
    m_statusQueue->request(ids);
}

void MainWindow::updateCountLabel()
{
    const int shown = m_filter->rowCount();
    const int total = m_model->rowCount();
    QString text = shown == total ? tr("%n customer(s)", nullptr, total)
                                  : tr("%1 of %n customer(s)", nullptr, total).arg(QLocale().toString(shown));
    if (!m_loadingDone)
        text += QLatin1Char(' ') + tr("(loading…)");
    m_countLabel->setText(text);
}

QString MainWindow::currentCustomerId() const
{
    if (!m_view)
        return {};
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(CustomerListModel::CustomerIdRole).toString() : QString();
}

void MainWindow::showError(const ApiError& error)
{
    m_messageLabel->setText(error.message());
    m_messageLabel->show();
}

void MainWindow::openCustomer(const QString& customerId)
{
    if (customerId.isEmpty())
        return;
    QPointer<QWidget>& page = m_customerPages[customerId];
    if (!page) {
        auto* created = new CustomerPage(m_workspace, this, customerId, this);
        created->setWindowFlag(Qt::Window);
        created->setAttribute(Qt::WA_DeleteOnClose);
        page = created;
    }
    // The page reads the customer itself; the list's row is read again only after a change
    // (customerChanged), so opening a customer costs no second round of requests.
    present(page);
}

void MainWindow::openNewCustomer()
{
    auto* wizard = new NewCustomerWizard(m_workspace, this, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &NewCustomerWizard::customerCreated, this, [this](const Customer& customer) {
        m_model->appendCustomers({customer});
        m_statusQueue->refresh(customer.id);
        updateCountLabel();
    });
    present(wizard);
}

void MainWindow::openNewOrder(const QString& customerId)
{
    auto* dialog = new NewOrderDialog(m_workspace, this, customerId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    present(dialog);
}

void MainWindow::openInvitation(const InvitationRequest& request)
{
    auto* composer = new InvitationComposer(m_workspace, request, this);
    composer->setAttribute(Qt::WA_DeleteOnClose);
    present(composer);
}

void MainWindow::openAgreementTemplate(const QString& countryCode)
{
    auto* dialog = new AgreementTemplateDialog(m_workspace, countryCode, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    present(dialog);
}

void MainWindow::openBulkAttestation()
{
    if (!m_bulkWindow) {
        m_bulkWindow = new BulkAttestationWindow(m_workspace, this);
        connect(m_bulkWindow, &BulkAttestationWindow::customersConfirmed, this, [this](const QStringList& ids) {
            // A few customers are read again; after a large run, the whole list is.
            if (ids.size() > 200) {
                reloadCustomers();
                return;
            }
            for (const QString& id : ids)
                customerChanged(id);
        });
    }
    present(m_bulkWindow);
}

void MainWindow::openEvidenceExport()
{
    auto* dialog = new EvidenceExportDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    present(dialog);
}

void MainWindow::customerChanged(const QString& customerId)
{
    m_statusQueue->refresh(customerId);
    if (QPointer<QWidget> page = m_customerPages.value(customerId)) {
        if (auto* customerPage = qobject_cast<CustomerPage*>(page.data()))
            customerPage->reload();
    }
}

} // namespace PartnerDesk
