#include "BulkRowsModel.h"

#include "customers/StatusPresentation.h"
#include "widgets/LocaleText.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace PartnerDesk {

namespace {

McaStatus lookOf(BulkOutcome outcome)
{
    switch (outcome) {
    case BulkOutcome::Confirmed:
    case BulkOutcome::AlreadyConfirmed:
        return McaStatus::ConfirmedByPartner;
    case BulkOutcome::Valid:
        return McaStatus::AcceptedDirectly; // the blue of "fine, nothing to do yet"
    case BulkOutcome::Invalid:
    case BulkOutcome::Failed:
        return McaStatus::NotConfirmed;
    case BulkOutcome::Pending:
    case BulkOutcome::Skipped:
        break;
    }
    return McaStatus::Unknown;
}

QColor blend(const QColor& over, const QColor& under, double amount)
{
    return QColor::fromRgbF(float(over.redF() * amount + under.redF() * (1 - amount)),
        float(over.greenF() * amount + under.greenF() * (1 - amount)),
        float(over.blueF() * amount + under.blueF() * (1 - amount)));
}

} // namespace

BulkRowsModel::BulkRowsModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

int BulkRowsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int BulkRowsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int BulkRowsModel::columnFor(BulkColumn column)
{
    switch (column) {
    case BulkColumn::None:
        return LineColumn;
    case BulkColumn::CustomerId:
    case BulkColumn::Domain:
        return CustomerColumn;
    case BulkColumn::FirstName:
        return FirstNameColumn;
    case BulkColumn::LastName:
        return LastNameColumn;
    case BulkColumn::Email:
        return EmailColumn;
    case BulkColumn::PhoneNumber:
        return PhoneColumn;
    case BulkColumn::DateAgreed:
        return DateAgreedColumn;
    }
    return LineColumn;
}

QColor BulkRowsModel::outcomeColor(BulkOutcome outcome)
{
    return StatusPresentation::color(lookOf(outcome));
}

QIcon BulkRowsModel::outcomeIcon(BulkOutcome outcome)
{
    return StatusPresentation::icon(lookOf(outcome));
}

QColor BulkRowsModel::problemBackground()
{
    const QColor base = QGuiApplication::palette().color(QPalette::Base);
    // Stronger over a dark base, where a faint tint would vanish.
    return blend(StatusPresentation::color(McaStatus::NotConfirmed), base, base.lightnessF() < 0.5 ? 0.45 : 0.22);
}

QList<BulkCellProblem> BulkRowsModel::problemsAt(int row, int column) const
{
    QList<BulkCellProblem> found;
    for (const BulkCellProblem& problem : m_results.at(row).problems) {
        if (columnFor(problem.column) == column)
            found << problem;
    }
    return found;
}

