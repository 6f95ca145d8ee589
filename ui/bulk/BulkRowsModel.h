#pragma once

#include "flows/bulk/BulkInput.h"
#include "flows/bulk/BulkRowResult.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QIcon>
#include <QList>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

namespace PartnerDesk {

// The rows of a bulk attestation file with their outcome: one table row per input row, no
// widget per row, so 100,000 rows stay light. A finished row changes only itself
// (dataChanged), never the whole table. Each problem is shown at its cell: a background
// that marks it, the message as tooltip and in the accessible text, the code in ProblemCodesRole.
class BulkRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        LineColumn,
        CustomerColumn, // the customer id, or the domain when the row names no id
        FirstNameColumn,
        LastNameColumn,
        EmailColumn,
        PhoneColumn,
        DateAgreedColumn,
        OutcomeColumn,
        MessageColumn,
        ColumnCount
    };
    enum Role {
        OutcomeRole = Qt::UserRole + 1, // BulkOutcome as int
        ProblemCodesRole, // QStringList: the codes of the problems at this cell
        SortRole, // a value that sorts right (the line as a number)
        RowIndexRole, // the row's index in the input
    };

    explicit BulkRowsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A new file (or a new run of it): resets the table. `results` may be empty (all pending).
    void setRows(const QList<BulkRow>& rows, const QList<BulkRowResult>& results = {});
    void clear();
    // One row's outcome: only that row changes.
    void setResult(int index, const BulkRowResult& result);

    [[nodiscard]] const QList<BulkRow>& rows() const { return m_rows; }
    [[nodiscard]] const QList<BulkRowResult>& results() const { return m_results; }
    [[nodiscard]] const BulkRowResult& resultAt(int index) const { return m_results.at(index); }

    // The table column that shows a file column (the customer column for id and domain; the
    // line column for the row as a whole).
    [[nodiscard]] static int columnFor(BulkColumn column);
    // How an outcome looks, in the colours the statuses of the customer list use.
    [[nodiscard]] static QColor outcomeColor(BulkOutcome outcome);
    [[nodiscard]] static QIcon outcomeIcon(BulkOutcome outcome);
    // The background of a cell with a problem: the error colour over the palette's base, so it
    // reads in light and dark themes alike.
    [[nodiscard]] static QColor problemBackground();

    // A row's message as the table shows it: a problem in a cell names its column as the
    // header does ("Email: …"), not by the file's key ("email: …") the result file keeps.
    [[nodiscard]] QString messageText(const BulkRowResult& result) const;

    // Language changed: headers and texts are read again.
    void retranslate();

private:
    [[nodiscard]] QList<BulkCellProblem> problemsAt(int row, int column) const;

    QList<BulkRow> m_rows;
    QList<BulkRowResult> m_results;
};

// What the preview shows: every row, only the rows with a problem, or the rows of one outcome;
// sortable (the line column by number).
class BulkRowsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Mode {
        All,
        Problems, // invalid or failed
        Outcome,
    };

    explicit BulkRowsFilterModel(QObject* parent = nullptr);

    void setFilter(Mode mode, BulkOutcome outcome = BulkOutcome::Pending);
    [[nodiscard]] Mode mode() const { return m_mode; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    Mode m_mode = Mode::All;
    BulkOutcome m_outcome = BulkOutcome::Pending;
};

} // namespace PartnerDesk
