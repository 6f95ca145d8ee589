#include "BulkAttestationWindow.h"

#include "BulkRowsModel.h"
#include "flows/Workspace.h"
#include "flows/bulk/BulkHandOffFile.h"
#include "flows/bulk/BulkJournal.h"
#include "flows/bulk/BulkResultFile.h"
#include "util/Paths.h"
#include "widgets/Dialogs.h"
#include "widgets/FieldMessage.h"
#include "widgets/LocaleText.h"
#include "widgets/WindowGeometry.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QShortcut>
#include <QSpinBox>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace PartnerDesk {

namespace {

// The outcomes counted under the table, in this order.
const QList<BulkOutcome> countedOutcomes{BulkOutcome::Valid, BulkOutcome::Confirmed, BulkOutcome::AlreadyConfirmed,
    BulkOutcome::Invalid, BulkOutcome::Failed, BulkOutcome::Skipped};

// Filter entries that are not one outcome.
constexpr int filterAll = -1;
constexpr int filterProblems = -2;

// The most a user may ask for in the window; Partner Center documents 500 a minute per tenant.
constexpr int maximumRequestsPerMinute = 1000;

QString timeLeftText(qint64 milliseconds)
{
    const qint64 seconds = (milliseconds + 999) / 1000;
    const QLocale locale;
    if (seconds < 60)
        return BulkAttestationWindow::tr("About %Ln second(s) left", nullptr, static_cast<int>(seconds));
    if (seconds < 3600)
        return BulkAttestationWindow::tr("About %Ln minute(s) left", nullptr, static_cast<int>((seconds + 59) / 60));
    return BulkAttestationWindow::tr("About %1 h %2 min left")
        .arg(locale.toString(seconds / 3600), locale.toString((seconds % 3600) / 60));
}

} // namespace

BulkAttestationWindow::BulkAttestationWindow(Workspace* workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new BulkRowsModel(this))
    , m_filter(new BulkRowsFilterModel(this))
{
    setObjectName(QStringLiteral("bulkAttestationWindow"));
    setWindowFlag(Qt::Window);
    setAcceptDrops(true);
    m_filter->setSourceModel(m_model);
    buildUi();
    connect(m_workspace, &Workspace::sessionChanged, this, [this] {
        showBanner();
        updateUi();
    });
    resize(1100, 680);
    retranslateUi();
}

BulkAttestationWindow::~BulkAttestationWindow() = default;

