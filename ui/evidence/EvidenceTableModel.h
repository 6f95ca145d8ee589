#pragma once

#include "flows/evidence/EvidenceRecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace PartnerDesk {

// Evidence records as a table, in the order given (the store gives a customer's newest
// first): when (local time, UTC in the tooltip), who, channel, contact, acceptance date,
// outcome, request id and correlation id.
class EvidenceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        WhenColumn,
        WhoColumn,
        ChannelColumn,
        ContactColumn,
        AcceptanceDateColumn,
        OutcomeColumn,
        RequestIdColumn,
        CorrelationIdColumn,
        ColumnCount,
    };
    enum DataRole {
        RecordIdRole = Qt::UserRole + 1, // qint64
        OutcomeKeyRole, // "confirmed", "alreadyConfirmed", "failed"
    };

    explicit EvidenceTableModel(QObject* parent = nullptr);

    void setRecords(const QList<EvidenceRecord>& records);
    [[nodiscard]] const QList<EvidenceRecord>& records() const { return m_records; }
    [[nodiscard]] const EvidenceRecord& recordAt(int row) const { return m_records.at(row); }
    // Headers and texts follow the UI language.
    void retranslate();

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<EvidenceRecord> m_records;
};

} // namespace PartnerDesk
