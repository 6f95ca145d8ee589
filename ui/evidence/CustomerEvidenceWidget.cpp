#include "CustomerEvidenceWidget.h"

#include "EvidenceTableModel.h"
#include "flows/Workspace.h"
#include "flows/evidence/EvidenceStore.h"
#include "util/Clock.h"
#include "widgets/Dialogs.h"
#include "widgets/FieldMessage.h"

#include <algorithm>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace PartnerDesk {

namespace {

QLineEdit* idEdit(QWidget* parent, const char* name)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setReadOnly(true);
    // Ids are Latin GUIDs: keep them left to right in a right-to-left language too.
    edit->setLayoutDirection(Qt::LeftToRight);
    edit->setAlignment(Qt::AlignLeft);
    return edit;
}

} // namespace

CustomerEvidenceWidget::CustomerEvidenceWidget(Workspace* workspace, const QString& customerId, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_customerId(customerId)
    , m_model(new EvidenceTableModel(this))
    , m_introLabel(new QLabel(this))
    , m_stateMessage(new FieldMessage(this))
    , m_view(new QTableView(this))
    , m_outcomeCaption(new QLabel(this))
    , m_outcomeValue(new QLabel(this))
    , m_requestIdCaption(new QLabel(this))
    , m_requestId(idEdit(this, "evidenceRequestIdEdit"))
    , m_correlationIdCaption(new QLabel(this))
    , m_correlationId(idEdit(this, "evidenceCorrelationIdEdit"))
    , m_exportJsonButton(new QPushButton(this))
    , m_exportPdfButton(new QPushButton(this))
    , m_exportMessage(new FieldMessage(this))
{
    setObjectName(QStringLiteral("customerEvidenceWidget"));
    m_introLabel->setObjectName(QStringLiteral("evidenceIntroLabel"));
    m_introLabel->setWordWrap(true);
    m_stateMessage->setObjectName(QStringLiteral("evidenceStateMessage"));
    m_view->setObjectName(QStringLiteral("evidenceView"));
    m_outcomeValue->setObjectName(QStringLiteral("evidenceOutcomeLabel"));
    m_outcomeValue->setWordWrap(true);
    m_outcomeValue->setTextFormat(Qt::PlainText);
    m_outcomeValue->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_exportJsonButton->setObjectName(QStringLiteral("exportEvidenceJsonButton"));
    m_exportPdfButton->setObjectName(QStringLiteral("exportEvidencePdfButton"));
    m_exportMessage->setObjectName(QStringLiteral("evidenceExportMessage"));
    for (QPushButton* button : {m_exportJsonButton, m_exportPdfButton})
        button->setAutoDefault(false);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->verticalHeader()->hide();
    m_view->setMinimumHeight(100);
    // Every column starts at the width of its content (capped) and never narrower than its
    // header; the contact, the most useful text, stretches. See fitColumns.
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(EvidenceTableModel::ContactColumn, QHeaderView::Stretch);
    m_view->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, [this] {
        if (!m_fittingColumns && m_view->isVisible())
            m_columnsResizedByUser = true;
    });

    // Ctrl+C copies the current cell (an id, a date) as text.
    auto* copy = new QAction(m_view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(copy);
    connect(copy, &QAction::triggered, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            QApplication::clipboard()->setText(current.data(Qt::EditRole).toString());
    });

    auto* details = new QFormLayout;
    details->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    details->addRow(m_outcomeCaption, m_outcomeValue);
    details->addRow(m_requestIdCaption, m_requestId);
    details->addRow(m_correlationIdCaption, m_correlationId);
    m_requestIdCaption->setBuddy(m_requestId);
    m_correlationIdCaption->setBuddy(m_correlationId);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_exportJsonButton);
    buttons->addWidget(m_exportPdfButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addWidget(m_stateMessage);
    layout->addWidget(m_view, 1);
    layout->addLayout(details);
    layout->addLayout(buttons);
    layout->addWidget(m_exportMessage);

    setTabOrder(m_view, m_requestId);
    setTabOrder(m_requestId, m_correlationId);
    setTabOrder(m_correlationId, m_exportJsonButton);
    setTabOrder(m_exportJsonButton, m_exportPdfButton);

    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CustomerEvidenceWidget::showSelected);
    connect(m_exportJsonButton, &QPushButton::clicked, this, [this] { exportRecords(EvidenceReport::Format::Json); });
    connect(m_exportPdfButton, &QPushButton::clicked, this, [this] { exportRecords(EvidenceReport::Format::Pdf); });
    connect(m_workspace, &Workspace::evidenceRecorded, this, [this](const QString& id) {
        if (id == m_customerId)
            refresh();
    });
    connect(m_workspace, &Workspace::evidenceChanged, this, &CustomerEvidenceWidget::refresh);

    retranslateUi();
    refresh();
}