void BulkAttestationWindow::buildUi()
{
    m_banner = new FieldMessage(this);
    m_banner->setObjectName(QStringLiteral("handOffBanner"));

    m_openButton = new QPushButton(this);
    m_openButton->setObjectName(QStringLiteral("openFileButton"));
    m_fileLabel = new QLabel(this);
    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    m_fileLabel->setWordWrap(true);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_openButton, 0, Qt::AlignTop);
    fileRow->addWidget(m_fileLabel, 1);

    m_fileMessage = new FieldMessage(this);
    m_fileMessage->setObjectName(QStringLiteral("fileMessage"));

    m_filterLabel = new QLabel(this);
    m_filterCombo = new QComboBox(this);
    m_filterCombo->setObjectName(QStringLiteral("rowFilterComboBox"));
    m_filterLabel->setBuddy(m_filterCombo);
    m_shownLabel = new QLabel(this);
    m_shownLabel->setObjectName(QStringLiteral("shownRowsLabel"));
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterLabel);
    filterRow->addWidget(m_filterCombo);
    filterRow->addWidget(m_shownLabel);
    filterRow->addStretch();

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("bulkRowsView"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(BulkRowsModel::LineColumn, Qt::AscendingOrder);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Uniform rows: the view never asks 100,000 rows for their height.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setTextElideMode(Qt::ElideRight);

    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("runProgressBar"));
    m_progressBar->setRange(0, 1);
    m_progressBar->setValue(0);
    m_timeLeftLabel = new QLabel(this);
    m_timeLeftLabel->setObjectName(QStringLiteral("timeLeftLabel"));
    m_throttleLabel = new QLabel(this);
    m_throttleLabel->setObjectName(QStringLiteral("throttleLabel"));
    m_throttleLabel->setWordWrap(true);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progressBar, 2);
    progressRow->addWidget(m_timeLeftLabel, 1);

    auto* countsRow = new QHBoxLayout;
    for (const BulkOutcome outcome : countedOutcomes) {
        auto* label = new QLabel(this);
        label->setObjectName(BulkOutcomes::key(outcome) + QStringLiteral("CountLabel"));
        label->setTextFormat(Qt::RichText);
        m_countLabels.insert(static_cast<int>(outcome), label);
        countsRow->addWidget(label);
    }
    countsRow->addStretch();

    m_resultMessage = new FieldMessage(this);
    m_resultMessage->setObjectName(QStringLiteral("resultMessage"));

    // Advanced options, folded away: the defaults suit Partner Center's documented limits.
    m_advancedButton = new QToolButton(this);
    m_advancedButton->setObjectName(QStringLiteral("advancedOptionsButton"));
    m_advancedButton->setCheckable(true);
    m_advancedButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedButton->setArrowType(layoutDirection() == Qt::RightToLeft ? Qt::LeftArrow : Qt::RightArrow);
    m_advancedButton->setAutoRaise(true);
    m_advancedPanel = new QWidget(this);
    m_advancedPanel->setObjectName(QStringLiteral("advancedOptionsPanel"));
    m_concurrencyLabel = new QLabel(m_advancedPanel);
    m_concurrencySpin = new QSpinBox(m_advancedPanel);
    m_concurrencySpin->setObjectName(QStringLiteral("concurrencySpinBox"));
    m_concurrencySpin->setRange(1, 16);
    m_concurrencySpin->setValue(BulkRunOptions::defaultConcurrency);
    m_concurrencyLabel->setBuddy(m_concurrencySpin);
    m_rateLabel = new QLabel(m_advancedPanel);
    m_rateSpin = new QSpinBox(m_advancedPanel);
    m_rateSpin->setObjectName(QStringLiteral("rateSpinBox"));
    // The embedded sandbox never throttles: no cap there by default (0), as the coverage scan
    // has none there. Partner Center's tenants always get one.
    const bool sandbox = m_workspace->connection() == Workspace::Connection::Sandbox;
    m_rateSpin->setRange(sandbox ? 0 : 1, maximumRequestsPerMinute);
    m_rateSpin->setSingleStep(50);
    m_rateSpin->setValue(sandbox ? 0 : BulkRunOptions::defaultRequestsPerMinute);
    m_rateLabel->setBuddy(m_rateSpin);
    auto* advancedLayout = new QHBoxLayout(m_advancedPanel);
    advancedLayout->setContentsMargins(16, 0, 0, 0);
    advancedLayout->addWidget(m_concurrencyLabel);
    advancedLayout->addWidget(m_concurrencySpin);
    advancedLayout->addSpacing(16);
    advancedLayout->addWidget(m_rateLabel);
    advancedLayout->addWidget(m_rateSpin);
    advancedLayout->addStretch();
    m_advancedPanel->hide();
    connect(m_advancedButton, &QToolButton::toggled, this, [this](bool open) {
        // Folded, the arrow points the way the text reads.
        m_advancedButton->setArrowType(open            ? Qt::DownArrow
                : layoutDirection() == Qt::RightToLeft ? Qt::LeftArrow
                                                       : Qt::RightArrow);
        m_advancedPanel->setVisible(open);
    });

    m_confirmButton = new QPushButton(this);
    m_confirmButton->setObjectName(QStringLiteral("confirmButton"));
    m_handOffButton = new QPushButton(this);
    m_handOffButton->setObjectName(QStringLiteral("saveHandOffButton"));
    m_pauseButton = new QPushButton(this);
    m_pauseButton->setObjectName(QStringLiteral("pauseButton"));
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelRunButton"));
    m_saveResultsButton = new QPushButton(this);
    m_saveResultsButton->setObjectName(QStringLiteral("saveResultsButton"));
    m_closeButton = new QPushButton(this);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_confirmButton);
    buttonRow->addWidget(m_handOffButton);
    buttonRow->addWidget(m_pauseButton);
    buttonRow->addWidget(m_cancelButton);
    buttonRow->addStretch();
    buttonRow->addWidget(m_saveResultsButton);
    buttonRow->addWidget(m_closeButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(fileRow);
    layout->addWidget(m_fileMessage);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);
    layout->addLayout(progressRow);
    layout->addLayout(countsRow);
    layout->addWidget(m_throttleLabel);
    layout->addWidget(m_resultMessage);
    layout->addWidget(m_advancedButton, 0, Qt::AlignLeading);
    layout->addWidget(m_advancedPanel);
    layout->addLayout(buttonRow);

    setTabOrder(m_openButton, m_filterCombo);
    setTabOrder(m_filterCombo, m_view);
    setTabOrder(m_view, m_confirmButton);
    setTabOrder(m_confirmButton, m_handOffButton);
    setTabOrder(m_handOffButton, m_pauseButton);
    setTabOrder(m_pauseButton, m_cancelButton);
    setTabOrder(m_cancelButton, m_saveResultsButton);
    setTabOrder(m_saveResultsButton, m_closeButton);
    setTabOrder(m_closeButton, m_advancedButton);
    setTabOrder(m_advancedButton, m_concurrencySpin);
    setTabOrder(m_concurrencySpin, m_rateSpin);

    connect(m_openButton, &QPushButton::clicked, this, &BulkAttestationWindow::openFile);
    connect(m_confirmButton, &QPushButton::clicked, this, &BulkAttestationWindow::startRun);
    connect(m_handOffButton, &QPushButton::clicked, this, &BulkAttestationWindow::saveHandOff);
    connect(m_pauseButton, &QPushButton::clicked, this, &BulkAttestationWindow::togglePause);
    connect(m_cancelButton, &QPushButton::clicked, this, &BulkAttestationWindow::cancelRun);
    connect(m_saveResultsButton, &QPushButton::clicked, this, &BulkAttestationWindow::saveResults);
    connect(m_closeButton, &QPushButton::clicked, this, &QWidget::close);
    connect(m_filterCombo, &QComboBox::currentIndexChanged, this, [this] {
        const int value = m_filterCombo->currentData().toInt();
        if (value == filterAll)
            m_filter->setFilter(BulkRowsFilterModel::Mode::All);
        else if (value == filterProblems)
            m_filter->setFilter(BulkRowsFilterModel::Mode::Problems);
        else
            m_filter->setFilter(BulkRowsFilterModel::Mode::Outcome, static_cast<BulkOutcome>(value));
        updateUi();
    });
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_filter, signal, this, [this] {
            m_shownLabel->setText(
                tr("%1 of %2 rows shown")
                    .arg(QLocale().toString(m_filter->rowCount()), QLocale().toString(m_model->rowCount())));
        });
    }

    auto* openShortcut = new QShortcut(QKeySequence::Open, this);
    connect(openShortcut, &QShortcut::activated, this, &BulkAttestationWindow::openFile);
    auto* escapeShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escapeShortcut, &QShortcut::activated, this, [this] {
        if (m_phase != Phase::Running)
            close();
    });
    auto* closeShortcut = new QShortcut(QKeySequence::Close, this);
    connect(closeShortcut, &QShortcut::activated, this, &QWidget::close);
}

