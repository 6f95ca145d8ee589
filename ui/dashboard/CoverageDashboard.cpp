#include "CoverageDashboard.h"

#include "AttentionListModel.h"
#include "CountryCoverageModel.h"
#include "CoveragePdf.h"
#include "customers/StatusPresentation.h"
#include "flows/Workspace.h"
#include "flows/coverage/CoverageScan.h"
#include "flows/invite/InvitationDraft.h"
#include "util/Clock.h"
#include "widgets/Dialogs.h"
#include "widgets/FieldMessage.h"
#include "widgets/LocaleText.h"
#include "widgets/Navigator.h"
#include "widgets/WindowGeometry.h"

#include <QChart>
#include <QChartView>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace PartnerDesk {

namespace {
QTableView* makeTable(QWidget* parent, const QString& objectName)
{
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setTabKeyNavigation(false); // Tab leaves the table, arrows move inside it
    return view;
}

// A header whose long titles ("Confirmed by partner") take two lines, so the columns of
// numbers are not widened by them. A title is broken only between words.
class TwoLineHeader : public QHeaderView
{
public:
    explicit TwoLineHeader(QWidget* parent)
        : QHeaderView(Qt::Horizontal, parent)
    {
        setDefaultAlignment(Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
        setTextElideMode(Qt::ElideNone);
        setSectionsClickable(true);
        setHighlightSections(true);
    }

protected:
    QSize sectionSizeFromContents(int logicalIndex) const override
    {
        QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
        if (!model())
            return size;
        const QString text = model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString();
        QFont font = this->font();
        const QVariant fontData = model()->headerData(logicalIndex, orientation(), Qt::FontRole);
        if (fontData.canConvert<QFont>())
            font = qvariant_cast<QFont>(fontData);
        const QFontMetrics metrics(font);
        const int oneLine = metrics.horizontalAdvance(text);
        // The narrowest of the two-line breaks at a space.
        int twoLines = oneLine;
        for (qsizetype at = text.indexOf(QLatin1Char(' ')); at >= 0; at = text.indexOf(QLatin1Char(' '), at + 1)) {
            twoLines = std::min(twoLines,
                std::max(metrics.horizontalAdvance(text.left(at)), metrics.horizontalAdvance(text.mid(at + 1))));
        }
        size.rwidth() -= oneLine - twoLines;
        // Room for the sort arrow only where it is (the header resizes when the sort changes).
        if (isSortIndicatorShown() && logicalIndex != sortIndicatorSection())
            size.rwidth() -= size.height() + style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this);
        size.rheight() += metrics.lineSpacing(); // every section has room for two lines
        return size;
    }
};

// Qt Charts gives a legend beside the plot at most 40 % of the chart's width and cuts longer
// labels. Placed by hand, it takes the width its labels need (up to 60 %), on the side where
// reading ends, and the pie takes the rest.
void placeLegend(QChart* chart)
{
    QLegend* legend = chart->legend();
    const bool rightToLeft = chart->layoutDirection() == Qt::RightToLeft;
    legend->setAlignment(rightToLeft ? Qt::AlignLeft : Qt::AlignRight);
    if (legend->isAttachedToChart())
        legend->detachFromChart();
    const QMargins margins = chart->margins();
    const QRectF inner = chart->rect().adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom());
    if (!inner.isValid())
        return;
    const QSizeF wanted = legend->effectiveSizeHint(Qt::PreferredSize);
    const qreal width = std::min(wanted.width(), inner.width() * 0.6);
    // The markers stand one under another, centred like an attached legend's.
    const qreal height = std::min(
        inner.height(), (wanted.height() + 4) * static_cast<qreal>(std::max<qsizetype>(1, legend->markers().size())));
    const qreal x = rightToLeft ? inner.left() : inner.right() - width;
    legend->setGeometry(QRectF(x, inner.center().y() - height / 2, width, height));
    chart->setPlotArea(rightToLeft ? inner.adjusted(width, 0, 0, 0) : inner.adjusted(0, 0, -width, 0));
}
} // namespace

