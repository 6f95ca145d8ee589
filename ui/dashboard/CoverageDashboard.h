#pragma once

#include "flows/coverage/CoverageReport.h"

#include <QElapsedTimer>
#include <QImage>
#include <QWidget>

#include <array>

class QChart;
class QChartView;
class QLabel;
class QPieSeries;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace PartnerDesk {

class AttentionListModel;
class CountryCoverageModel;
class CoverageScan;
class FieldMessage;
class Navigator;
class Workspace;
struct ApiError;

// The coverage dashboard: how many customers are confirmed by the partner, accepted
// directly, not confirmed or unknown — as a chart and as numbers, by country, and the
// customers that need attention (each opens its customer page). Scans every customer on
// request, and exports the result as CSV (every customer's status) and as a PDF report.
class CoverageDashboard : public QWidget
{
    Q_OBJECT

public:
    CoverageDashboard(Workspace* workspace, Navigator* navigator, QWidget* parent = nullptr);
    ~CoverageDashboard() override;

    [[nodiscard]] const CoverageReport& report() const { return m_report; }
    [[nodiscard]] bool isScanning() const;
    [[nodiscard]] QPieSeries* series() const { return m_series; }
    [[nodiscard]] CountryCoverageModel* countryModel() const { return m_countryModel; }
    [[nodiscard]] AttentionListModel* attentionModel() const { return m_attentionModel; }
    // The chart as an image of this size, for the PDF.
    [[nodiscard]] QImage chartImage(const QSize& size) const;

public Q_SLOTS:
    void startScan();
    void cancelScan();
    void exportCsv();
    void exportPdf();

Q_SIGNALS:
    void scanFinished();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createWidgets();
    void retranslateUi();
    void showReport();
    void updateChart();
    void updateState();
    void onProgress(int done, int known, bool listComplete);
    void onFinished(const CoverageReport& report);
    void onFailed(const ApiError& error);
    void openSelectedCustomer();
    [[nodiscard]] QString suggestedPath(const QString& extension) const;
    [[nodiscard]] QString lastScannedText() const;
    void populateSeries(QPieSeries* series) const;

    Workspace* m_workspace;
    Navigator* m_navigator;
    CoverageScan* m_scan = nullptr;
    CoverageReport m_report;
    QElapsedTimer m_scanTimer;

    QPushButton* m_scanButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_csvButton = nullptr;
    QPushButton* m_pdfButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_progressLabel = nullptr;
    QLabel* m_lastScannedLabel = nullptr;
    FieldMessage* m_message = nullptr;

    QChart* m_chart = nullptr;
    QChartView* m_chartView = nullptr;
    QPieSeries* m_series = nullptr;
    QLabel* m_numbersTitle = nullptr;
    std::array<QLabel*, 4> m_statusNames{};
    std::array<QLabel*, 4> m_statusCounts{};
    QLabel* m_totalName = nullptr;
    QLabel* m_totalCount = nullptr;
    QLabel* m_urgentLabel = nullptr;

    QLabel* m_countryTitle = nullptr;
    QTableView* m_countryView = nullptr;
    CountryCoverageModel* m_countryModel = nullptr;
    QSortFilterProxyModel* m_countrySort = nullptr;
    QLabel* m_attentionTitle = nullptr;
    QTableView* m_attentionView = nullptr;
    AttentionListModel* m_attentionModel = nullptr;
    QPushButton* m_openButton = nullptr;
};

} // namespace PartnerDesk