void BulkAttestationWindow::retranslateUi()
{
    setWindowTitle(tr("Bulk attestation"));
    m_openButton->setText(tr("&Open file…"));
    m_openButton->setToolTip(tr("Open a CSV file with one confirmation per row (Ctrl+O); you can also drop it here"));
    m_filterLabel->setText(tr("Sho&w:"));
    m_filterCombo->setAccessibleName(tr("Which rows to show"));
    {
        const int current = std::max(0, m_filterCombo->currentIndex());
        const QSignalBlocker blocker(m_filterCombo);
        m_filterCombo->clear();
        m_filterCombo->addItem(tr("All rows"), filterAll);
        m_filterCombo->addItem(tr("Rows with problems"), filterProblems);
        for (const BulkOutcome outcome : {BulkOutcome::Valid, BulkOutcome::Confirmed, BulkOutcome::AlreadyConfirmed,
                 BulkOutcome::Invalid, BulkOutcome::Failed, BulkOutcome::Skipped, BulkOutcome::Pending})
            m_filterCombo->addItem(
                BulkRowsModel::outcomeIcon(outcome), BulkOutcomes::displayName(outcome), static_cast<int>(outcome));
        m_filterCombo->setCurrentIndex(current);
    }
    m_view->setAccessibleName(tr("Rows of the file"));
    m_progressBar->setAccessibleName(tr("Progress"));
    m_advancedButton->setText(tr("A&dvanced options"));
    m_concurrencyLabel->setText(tr("Parallel re&quests:"));
    m_concurrencySpin->setToolTip(tr("How many requests are in flight at most"));
    m_rateLabel->setText(tr("Requests per &minute:"));
    m_rateSpin->setToolTip(
        tr("Partner Center allows about 500 requests a minute per tenant; the default leaves room for other tools"));
    if (m_rateSpin->minimum() == 0)
        m_rateSpin->setSpecialValueText(tr("No cap"));
    m_pauseButton->setToolTip(tr("Nothing new is sent while paused; requests already sent finish"));
    m_cancelButton->setText(tr("C&ancel run"));
    m_cancelButton->setToolTip(
        tr("Stops the run; rows not done stay in the journal and are sent when you continue or open the file again"));
    m_saveResultsButton->setText(tr("&Save results…"));
    m_saveResultsButton->setToolTip(tr("Every row of the file with its outcome, code and message, as CSV"));
    m_closeButton->setText(tr("Clos&e"));
    m_model->retranslate();
    fitColumns();
    showBanner();
    updateUi();
}