CoverageDashboard::CoverageDashboard(Workspace* workspace, Navigator* navigator, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_navigator(navigator)
{
    setObjectName(QStringLiteral("coverageDashboard"));
    setWindowFlag(Qt::Window);
    m_countryModel = new CountryCoverageModel(this);
    m_attentionModel = new AttentionListModel(this);
    m_scan = new CoverageScan(workspace->client(), CoverageScan::limitsFor(workspace->connection()), this);
    connect(m_scan, &CoverageScan::progress, this, &CoverageDashboard::onProgress);
    connect(m_scan, &CoverageScan::finished, this, &CoverageDashboard::onFinished);
    connect(m_scan, &CoverageScan::failed, this, &CoverageDashboard::onFailed);
    connect(m_scan, &CoverageScan::canceled, this, [this] {
        m_message->showMessage(m_report.isEmpty()
                ? tr("Scan canceled.")
                : tr("Scan canceled. The numbers shown are from the last complete scan."),
            FieldMessage::Kind::Information);
        updateState();
    });
    connect(m_scan, &CoverageScan::throttled, this, [this](int delayMilliseconds) {
        const int seconds = std::max(1, (delayMilliseconds + 999) / 1000);
        m_message->showMessage(
            tr("Partner Center asked PartnerDesk to slow down; the scan goes on in %Ln second(s).", nullptr, seconds),
            FieldMessage::Kind::Information);
    });
    // Another user may belong to another partner: what was scanned is not theirs.
    connect(m_workspace, &Workspace::sessionChanged, this, [this] {
        m_scan->cancel();
        m_report = CoverageReport();
        m_message->clearMessage();
        showReport();
    });

    createWidgets();
    WindowGeometry::restore(this, QSize(1100, 760));
    retranslateUi();
    showReport();
}

CoverageDashboard::~CoverageDashboard() = default;

bool CoverageDashboard::isScanning() const
{
    return m_scan->isRunning();
}

void CoverageDashboard::createWidgets()
{
    auto* layout = new QVBoxLayout(this);

    auto* bar = new QHBoxLayout;
    m_scanButton = new QPushButton(this);
    m_scanButton->setObjectName(QStringLiteral("scanButton"));
    m_scanButton->setDefault(true);
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelScanButton"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("scanProgressBar"));
    m_progress->setMaximumWidth(220);
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("scanProgressLabel"));
    m_lastScannedLabel = new QLabel(this);
    m_lastScannedLabel->setObjectName(QStringLiteral("lastScannedLabel"));
    m_csvButton = new QPushButton(this);
    m_csvButton->setObjectName(QStringLiteral("exportCsvButton"));
    m_pdfButton = new QPushButton(this);
    m_pdfButton->setObjectName(QStringLiteral("exportPdfButton"));
    bar->addWidget(m_scanButton);
    bar->addWidget(m_cancelButton);
    bar->addWidget(m_progress);
    bar->addWidget(m_progressLabel);
    bar->addWidget(m_lastScannedLabel);
    bar->addStretch(1);
    bar->addWidget(m_csvButton);
    bar->addWidget(m_pdfButton);
    layout->addLayout(bar);

    m_message = new FieldMessage(this);
    m_message->setObjectName(QStringLiteral("dashboardMessageLabel"));
    layout->addWidget(m_message);

    // The chart beside the numbers.
    auto* top = new QHBoxLayout;
    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundRoundness(0);
    m_series = new QPieSeries(m_chart);
    m_series->setObjectName(QStringLiteral("statusSeries"));
    m_chart->addSeries(m_series);
    m_chartView = new QChartView(m_chart, this);
    m_chartView->setObjectName(QStringLiteral("statusChartView"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(420, 300);
    m_chartView->setFocusPolicy(Qt::NoFocus);
    connect(m_chart, &QGraphicsWidget::geometryChanged, this, [this] { placeLegend(m_chart); });
    top->addWidget(m_chartView, 3);

    auto* numbers = new QGridLayout;
    m_numbersTitle = new QLabel(this);
    QFont titleFont = m_numbersTitle->font();
    titleFont.setBold(true);
    m_numbersTitle->setFont(titleFont);
    numbers->addWidget(m_numbersTitle, 0, 0, 1, 3);
    for (std::size_t i = 0; i < StatusCounts::statuses.size(); ++i) {
        const McaStatus status = StatusCounts::statuses.at(i);
        auto* icon = new QLabel(this);
        icon->setPixmap(StatusPresentation::icon(status).pixmap(16, 16));
        m_statusNames[i] = new QLabel(this);
        m_statusCounts[i] = new QLabel(this);
        m_statusCounts[i]->setObjectName(mcaStatusToKey(status) + QStringLiteral("CountLabel"));
        m_statusCounts[i]->setAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
        m_statusCounts[i]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        const int row = static_cast<int>(i) + 1;
        numbers->addWidget(icon, row, 0);
        numbers->addWidget(m_statusNames[i], row, 1);
        numbers->addWidget(m_statusCounts[i], row, 2);
    }
    m_totalName = new QLabel(this);
    m_totalCount = new QLabel(this);
    m_totalCount->setObjectName(QStringLiteral("totalCountLabel"));
    m_totalCount->setAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    m_totalName->setFont(titleFont);
    m_totalCount->setFont(titleFont);
    numbers->addWidget(m_totalName, 5, 1);
    numbers->addWidget(m_totalCount, 5, 2);
    m_urgentLabel = new QLabel(this);
    m_urgentLabel->setObjectName(QStringLiteral("urgentLabel"));
    m_urgentLabel->setWordWrap(true);
    numbers->addWidget(m_urgentLabel, 6, 0, 1, 3);
    numbers->setRowStretch(7, 1);
    numbers->setColumnStretch(1, 1);
    top->addLayout(numbers, 2);
    layout->addLayout(top, 2);

    // By country beside the customers that need attention.
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    auto* countryPane = new QWidget(splitter);
    auto* countryLayout = new QVBoxLayout(countryPane);
    countryLayout->setContentsMargins(0, 0, 0, 0);
    m_countryTitle = new QLabel(countryPane);
    m_countryTitle->setFont(titleFont);
    m_countryView = makeTable(countryPane, QStringLiteral("countryTableView"));
    m_countrySort = new QSortFilterProxyModel(this);
    m_countrySort->setSourceModel(m_countryModel);
    m_countrySort->setSortRole(CountryCoverageModel::SortRole);
    m_countrySort->setSortLocaleAware(true);
    m_countryView->setHorizontalHeader(new TwoLineHeader(m_countryView));
    m_countryView->setModel(m_countrySort);
    m_countryView->setSortingEnabled(true);
    m_countryView->sortByColumn(CountryCoverageModel::TotalColumn, Qt::DescendingOrder);
    // The numbers as wide as they and their (two-line) titles need; the country name takes the rest.
    m_countryView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_countryView->horizontalHeader()->setStretchLastSection(false);
    m_countryView->horizontalHeader()->setSectionResizeMode(CountryCoverageModel::CountryColumn, QHeaderView::Stretch);
    m_countryTitle->setBuddy(m_countryView);
    countryLayout->addWidget(m_countryTitle);
    countryLayout->addWidget(m_countryView);

    auto* attentionPane = new QWidget(splitter);
    auto* attentionLayout = new QVBoxLayout(attentionPane);
    attentionLayout->setContentsMargins(0, 0, 0, 0);
    auto* attentionHeader = new QHBoxLayout;
    m_attentionTitle = new QLabel(attentionPane);
    m_attentionTitle->setFont(titleFont);
    m_openButton = new QPushButton(attentionPane);
    m_openButton->setObjectName(QStringLiteral("openCustomerButton"));
    attentionHeader->addWidget(m_attentionTitle, 1);
    attentionHeader->addWidget(m_openButton);
    m_attentionView = makeTable(attentionPane, QStringLiteral("attentionTableView"));
    m_attentionView->setModel(m_attentionModel);
    m_attentionView->setColumnWidth(AttentionListModel::CompanyColumn, 220);
    m_attentionView->setColumnWidth(AttentionListModel::DomainColumn, 220);
    m_attentionView->setColumnWidth(AttentionListModel::CountryColumn, 120);
    m_attentionView->setColumnWidth(AttentionListModel::StatusColumn, 150);
    m_attentionView->installEventFilter(this);
    m_attentionTitle->setBuddy(m_attentionView);
    attentionLayout->addLayout(attentionHeader);
    attentionLayout->addWidget(m_attentionView);
    splitter->addWidget(countryPane);
    splitter->addWidget(attentionPane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 3);

    connect(m_scanButton, &QPushButton::clicked, this, &CoverageDashboard::startScan);
    connect(m_cancelButton, &QPushButton::clicked, this, &CoverageDashboard::cancelScan);
    connect(m_csvButton, &QPushButton::clicked, this, &CoverageDashboard::exportCsv);
    connect(m_pdfButton, &QPushButton::clicked, this, &CoverageDashboard::exportPdf);
    connect(m_openButton, &QPushButton::clicked, this, &CoverageDashboard::openSelectedCustomer);
    connect(m_attentionView, &QAbstractItemView::doubleClicked, this, &CoverageDashboard::openSelectedCustomer);
    connect(m_attentionView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &CoverageDashboard::updateState);

    setTabOrder(m_scanButton, m_cancelButton);
    setTabOrder(m_cancelButton, m_csvButton);
    setTabOrder(m_csvButton, m_pdfButton);
    setTabOrder(m_pdfButton, m_countryView);
    setTabOrder(m_countryView, m_attentionView);
    setTabOrder(m_attentionView, m_openButton);
}

void CoverageDashboard::retranslateUi()
{
    setWindowTitle(tr("Coverage dashboard — Microsoft Customer Agreement"));
    m_scanButton->setText(m_report.isEmpty() ? tr("&Scan all customers") : tr("&Refresh"));
    m_scanButton->setToolTip(tr("Reads the agreement status of every customer."));
    m_cancelButton->setText(tr("&Cancel"));
    m_csvButton->setText(tr("Export C&SV…"));
    m_csvButton->setToolTip(tr("Every customer's status as a spreadsheet file."));
    m_pdfButton->setText(tr("Export &PDF…"));
    m_pdfButton->setToolTip(tr("A dated report with the chart and the tables, for your records."));
    m_progress->setAccessibleName(tr("Scan progress"));
    m_chartView->setAccessibleName(tr("Customers by agreement status"));
    m_numbersTitle->setText(tr("Customers by agreement status"));
    for (std::size_t i = 0; i < StatusCounts::statuses.size(); ++i) {
        m_statusNames[i]->setText(StatusPresentation::text(StatusCounts::statuses.at(i)));
        m_statusNames[i]->setToolTip(StatusPresentation::explanation(StatusCounts::statuses.at(i)));
    }
    m_totalName->setText(tr("All customers"));
    m_countryTitle->setText(tr("By &country"));
    m_countryView->setAccessibleName(tr("Coverage by country"));
    m_attentionTitle->setText(tr("&Needs attention (%1)").arg(QLocale().toString(m_attentionModel->rowCount())));
    m_attentionView->setAccessibleName(tr("Customers that need attention"));
    m_openButton->setText(tr("&Open customer"));
    m_countryModel->retranslate();
    m_attentionModel->retranslate();
    m_countrySort->invalidate();
    m_lastScannedLabel->setText(lastScannedText());
    showReport();
}

void CoverageDashboard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::LayoutDirectionChange)
        updateChart();
    QWidget::changeEvent(event);
}