void CustomerEvidenceWidget::refresh()
{
    const qint64 selected = m_view->currentIndex().isValid()
        ? m_view->currentIndex().data(EvidenceTableModel::RecordIdRole).toLongLong()
        : -1;
    const int column = std::max(0, m_view->currentIndex().column());
    EvidenceStore* store = m_workspace->evidence();
    m_model->setRecords(store ? store->forCustomer(m_customerId) : QList<EvidenceRecord>());

    int row = 0; // the newest, unless the one selected before is still there
    for (int i = 0; i < m_model->rowCount(); ++i) {
        if (m_model->recordAt(i).id == selected)
            row = i;
    }
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(row, column));
    showState();
    showSelected();
    fitColumns();
    Q_EMIT recordsChanged();
}

void CustomerEvidenceWidget::setCustomerName(const QString& name)
{
    m_customerName = name;
}

int CustomerEvidenceWidget::recordCount() const
{
    return m_model->rowCount();
}

bool CustomerEvidenceWidget::isStoreAvailable() const
{
    return m_workspace->evidence() != nullptr;
}

void CustomerEvidenceWidget::exportRecords(EvidenceReport::Format format)
{
    EvidenceStore* store = m_workspace->evidence();
    if (!store)
        return;
    // Nothing past the retention period leaves the machine with its contact data.
    m_workspace->purgeExpiredEvidenceContacts();
    const QList<EvidenceRecord> records = store->forCustomer(m_customerId);
    if (records.isEmpty()) {
        m_exportMessage->showMessage(
            tr("There are no evidence records for this customer; nothing was written."), FieldMessage::Kind::Warning);
        return;
    }

    EvidenceReport::Scope scope;
    scope.customerId = m_customerId;
    scope.customerName = m_customerName;
    const EvidenceReport::Context context = EvidenceReport::currentContext(*m_workspace);
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString suggested
        = QDir(folder).filePath(EvidenceReport::suggestedFileName(format, scope, context.generatedAtUtc.date()));
    QString path = Dialogs::saveFileName(this,
        format == EvidenceReport::Format::Pdf ? tr("Export this customer's evidence as PDF")
                                              : tr("Export this customer's evidence as JSON"),
        suggested, EvidenceReport::fileFilter(format));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + EvidenceReport::extension(format);

    QString error;
    if (!EvidenceReport::write(format, path, records, scope, context, &error)) {
        m_exportMessage->showMessage(error, FieldMessage::Kind::Error);
        return;
    }
    m_exportMessage->showMessage(tr("%Ln record(s) written to %1.", nullptr, static_cast<int>(records.size()))
                                     .arg(QDir::toNativeSeparators(path)),
        FieldMessage::Kind::Information);
}

void CustomerEvidenceWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CustomerEvidenceWidget::retranslateUi()
{
    m_introLabel->setText(tr("Every confirmation sent from PartnerDesk for this customer, newest first, with "
                             "the answer Partner Center gave. Kept on this computer."));
    m_view->setAccessibleName(tr("Evidence records"));
    m_outcomeCaption->setText(tr("Outcome:"));
    m_requestIdCaption->setText(tr("Re&quest id:"));
    m_correlationIdCaption->setText(tr("C&orrelation id:"));
    m_requestId->setAccessibleName(tr("Request id"));
    m_correlationId->setAccessibleName(tr("Correlation id"));
    m_exportJsonButton->setText(tr("Export &JSON…"));
    m_exportJsonButton->setToolTip(tr("Save this customer's evidence records as a JSON file"));
    m_exportPdfButton->setText(tr("Export P&DF…"));
    m_exportPdfButton->setToolTip(tr("Save this customer's evidence records as a PDF report"));
    m_model->retranslate();
    showState();
    showSelected();
    fitColumns();
}