QVariant BulkRowsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const int r = index.row();
    const BulkRow& row = m_rows.at(r);
    const BulkRowResult& result = m_results.at(r);
    const int column = index.column();

    const auto display = [&]() -> QString {
        switch (column) {
        case LineColumn:
            return QLocale().toString(row.line);
        case CustomerColumn:
            return row.customerId.trimmed().isEmpty() ? row.domain : row.customerId;
        case FirstNameColumn:
            return row.firstName;
        case LastNameColumn:
            return row.lastName;
        case EmailColumn:
            return row.email;
        case PhoneColumn:
            return row.phoneNumber;
        case DateAgreedColumn:
            return row.dateAgreed;
        case OutcomeColumn:
            return BulkOutcomes::displayName(result.outcome);
        case MessageColumn:
            return messageText(result);
        }
        return {};
    };

    switch (role) {
    case Qt::DisplayRole:
        return display();
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const BulkCellProblem& problem : problemsAt(r, column))
            lines << problem.message;
        if (column == CustomerColumn && !row.customerId.trimmed().isEmpty() && !row.domain.trimmed().isEmpty())
            lines.prepend(tr("Customer ID %1, domain %2").arg(row.customerId.trimmed(), row.domain.trimmed()));
        if ((column == OutcomeColumn || column == MessageColumn) && !result.message.isEmpty()) {
            lines << messageText(result);
            if (!result.code.isEmpty())
                lines << tr("Code: %1").arg(result.code);
            if (!result.requestId.isEmpty())
                lines << tr("Request ID: %1").arg(result.requestId);
        }
        if (lines.isEmpty())
            return {};
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::AccessibleTextRole: {
        const QList<BulkCellProblem> problems = problemsAt(r, column);
        if (problems.isEmpty())
            return display();
        QStringList messages;
        for (const BulkCellProblem& problem : problems)
            messages << problem.message;
        return tr("%1 (problem: %2)").arg(display(), LocaleText::joinSentences(messages));
    }
    case Qt::BackgroundRole:
        if (!problemsAt(r, column).isEmpty())
            return problemBackground();
        return {};
    case Qt::DecorationRole:
        if (column == OutcomeColumn)
            return outcomeIcon(result.outcome);
        return {};
    case OutcomeRole:
        return static_cast<int>(result.outcome);
    case ProblemCodesRole: {
        QStringList codes;
        for (const BulkCellProblem& problem : problemsAt(r, column))
            codes << problem.code;
        return codes;
    }
    case SortRole:
        if (column == LineColumn)
            return static_cast<qlonglong>(row.line);
        if (column == OutcomeColumn)
            return static_cast<int>(result.outcome);
        return display();
    case RowIndexRole:
        return row.index;
    default:
        break;
    }
    return {};
}

QString BulkRowsModel::messageText(const BulkRowResult& result) const
{
    if (result.outcome != BulkOutcome::Invalid || result.problems.isEmpty())
        return result.message;
    QStringList messages;
    for (const BulkCellProblem& problem : result.problems) {
        if (problem.column == BulkColumn::None) {
            messages << problem.message;
            continue;
        }
        const QString column = headerData(columnFor(problem.column), Qt::Horizontal, Qt::DisplayRole).toString();
        messages << tr("%1: %2", "a column's name, then a problem in its cell").arg(column, problem.message);
    }
    return LocaleText::joinSentences(messages);
}

QVariant BulkRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case CustomerColumn:
        return tr("Customer ID or domain");
    case FirstNameColumn:
        return tr("First name");
    case LastNameColumn:
        return tr("Last name");
    case EmailColumn:
        return tr("Email");
    case PhoneColumn:
        return tr("Phone");
    case DateAgreedColumn:
        return tr("Date agreed");
    case OutcomeColumn:
        return tr("Outcome");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

void BulkRowsModel::setRows(const QList<BulkRow>& rows, const QList<BulkRowResult>& results)
{
    beginResetModel();
    m_rows = rows;
    m_results = results;
    m_results.resize(m_rows.size());
    endResetModel();
}

void BulkRowsModel::clear()
{
    setRows({});
}

void BulkRowsModel::setResult(int index, const BulkRowResult& result)
{
    if (index < 0 || index >= m_results.size())
        return;
    m_results[index] = result;
    Q_EMIT dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
}

void BulkRowsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

BulkRowsFilterModel::BulkRowsFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(BulkRowsModel::SortRole);
    setSortLocaleAware(true);
}

void BulkRowsFilterModel::setFilter(Mode mode, BulkOutcome outcome)
{
    if (m_mode == mode && m_outcome == outcome)
        return;
    m_mode = mode;
    m_outcome = outcome;
    invalidateFilter();
}

bool BulkRowsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    if (m_mode == Mode::All)
        return true;
    const auto* rows = static_cast<const BulkRowsModel*>(sourceModel());
    const BulkOutcome outcome = rows->resultAt(sourceRow).outcome;
    if (m_mode == Mode::Problems)
        return outcome == BulkOutcome::Invalid || outcome == BulkOutcome::Failed;
    return outcome == m_outcome;
}

} // namespace PartnerDesk