void CoverageDashboard::closeEvent(QCloseEvent* event)
{
    WindowGeometry::save(this);
    QWidget::closeEvent(event);
}

void CoverageDashboard::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        // Escape stops a scan first; a second Escape closes the window.
        if (isScanning())
            cancelScan();
        else
            close();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool CoverageDashboard::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_attentionView && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            openSelectedCustomer();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CoverageDashboard::startScan()
{
    if (isScanning() || !m_workspace->isSignedIn())
        return;
    m_message->clearMessage();
    m_scanTimer.start();
    m_scan->start();
    updateState();
}

void CoverageDashboard::cancelScan()
{
    m_scan->cancel();
}

void CoverageDashboard::onProgress(int done, int known, bool listComplete)
{
    m_progress->setRange(0, std::max(1, known));
    m_progress->setValue(done);
    QString text = listComplete
        ? tr("%1 of %Ln customer(s) read", nullptr, known).arg(QLocale().toString(done))
        : tr("%1 of %Ln customer(s) read (listing…)", nullptr, known).arg(QLocale().toString(done));
    const qint64 elapsed = m_scanTimer.isValid() ? m_scanTimer.elapsed() : 0;
    if (listComplete && done >= 10 && done < known && elapsed > 2000) {
        const qint64 secondsLeft = elapsed * (known - done) / done / 1000;
        text = LocaleText::joinSentences({text,
            secondsLeft < 60 ? tr("— less than a minute left")
                             : tr("— about %Ln minute(s) left", nullptr, static_cast<int>((secondsLeft + 59) / 60))});
    }
    m_progressLabel->setText(text);
}