void BulkAttestationWindow::fitColumns()
{
    const QFontMetrics metrics = m_view->fontMetrics();
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    QHeaderView* header = m_view->horizontalHeader();
    // The text columns: a width for typical values (the rest elides, complete in the tooltip).
    const std::pair<int, int> starts[]{{BulkRowsModel::LineColumn, 5}, {BulkRowsModel::CustomerColumn, 17},
        {BulkRowsModel::FirstNameColumn, 8}, {BulkRowsModel::LastNameColumn, 8}, {BulkRowsModel::EmailColumn, 13},
        {BulkRowsModel::PhoneColumn, 9}, {BulkRowsModel::DateAgreedColumn, 7}};
    for (const auto& [column, ems] : starts)
        m_view->setColumnWidth(column, std::max(ems * em, header->sectionSizeHint(column)));
    // The outcome column shows one of a few names: the longest, with its icon, fits whole.
    int outcome = 0;
    for (const BulkOutcome value : {BulkOutcome::Valid, BulkOutcome::Confirmed, BulkOutcome::AlreadyConfirmed,
             BulkOutcome::Invalid, BulkOutcome::Failed, BulkOutcome::Skipped, BulkOutcome::Pending})
        outcome = std::max(outcome, metrics.horizontalAdvance(BulkOutcomes::displayName(value)));
    const int icon = m_view->iconSize().isValid()
        ? m_view->iconSize().width()
        : m_view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_view);
    const int margins = 4 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1);
    m_view->setColumnWidth(BulkRowsModel::OutcomeColumn,
        std::max(outcome + icon + margins + em / 2, header->sectionSizeHint(BulkRowsModel::OutcomeColumn)));
}

void BulkAttestationWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void BulkAttestationWindow::showEvent(QShowEvent* event)
{
    if (!m_geometryRestored) {
        m_geometryRestored = true;
        WindowGeometry::restore(this);
    }
    QWidget::showEvent(event);
}

void BulkAttestationWindow::closeEvent(QCloseEvent* event)
{
    if (m_phase == Phase::Running && m_runner) {
        const BulkProgress progress = m_runner->progress();
        const QMessageBox::StandardButton answer = Dialogs::question(this, tr("Bulk attestation is running"),
            tr("%1 of %2 rows are done. Cancel the run and close the window?")
                    .arg(QLocale().toString(progress.done), QLocale().toString(progress.total))
                + QStringLiteral("\n\n")
                + tr("Rows not done stay in the journal: open the same file again to finish them; no row is sent "
                     "twice. Choose No to keep the run going."));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        cancelRun();
    } else if (m_phase == Phase::Checking && m_runner) {
        m_runner->cancel(); // the dry run sends nothing: no need to ask
    }
    WindowGeometry::save(this);
    QWidget::closeEvent(event);
}

QString BulkAttestationWindow::droppedCsv(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    if (!url.isLocalFile())
        return {};
    const QString path = url.toLocalFile();
    return QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0 ? path : QString();
}

void BulkAttestationWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!isBusy() && !droppedCsv(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void BulkAttestationWindow::dropEvent(QDropEvent* event)
{
    const QString path = droppedCsv(event->mimeData());
    if (path.isEmpty() || isBusy())
        return;
    event->acceptProposedAction();
    importFile(path);
}

bool BulkAttestationWindow::isHandOffMode() const
{
    return !m_workspace->policy().allows(Action::BulkAttest);
}

QString BulkAttestationWindow::journalDirectory()
{
    return Paths::dataDirectory() + QStringLiteral("/bulk-journals");
}

QString BulkAttestationWindow::journalPath() const
{
    if (m_input.sha256.isEmpty())
        return {};
    return journalDirectory() + QLatin1Char('/') + m_input.fileHashHex() + QStringLiteral(".sqlite");
}

void BulkAttestationWindow::openFile()
{
    if (isBusy())
        return;
    const QString directory
        = m_input.filePath.isEmpty() ? QDir::homePath() : QFileInfo(m_input.filePath).absolutePath();
    const QString path = Dialogs::openFileName(
        this, tr("Open a bulk attestation file"), directory, tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool BulkAttestationWindow::importFile(const QString& path)
{
    if (isBusy())
        return false;
    if (m_runner) {
        m_runner->deleteLater();
        m_runner = nullptr;
    }
    m_fileMessage->clearMessage();
    m_resultMessage->clearMessage();
    m_journalFinishedRows = 0;
    m_lastRunDry = true;
    const BulkInputResult read = BulkInputReader::readFile(path);
    m_input = read.input;
    m_input.filePath = path;
    if (!read.ok()) {
        m_input.rows.clear();
        m_model->clear();
        m_fileMessage->showMessage(
            tr("%1 cannot be used: %2").arg(QDir::toNativeSeparators(QFileInfo(path).fileName()), read.error.message()),
            FieldMessage::Kind::Error);
        setPhase(Phase::Empty);
        showProgress(BulkProgress{});
        return false;
    }
    m_model->setRows(m_input.rows);
    checkJournal();
    startDryRun();
    return true;
}

void BulkAttestationWindow::checkJournal()
{
    const QString path = journalPath();
    if (path.isEmpty() || !QFileInfo::exists(path))
        return;
    BulkJournal::Error error;
    std::unique_ptr<BulkJournal> journal
        = BulkJournal::open(path, m_input.fileHashHex(), QFileInfo(m_input.filePath).fileName(), m_input.rows, &error);
    if (!journal) {
        m_fileMessage->showMessage(error.message(QDir::toNativeSeparators(path)), FieldMessage::Kind::Warning);
        return;
    }
    for (const BulkJournal::Entry& entry : journal->entries()) {
        if (entry.state == BulkJournal::RowState::Done && entry.result.isFinal()
            && entry.result.outcome != BulkOutcome::Failed)
            ++m_journalFinishedRows;
    }
    if (m_journalFinishedRows > 0) {
        m_fileMessage->showMessage(
            tr("An earlier run of this file already settled %Ln row(s). Confirming continues with the rest; no row is "
               "sent twice.",
                nullptr, m_journalFinishedRows),
            FieldMessage::Kind::Information);
    }
}

void BulkAttestationWindow::startDryRun()
{
    startRunner(true);
}

void BulkAttestationWindow::startRun()
{
    if (isBusy() || isHandOffMode() || m_input.rows.isEmpty())
        return;
    const bool continuing = m_phase == Phase::Finished;
    const int rows = continuing ? unfinishedRowCount() : validRowCount();
    if (rows == 0)
        return;
    QString text = continuing ? tr("Send the %Ln row(s) not done yet to Partner Center?", nullptr, rows)
                              : tr("Send %Ln confirmation(s) to Partner Center, for %1?", nullptr, rows)
                                    .arg(tr("%Ln customer(s)", nullptr, validCustomerCount()));
    text += QStringLiteral("\n\n")
        + tr("Each one records that the contact named in the row accepted the Microsoft Customer Agreement on the "
             "date given. Rows with problems are not sent.");
    if (Dialogs::question(this, tr("Confirm customers"), text) != QMessageBox::Yes)
        return;
    startRunner(false);
}

void BulkAttestationWindow::startRunner(bool dryRun)
{
    if (m_runner) {
        m_runner->deleteLater();
        m_runner = nullptr;
    }
    BulkRunOptions options;
    options.dryRun = dryRun;
    options.concurrency = m_concurrencySpin->value();
    options.requestsPerMinute = m_rateSpin->value();
    if (!dryRun) {
        QDir().mkpath(journalDirectory());
        options.journalPath = journalPath();
        options.findings = m_findings; // the run sends what the check showed, without reading it again
    }
    m_lastRunDry = dryRun;
    m_resultMessage->clearMessage();
    auto* runner = new BulkAttestationRunner(m_workspace->client(), m_workspace->bulkAttestation(), this);
    m_runner = runner;
    connect(runner, &BulkAttestationRunner::rowFinished, this, [this, runner](int index) {
        if (runner == m_runner && index < runner->results().size())
            m_model->setResult(index, runner->results().at(index));
    });
    connect(runner, &BulkAttestationRunner::progressChanged, this, [this, runner](const BulkProgress& progress) {
        if (runner == m_runner)
            onProgress(progress);
    });
    connect(runner, &BulkAttestationRunner::stateChanged, this, [this, runner] {
        if (runner == m_runner)
            updateUi();
    });
    connect(runner, &BulkAttestationRunner::finished, this, [this, runner] {
        if (runner == m_runner)
            onFinished();
    });
    BulkJournal::Error error;
    if (!runner->start(m_input, options, &error)) {
        m_runner = nullptr;
        runner->deleteLater();
        m_resultMessage->showMessage(error.message(QDir::toNativeSeparators(options.journalPath)));
        updateUi();
        return;
    }
    // Rows an earlier run finished come from the journal without a signal each: one reset.
    m_model->setRows(m_input.rows, runner->results());
    setPhase(dryRun ? Phase::Checking : Phase::Running);
    showProgress(runner->progress());
}

void BulkAttestationWindow::togglePause()
{
    if (!m_runner)
        return;
    if (m_runner->state() == BulkAttestationRunner::State::Paused)
        m_runner->resume();
    else
        m_runner->pause();
    updateUi();
}

void BulkAttestationWindow::cancelRun()
{
    if (m_runner && isBusy())
        m_runner->cancel();
    updateUi();
}

void BulkAttestationWindow::onProgress(const BulkProgress& progress)
{
    showProgress(progress);
}

void BulkAttestationWindow::showProgress(const BulkProgress& progress)
{
    const QLocale locale;
    m_progressBar->setRange(0, std::max(1, progress.total));
    m_progressBar->setValue(progress.done);
    m_progressBar->setFormat(tr("%1 of %2 rows").arg(locale.toString(progress.done), locale.toString(progress.total)));

    const bool paused = m_runner && m_runner->state() == BulkAttestationRunner::State::Paused;
    const bool canceling = m_runner && m_runner->state() == BulkAttestationRunner::State::Canceling;
    if (canceling)
        m_timeLeftLabel->setText(tr("Stopping: waiting for the requests already sent…"));
    else if (paused)
        m_timeLeftLabel->setText(tr("Paused"));
    else if (isBusy() && progress.remainingMilliseconds > 0)
        m_timeLeftLabel->setText(timeLeftText(progress.remainingMilliseconds));
    else if (isBusy())
        m_timeLeftLabel->setText(tr("Estimating the time left…"));
    else
        m_timeLeftLabel->clear();

    for (const BulkOutcome outcome : countedOutcomes) {
        QLabel* label = m_countLabels.value(static_cast<int>(outcome));
        const QString text
            = tr("%1: %2").arg(BulkOutcomes::displayName(outcome), locale.toString(progress.count(outcome)));
        label->setText(QStringLiteral("<span style=\"color:%1\">&#9679;</span> %2")
                           .arg(BulkRowsModel::outcomeColor(outcome).name(), text.toHtmlEscaped()));
        label->setAccessibleName(text);
        const bool shown = outcome == BulkOutcome::Valid ? m_lastRunDry
            : outcome == BulkOutcome::Confirmed          ? !m_lastRunDry
                                                         : true;
        label->setVisible(shown && progress.total > 0);
    }

    if (progress.throttled > 0) {
        m_throttleLabel->setText(tr("Partner Center asked to slow down (%Ln time(s)); PartnerDesk waits as it asks.",
            nullptr, progress.throttled));
        m_throttleLabel->setStyleSheet(QStringLiteral("color: #8a5300;"));
        m_throttleLabel->show();
    } else {
        m_throttleLabel->hide();
    }
}

void BulkAttestationWindow::onFinished()
{
    const BulkAttestationRunner* runner = m_runner;
    const BulkProgress progress = runner->progress();
    // Every row's final outcome, also those finishRun settled without a signal of their own.
    for (int i = 0; i < runner->results().size(); ++i) {
        if (m_model->resultAt(i).outcome != runner->results().at(i).outcome)
            m_model->setResult(i, runner->results().at(i));
    }
    const QLocale locale;
    QString text;
    FieldMessage::Kind kind = FieldMessage::Kind::Information;
    m_findings = m_lastRunDry ? runner->findings() : nullptr;
    if (m_lastRunDry) {
        const int valid = progress.count(BulkOutcome::Valid);
        if (runner->serviceUnreachable()) {
            text = tr("The check stopped: %1").arg(runner->stopError().message());
            kind = FieldMessage::Kind::Error;
        } else if (valid == 0) {
            text = tr("No row can be sent. Correct the marked cells in the file and open it again.");
            kind = FieldMessage::Kind::Warning;
        } else if (isHandOffMode()) {
            text = tr("%Ln row(s) passed the check and can go in the file you hand over.", nullptr, valid);
        } else {
            text = tr("%Ln row(s) passed the check and can be sent. Nothing has been sent yet.", nullptr, valid);
        }
        if (!text.isEmpty() && progress.count(BulkOutcome::Invalid) > 0 && !runner->serviceUnreachable())
            text = LocaleText::joinSentences({text,
                tr("%Ln row(s) have problems: they are marked in the table.", nullptr,
                    progress.count(BulkOutcome::Invalid))});
        setPhase(Phase::Checked);
    } else {
        text = tr("Done: %1 confirmed, %2 already confirmed, %3 invalid, %4 failed, %5 skipped.")
                   .arg(locale.toString(progress.count(BulkOutcome::Confirmed)),
                       locale.toString(progress.count(BulkOutcome::AlreadyConfirmed)),
                       locale.toString(progress.count(BulkOutcome::Invalid)),
                       locale.toString(progress.count(BulkOutcome::Failed)),
                       locale.toString(progress.count(BulkOutcome::Skipped)));
        if (runner->serviceUnreachable()) {
            text = LocaleText::joinSentences({text, tr("The run stopped: %1").arg(runner->stopError().message())});
            kind = FieldMessage::Kind::Error;
        }
        setPhase(Phase::Finished);
        const int left = unfinishedRowCount();
        if (left > 0) {
            text = LocaleText::joinSentences(
                {text, tr("%Ln row(s) are not done; Continue sends them (nothing is sent twice).", nullptr, left)});
            if (kind == FieldMessage::Kind::Information)
                kind = FieldMessage::Kind::Warning;
        }
        QSet<QString> seen;
        QStringList confirmed;
        for (const BulkRowResult& result : runner->results()) {
            if (result.outcome == BulkOutcome::Confirmed && !seen.contains(result.customerId)) {
                seen.insert(result.customerId);
                confirmed << result.customerId;
            }
        }
        if (!confirmed.isEmpty())
            Q_EMIT customersConfirmed(confirmed);
    }
    m_resultMessage->showMessage(text, kind);
    showProgress(progress);
}

void BulkAttestationWindow::saveResults()
{
    if (isBusy() || m_input.rows.isEmpty())
        return;
    const QString path = Dialogs::saveFileName(
        this, tr("Save results"), BulkResultFile::defaultPath(m_input.filePath, m_lastRunDry), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!BulkResultFile::write(path, m_input.rows, m_model->results(), &error)) {
        m_resultMessage->showMessage(error, FieldMessage::Kind::Error);
        return;
    }
    m_resultMessage->showMessage(
        tr("The results of %Ln row(s) were saved to %1.", nullptr, static_cast<int>(m_input.rows.size()))
            .arg(QDir::toNativeSeparators(path)),
        FieldMessage::Kind::Information);
}

void BulkAttestationWindow::saveHandOff()
{
    if (isBusy() || !m_lastRunDry || validRowCount() == 0)
        return;
    const QString path = Dialogs::saveFileName(this, m_handOffButton->text().remove(QLatin1Char('&')),
        BulkHandOffFile::defaultPath(m_input.filePath), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const BulkHandOffFile::WriteResult written = BulkHandOffFile::write(path, m_input.rows, m_model->results());
    if (!written.ok()) {
        m_resultMessage->showMessage(written.error, FieldMessage::Kind::Error);
        return;
    }
    QString text = tr("%Ln row(s) that passed the check were saved to %1.", nullptr, written.handedOff)
                       .arg(QDir::toNativeSeparators(path));
    if (!written.problemsPath.isEmpty())
        text = LocaleText::joinSentences({text,
            tr("The other %Ln row(s) are listed with their problems in %1.", nullptr, written.left)
                .arg(QDir::toNativeSeparators(written.problemsPath))});
    m_resultMessage->showMessage(text, FieldMessage::Kind::Information);
}

int BulkAttestationWindow::validRowCount() const
{
    int count = 0;
    for (const BulkRowResult& result : m_model->results())
        count += result.outcome == BulkOutcome::Valid ? 1 : 0;
    return count;
}

int BulkAttestationWindow::validCustomerCount() const
{
    QSet<QString> customers;
    int withoutId = 0;
    for (const BulkRowResult& result : m_model->results()) {
        if (result.outcome != BulkOutcome::Valid)
            continue;
        if (result.customerId.isEmpty())
            ++withoutId;
        else
            customers.insert(result.customerId.toLower());
    }
    return static_cast<int>(customers.size()) + withoutId;
}

int BulkAttestationWindow::unfinishedRowCount() const
{
    int count = 0;
    for (const BulkRowResult& result : m_model->results()) {
        const bool canceled = result.outcome == BulkOutcome::Skipped && result.code == BulkCodes::Canceled;
        count += canceled || result.outcome == BulkOutcome::Failed ? 1 : 0;
    }
    return count;
}

void BulkAttestationWindow::setPhase(Phase phase)
{
    if (m_phase == phase) {
        updateUi();
        return;
    }
    m_phase = phase;
    updateUi();
    Q_EMIT phaseChanged(phase);
}

void BulkAttestationWindow::showBanner()
{
    const PermissionDecision decision = m_workspace->policy().decide(Action::BulkAttest);
    if (decision.isAllowed()) {
        m_banner->clearMessage();
        return;
    }
    QString text;
    if (decision.reason == DenialReason::IndirectResellerMustUseProvider)
        text = tr("Indirect resellers cannot confirm; your indirect provider runs this file with Bulk attestation "
                  "or `partnerdesk-cli bulk attest`. Open the file here to check every row, then save the rows "
                  "that passed as a file for your provider.");
    else if (decision.reason == DenialReason::NotSignedIn)
        text = decision.explanation();
    else
        text = LocaleText::joinSentences({decision.explanation(),
            tr("You can check a file here and save the rows that passed for an Admin agent or a Sales agent, who "
               "runs it.")});
    m_banner->showMessage(text, FieldMessage::Kind::Information);
}

void BulkAttestationWindow::updateUi()
{
    const bool handOff = isHandOffMode();
    const bool reseller
        = m_workspace->policy().decide(Action::BulkAttest).reason == DenialReason::IndirectResellerMustUseProvider;
    const bool running = m_phase == Phase::Running;
    const bool busy = isBusy();
    const bool paused = m_runner && m_runner->state() == BulkAttestationRunner::State::Paused;
    const bool stopping = m_runner && m_runner->state() == BulkAttestationRunner::State::Canceling;

    if (m_input.filePath.isEmpty() || m_phase == Phase::Empty) {
        m_fileLabel->setText(
            tr("No file open. Open a CSV file (Ctrl+O) or drop one here. Its header row names the columns "
               "customerId (or domain), firstName, lastName, email, phoneNumber (optional) and dateAgreed "
               "(YYYY-MM-DD)."));
    } else {
        m_fileLabel->setText(tr("%1 — %Ln row(s)", nullptr, static_cast<int>(m_input.rows.size()))
                                 .arg(QDir::toNativeSeparators(m_input.filePath)));
    }
    m_shownLabel->setText(m_model->rowCount() == 0
            ? QString()
            : tr("%1 of %2 rows shown")
                  .arg(QLocale().toString(m_filter->rowCount()), QLocale().toString(m_model->rowCount())));

    m_openButton->setEnabled(!busy);
    m_concurrencySpin->setEnabled(!busy);
    m_rateSpin->setEnabled(!busy);

    m_confirmButton->setVisible(!handOff);
    const int left = m_phase == Phase::Finished && !m_lastRunDry ? unfinishedRowCount() : 0;
    if (left > 0)
        m_confirmButton->setText(tr("&Continue with %Ln row(s)…", nullptr, left));
    else
        m_confirmButton->setText(tr("&Confirm %Ln customer(s)…", nullptr, validCustomerCount()));
    m_confirmButton->setEnabled(!handOff && ((m_phase == Phase::Checked && validRowCount() > 0) || left > 0));

    m_handOffButton->setVisible(handOff);
    m_handOffButton->setText(reseller ? tr("Save &file for your provider…") : tr("Save &checked file…"));
    m_handOffButton->setToolTip(
        tr("The rows that passed the check, in the file's own columns; the other rows go with their problems to a "
           "second file beside it"));
    m_handOffButton->setEnabled(handOff && m_phase == Phase::Checked && m_lastRunDry && validRowCount() > 0);

    m_pauseButton->setVisible(running);
    m_pauseButton->setText(paused ? tr("&Resume") : tr("&Pause"));
    m_pauseButton->setEnabled(running && !stopping);
    m_cancelButton->setVisible(busy);
    m_cancelButton->setEnabled(busy && !stopping);
    m_saveResultsButton->setEnabled(!busy && (m_phase == Phase::Checked || m_phase == Phase::Finished));
    m_progressBar->setVisible(m_phase != Phase::Empty);
    if (m_runner)
        showProgress(m_runner->progress());
}

} // namespace PartnerDesk