bool CustomerEvidenceWidget::eventFilter(QObject* watched, QEvent* event)
{
    // The room is known once the page is laid out: fit again when it changes, unless the user
    // has set column widths of their own.
    if (watched == m_view->viewport() && event->type() == QEvent::Resize && !m_columnsResizedByUser)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void CustomerEvidenceWidget::fitColumns()
{
    QHeaderView* header = m_view->horizontalHeader();
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const auto content = [this](int column) {
        // public in QAbstractItemView (QTableView only overrides it)
        return static_cast<const QAbstractItemView*>(m_view)->sizeHintForColumn(column);
    };
    const auto hint = [header](int column) { return header->sectionSizeHint(column); };
    m_fittingColumns = true;

    // Short columns (a date, a channel name): their content, up to a cap.
    int fixed = 0;
    for (const int column :
        {EvidenceTableModel::WhenColumn, EvidenceTableModel::ChannelColumn, EvidenceTableModel::AcceptanceDateColumn}) {
        const int width = std::max(hint(column), std::min(content(column), 14 * em));
        m_view->setColumnWidth(column, width);
        fixed += width;
    }
    // The longer ones share the room left: each between its header and its (capped) content.
    // The ids elide in the middle (complete in the fields below), the contact stretches.
    struct Flexible
    {
        int column;
        int minimum;
        int desired;
    };
    QList<Flexible> flexible;
    for (const auto& [column, cap] :
        {std::pair{EvidenceTableModel::WhoColumn, 16}, std::pair{EvidenceTableModel::OutcomeColumn, 18},
            std::pair{EvidenceTableModel::RequestIdColumn, 10}, std::pair{EvidenceTableModel::CorrelationIdColumn, 10},
            std::pair{EvidenceTableModel::ContactColumn, 24}}) {
        const int minimum = column == EvidenceTableModel::ContactColumn ? std::max(hint(column), 8 * em) : hint(column);
        flexible.append({column, minimum, std::max(minimum, std::min(content(column), cap * em))});
    }
    int minimumSum = 0;
    int desiredSum = 0;
    for (const Flexible& item : flexible) {
        minimumSum += item.minimum;
        desiredSum += item.desired;
    }
    const int available = m_view->viewport()->width() - fixed;
    const double share = desiredSum > minimumSum
        ? std::clamp(double(available - minimumSum) / (desiredSum - minimumSum), 0.0, 1.0)
        : 1.0;
    for (const Flexible& item : flexible) {
        if (item.column != EvidenceTableModel::ContactColumn)
            m_view->setColumnWidth(item.column, item.minimum + static_cast<int>(share * (item.desired - item.minimum)));
    }
    m_fittingColumns = false;
}

void CustomerEvidenceWidget::showState()
{
    const bool available = isStoreAvailable();
    const bool empty = m_model->rowCount() == 0;
    if (!available) {
        m_stateMessage->showMessage(tr("Evidence records are not available: PartnerDesk could not open its evidence "
                                       "file on this computer. Confirmations still reach Partner Center, but none is "
                                       "recorded here until PartnerDesk is restarted with the file accessible."),
            FieldMessage::Kind::Warning);
    } else if (empty) {
        m_stateMessage->showMessage(
            tr("No evidence yet: no confirmation for this customer has been sent from PartnerDesk on this computer."),
            FieldMessage::Kind::Information);
    } else {
        m_stateMessage->clearMessage();
    }
    m_view->setVisible(available && !empty);
    for (QWidget* widget : std::initializer_list<QWidget*>{m_outcomeCaption, m_outcomeValue, m_requestIdCaption,
             m_requestId, m_correlationIdCaption, m_correlationId})
        widget->setVisible(available && !empty);
    m_exportJsonButton->setEnabled(available && !empty);
    m_exportPdfButton->setEnabled(available && !empty);
}

void CustomerEvidenceWidget::showSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount()) {
        m_outcomeValue->clear();
        m_requestId->clear();
        m_correlationId->clear();
        return;
    }
    const EvidenceRecord& record = m_model->recordAt(current.row());
    m_outcomeValue->setText(EvidenceReport::outcomeDetails(record));
    m_requestId->setText(record.requestId);
    m_requestId->setPlaceholderText(tr("none"));
    m_correlationId->setText(record.correlationId);
    m_correlationId->setPlaceholderText(tr("none"));
    m_requestId->home(false);
    m_correlationId->home(false);
}

} // namespace PartnerDesk