void CoverageDashboard::onFinished(const CoverageReport& report)
{
    m_report = report;
    if (report.failedCount() > 0 && report.lastError()) {
        m_message->showMessage(tr("%Ln customer(s) could not be read completely; a customer whose status could not be "
                                  "read is counted as unknown. Last error: %1",
                                   nullptr, report.failedCount())
                                   .arg(report.lastError()->message()),
            FieldMessage::Kind::Warning);
    }
    m_scanButton->setText(tr("&Refresh"));
    showReport();
    Q_EMIT scanFinished();
}

void CoverageDashboard::onFailed(const ApiError& error)
{
    m_message->showMessage(tr("The customer list could not be read: %1").arg(error.message()));
    updateState();
}

void CoverageDashboard::showReport()
{
    const StatusCounts& totals = m_report.totals();
    for (std::size_t i = 0; i < StatusCounts::statuses.size(); ++i) {
        m_statusCounts[i]->setText(
            m_report.isEmpty() ? QStringLiteral("—") : CoveragePdf::countText(totals, StatusCounts::statuses.at(i)));
    }
    m_totalCount->setText(m_report.isEmpty() ? QStringLiteral("—") : QLocale().toString(totals.total()));
    m_urgentLabel->setText(m_report.isEmpty()
            ? tr("Scan to see how many of your customers have accepted the Microsoft Customer Agreement.")
            : tr("%Ln customer(s) not confirmed already have purchases: they cannot accept in the Microsoft 365 admin "
                 "center, so your organization must confirm their acceptance.",
                nullptr, totals.notConfirmedWithPurchases()));
    m_countryModel->setCounts(m_report.byCountry());
    m_attentionModel->setRows(m_report.needsAttention());
    m_attentionTitle->setText(tr("&Needs attention (%1)").arg(QLocale().toString(m_attentionModel->rowCount())));
    m_lastScannedLabel->setText(lastScannedText());
    updateChart();
    updateState();
}

