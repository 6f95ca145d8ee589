#pragma once

#include "flows/bulk/BulkAttestationRunner.h"
#include "flows/bulk/BulkInput.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QMimeData;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QToolButton;

namespace PartnerDesk {

class BulkRowsFilterModel;
class BulkRowsModel;
class FieldMessage;
class Workspace;

// Bulk attestation: import a CSV file, see every row checked in a preview (the dry run starts
// by itself; each problem is marked at its cell), then confirm the valid rows with a progress
// bar, an estimate of the time left, live counts per outcome, pause, resume and cancel, and
// save the results. The run keeps a journal in PartnerDesk's data folder, named after the
// file's contents, so opening the same file again after a crash or a cancel resumes it without
// sending any row twice.
//
// When the signed-in user may not attest (an indirect reseller, a helpdesk agent), the window
// runs only the dry run and saves the rows that passed as a file for whoever may confirm them
// (the indirect provider), with the other rows and their problems beside it.
class BulkAttestationWindow : public QWidget
{
    Q_OBJECT

public:
    enum class Phase {
        Empty, // no file, or the file could not be used
        Checking, // the dry run
        Checked,
        Running, // the real run (paused included)
        Finished,
    };
    Q_ENUM(Phase)

    explicit BulkAttestationWindow(Workspace* workspace, QWidget* parent = nullptr);
    ~BulkAttestationWindow() override;

    // Reads the file and starts its dry run; false when it cannot be used (the window says why)
    // or a run is going on.
    bool importFile(const QString& path);

    [[nodiscard]] Phase phase() const { return m_phase; }
    [[nodiscard]] bool isBusy() const { return m_phase == Phase::Checking || m_phase == Phase::Running; }
    // Only the dry run and the hand-off file: the user may not attest.
    [[nodiscard]] bool isHandOffMode() const;
    [[nodiscard]] BulkRowsModel* rowsModel() const { return m_model; }
    [[nodiscard]] BulkRowsFilterModel* filterModel() const { return m_filter; }
    [[nodiscard]] const BulkAttestationRunner* runner() const { return m_runner; }
    [[nodiscard]] QString journalPath() const;
    // Where the journals of bulk runs are kept: Paths::dataDirectory() + "/bulk-journals".
    [[nodiscard]] static QString journalDirectory();

Q_SIGNALS:
    void phaseChanged(PartnerDesk::BulkAttestationWindow::Phase phase);
    // A run confirmed rows: the customer list may want to read those customers again.
    void customersConfirmed(const QStringList& customerIds);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    // Start widths from the content, never narrower than the header; the outcome column fits
    // the longest outcome name of the language.
    void fitColumns();
    void updateUi();
    void setPhase(Phase phase);
    void openFile();
    void checkJournal();
    void startDryRun();
    void startRun();
    void startRunner(bool dryRun);
    void togglePause();
    void cancelRun();
    void saveResults();
    void saveHandOff();
    void onProgress(const BulkProgress& progress);
    void onFinished();
    void showProgress(const BulkProgress& progress);
    void showBanner();
    [[nodiscard]] int validRowCount() const;
    [[nodiscard]] int validCustomerCount() const;
    [[nodiscard]] int unfinishedRowCount() const;
    [[nodiscard]] static QString droppedCsv(const QMimeData* mime);

    Workspace* m_workspace;
    BulkRowsModel* m_model;
    BulkRowsFilterModel* m_filter;
    BulkAttestationRunner* m_runner = nullptr;
    BulkInput m_input;
    Phase m_phase = Phase::Empty;
    bool m_lastRunDry = true;
    std::shared_ptr<const BulkFindings> m_findings; // what the last check read, for the run
    int m_journalFinishedRows = 0; // rows an earlier run settled, found when importing
    bool m_geometryRestored = false;

    FieldMessage* m_banner = nullptr;
    QPushButton* m_openButton = nullptr;
    QLabel* m_fileLabel = nullptr;
    FieldMessage* m_fileMessage = nullptr;
    FieldMessage* m_resultMessage = nullptr;
    QLabel* m_filterLabel = nullptr;
    QComboBox* m_filterCombo = nullptr;
    QLabel* m_shownLabel = nullptr;
    QTableView* m_view = nullptr;
    QProgressBar* m_progressBar = nullptr;
    QLabel* m_timeLeftLabel = nullptr;
    QLabel* m_throttleLabel = nullptr;
    QHash<int, QLabel*> m_countLabels; // by BulkOutcome
    QToolButton* m_advancedButton = nullptr;
    QWidget* m_advancedPanel = nullptr;
    QLabel* m_concurrencyLabel = nullptr;
    QSpinBox* m_concurrencySpin = nullptr;
    QLabel* m_rateLabel = nullptr;
    QSpinBox* m_rateSpin = nullptr;
    QPushButton* m_confirmButton = nullptr;
    QPushButton* m_pauseButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_saveResultsButton = nullptr;
    QPushButton* m_handOffButton = nullptr;
    QPushButton* m_closeButton = nullptr;
};

} // namespace PartnerDesk
