#pragma once

#include "model/CustomerListPage.h"
#include "widgets/Navigator.h"

#include <QHash>
#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QTableView;
class QToolBar;

namespace PartnerDesk {

class ApiOperation;
class BulkAttestationWindow;
class CustomerFilterModel;
class CustomerListLoader;
class CustomerListModel;
class CustomerStatusQueue;
class Workspace;
struct ApiError;
struct Session;

// The main window: every customer with its MCA status (searchable, filterable, sortable,
// 100,000 rows without a widget per row), the actions the signed-in role may take, and a
// status bar saying where PartnerDesk is connected and who is signed in.
class MainWindow : public QMainWindow, public Navigator
{
    Q_OBJECT

public:
    explicit MainWindow(Workspace* workspace, QWidget* parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] CustomerListModel* customerModel() const { return m_model; }
    [[nodiscard]] CustomerFilterModel* filterModel() const { return m_filter; }
    [[nodiscard]] bool isLoading() const;

    // Navigator
    void openCustomer(const QString& customerId) override;
    void openNewCustomer() override;
    void openNewOrder(const QString& customerId) override;
    void openInvitation(const InvitationRequest& request) override;
    void openAgreementTemplate(const QString& countryCode) override;
    void openBulkAttestation() override;
    void customerChanged(const QString& customerId) override;
    // The evidence records of a period, as JSON or PDF.
    void openEvidenceExport();

public Q_SLOTS:
    void reloadCustomers();

Q_SIGNALS:
    void signInRequested();
    void signOutRequested();
    void settingsRequested();
    void customersLoaded(int count);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createActions();
    void createWidgets();
    void retranslateUi();
    void updateActions();
    void onSessionChanged(const Session& session);
    void onPageLoaded(const CustomerListPage& page);
    void showHeldPages();
    void onListLoaded();
    void onListFailed(const ApiError& error);
    void requestVisibleStatuses();
    void updateCountLabel();
    [[nodiscard]] QString currentCustomerId() const;
    void showError(const ApiError& error);

    Workspace* m_workspace;
    CustomerListModel* m_model;
    CustomerFilterModel* m_filter;
    CustomerStatusQueue* m_statusQueue;
    CustomerListLoader* m_listLoader;

    QTableView* m_view = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_messageLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_connectionLabel = nullptr;
    QLabel* m_userLabel = nullptr;
    QToolBar* m_toolBar = nullptr;
    QMenu* m_customersMenu = nullptr;
    QMenu* m_reportsMenu = nullptr;
    QMenu* m_accountMenu = nullptr;

    QAction* m_newCustomerAction = nullptr;
    QAction* m_openCustomerAction = nullptr;
    QAction* m_newOrderAction = nullptr;
    QAction* m_inviteAction = nullptr;
    QAction* m_templateAction = nullptr;
    QAction* m_coverageAction = nullptr;
    QAction* m_evidenceExportAction = nullptr;
    QAction* m_bulkAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_signInAction = nullptr;
    QAction* m_signOutAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_quitAction = nullptr;

    QTimer m_searchDebounce;
    QTimer m_visibleDebounce;
    // The rows of pages that arrive while it runs wait for it and are shown together (see
    // onPageLoaded).
    QTimer m_pageBatch;
    bool m_loadingDone = false;
    QHash<QString, QPointer<QWidget>> m_customerPages;
    QPointer<QWidget> m_coverageDashboard;
    QPointer<BulkAttestationWindow> m_bulkWindow; // one, kept while the main window lives
};

} // namespace PartnerDesk