void CoverageDashboard::populateSeries(QPieSeries* series) const
{
    series->clear();
    const StatusCounts& totals = m_report.totals();
    for (McaStatus status : StatusCounts::statuses) {
        auto* slice
            = new QPieSlice(tr("%1: %2").arg(StatusPresentation::text(status), CoveragePdf::countText(totals, status)),
                totals.count(status), series);
        slice->setColor(StatusPresentation::color(status));
        slice->setBorderColor(Qt::white);
        slice->setLabelVisible(false); // the legend names them; labels of thin slices would collide
        series->append(slice);
    }
}

void CoverageDashboard::updateChart()
{
    populateSeries(m_series);
    m_chart->setLocalizeNumbers(true);
    m_chart->setLocale(QLocale());
    m_chartView->setLayoutDirection(layoutDirection());
    // Beside the pie, on the side where reading ends: the long labels fit in a column.
    m_chart->setLayoutDirection(layoutDirection());
    placeLegend(m_chart);
}

QImage CoverageDashboard::chartImage(const QSize& size) const
{
    // Drawn apart from the window so the image does not depend on the window's size or theme;
    // laid out at half the size and drawn at twice the scale, so text stays readable and sharp.
    const QSizeF layoutSize = QSizeF(size) / 2;
    QGraphicsScene scene;
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(layoutDirection() == Qt::RightToLeft ? Qt::AlignLeft : Qt::AlignRight);
    chart->setLayoutDirection(layoutDirection());
    QFont legendFont = chart->legend()->font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 1.3);
    chart->legend()->setFont(legendFont);
    auto* series = new QPieSeries(chart);
    populateSeries(series);
    chart->addSeries(series);
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), layoutSize));
    placeLegend(chart);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), QRectF(QPointF(0, 0), layoutSize));
    return image;
}

