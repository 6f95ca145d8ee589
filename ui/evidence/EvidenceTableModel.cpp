#include "EvidenceTableModel.h"

#include "EvidenceReport.h"
#include "flows/evidence/EvidenceStore.h"
#include "util/Clock.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace PartnerDesk {

EvidenceTableModel::EvidenceTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void EvidenceTableModel::setRecords(const QList<EvidenceRecord>& records)
{
    beginResetModel();
    m_records = records;
    endResetModel();
}

void EvidenceTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_records.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int EvidenceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int EvidenceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EvidenceTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const EvidenceRecord& record = m_records.at(index.row());
    if (role == RecordIdRole)
        return record.id;
    if (role == OutcomeKeyRole)
        return EvidenceStore::outcomeToKey(record.outcome);

    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case WhenColumn:
            return QLocale().toString(
                record.recordedAtUtc.toTimeZone(Clock::instance().timeZone()), QLocale::ShortFormat);
        case WhoColumn:
            return EvidenceReport::whoText(record);
        case ChannelColumn:
            return EvidenceReport::channelText(record.channel);
        case ContactColumn:
            return EvidenceReport::contactText(record, QStringLiteral(", "));
        case AcceptanceDateColumn:
            return QLocale().toString(record.acceptanceDate, QLocale::ShortFormat);
        case OutcomeColumn:
            return EvidenceReport::outcomeText(record);
        case RequestIdColumn:
            return EvidenceReport::idText(record.requestId);
        case CorrelationIdColumn:
            return EvidenceReport::idText(record.correlationId);
        default:
            return {};
        }
    }
    // The value itself, without marks for right-to-left display: what Copy takes.
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case RequestIdColumn:
            return record.requestId;
        case CorrelationIdColumn:
            return record.correlationId;
        default:
            return index.data(Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case WhenColumn:
            return tr("%1 UTC").arg(record.recordedAtUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        case ContactColumn:
            return record.contactRemoved()
                ? tr("Contact data was removed on %1 (UTC), after the retention period set in Settings.")
                      .arg(record.contactRemovedAtUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                : EvidenceReport::contactText(record, QStringLiteral("\n"));
        case AcceptanceDateColumn:
            return QLocale().toString(record.acceptanceDate, QLocale::LongFormat);
        case OutcomeColumn:
            return EvidenceReport::outcomeDetails(record);
        case RequestIdColumn:
        case CorrelationIdColumn:
            return index.data(Qt::DisplayRole);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole) {
        if (index.column() == OutcomeColumn && record.outcome == EvidenceRecord::Outcome::Failed)
            return QBrush(QColor(0xa4, 0x26, 0x2c));
        if (index.column() == ContactColumn && record.contactRemoved())
            return QBrush(QColor(0x60, 0x5e, 0x5c));
    }
    return {};
}

QVariant EvidenceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case ChannelColumn:
        return tr("Channel");
    case ContactColumn:
        return tr("Contact");
    case AcceptanceDateColumn:
        return tr("Accepted on");
    case OutcomeColumn:
        return tr("Outcome");
    case RequestIdColumn:
        return tr("Request id");
    case CorrelationIdColumn:
        return tr("Correlation id");
    default:
        return {};
    }
}

} // namespace PartnerDesk