void CoverageDashboard::updateState()
{
    const bool scanning = isScanning();
    const bool hasReport = !m_report.isEmpty();
    m_scanButton->setEnabled(!scanning && m_workspace->isSignedIn());
    m_cancelButton->setVisible(scanning);
    m_progress->setVisible(scanning);
    m_progressLabel->setVisible(scanning);
    m_lastScannedLabel->setVisible(!scanning && hasReport);
    m_csvButton->setEnabled(!scanning && hasReport);
    m_pdfButton->setEnabled(!scanning && hasReport);
    m_openButton->setEnabled(m_attentionView->currentIndex().isValid());
    if (scanning && m_progress->maximum() == 100 && m_progress->value() <= 0) {
        m_progress->setRange(0, 0); // busy until the first page says how many there are
        m_progressLabel->setText(tr("Listing customers…"));
    }
}

QString CoverageDashboard::lastScannedText() const
{
    if (m_report.isEmpty())
        return {};
    return tr("Last scanned: %1").arg(CoveragePdf::dateTimeText(m_report.scannedAtUtc()));
}

void CoverageDashboard::openSelectedCustomer()
{
    const QModelIndex index = m_attentionView->currentIndex();
    if (!index.isValid())
        return;
    const QString id = index.data(AttentionListModel::CustomerIdRole).toString();
    if (!id.isEmpty() && m_navigator)
        m_navigator->openCustomer(id);
}

QString CoverageDashboard::suggestedPath(const QString& extension) const
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // A stable file name (not translated): it is typed into scripts and sorted by date.
    const QString name
        = QStringLiteral("mca-coverage-%1.%2")
              .arg(m_report.scannedAtUtc().toTimeZone(Clock::instance().timeZone()).date().toString(Qt::ISODate),
                  extension);
    return QDir(folder).filePath(name);
}

void CoverageDashboard::exportCsv()
{
    if (m_report.isEmpty())
        return;
    const QString path = Dialogs::saveFileName(
        this, tr("Export the status of every customer"), suggestedPath(QStringLiteral("csv")), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!StatusExport::writeCsv(path, m_report.statusRows(), &error)) {
        m_message->showMessage(tr("The file could not be saved: %1").arg(error));
        return;
    }
    m_message->showMessage(tr("Saved the status of %Ln customer(s) to %1.", nullptr, m_report.totals().total())
                               .arg(QDir::toNativeSeparators(path)),
        FieldMessage::Kind::Information);
}

void CoverageDashboard::exportPdf()
{
    if (m_report.isEmpty())
        return;
    const QString path = Dialogs::saveFileName(
        this, tr("Export the coverage report"), suggestedPath(QStringLiteral("pdf")), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    CoveragePdf::Content content;
    content.report = m_report;
    content.partnerName = InvitationDraft::partnerNameFor(m_workspace->session());
    content.generatedAtUtc = Clock::instance().nowUtc();
    content.chart = chartImage(QSize(1600, 800));
    QString error;
    if (!CoveragePdf::write(path, content, &error)) {
        m_message->showMessage(tr("The report could not be saved: %1").arg(error));
        return;
    }
    m_message->showMessage(
        tr("Saved the report to %1.").arg(QDir::toNativeSeparators(path)), FieldMessage::Kind::Information);
}

} // namespace PartnerDesk
