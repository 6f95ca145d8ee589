#include "AgreementHistoryModel.h"

#include <QLocale>

#include <algorithm>

namespace PartnerDesk {

AgreementHistoryModel::AgreementHistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

int AgreementHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_agreements.size());
}

int AgreementHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AgreementHistoryModel::typeDisplayName(const QString& type)
{
    if (type == AgreementTypes::MicrosoftCustomerAgreement)
        return tr("Microsoft Customer Agreement");
    if (type == AgreementTypes::MicrosoftCloudAgreement)
        return tr("Microsoft Cloud Agreement");
    return type;
}

QVariant AgreementHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_agreements.size())
        return {};
    const Agreement& agreement = m_agreements.at(index.row());
    if (role == AgreementLinkRole)
        return agreement.agreementLink;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case DateColumn:
            return role == Qt::DisplayRole ? QLocale().toString(agreement.acceptanceDate(), QLocale::ShortFormat)
                                           : QLocale().toString(agreement.acceptanceDate(), QLocale::LongFormat);
        case TypeColumn:
            return typeDisplayName(agreement.type);
        case AcceptedByColumn:
            return agreement.primaryContact.displayName();
        case EmailColumn:
            return agreement.primaryContact.email;
        case PhoneColumn:
            return agreement.primaryContact.phoneNumber;
        case TemplateColumn:
            if (role == Qt::ToolTipRole && !agreement.agreementLink.isEmpty())
                return tr("Template %1\n%2").arg(agreement.templateId, agreement.agreementLink);
            return agreement.templateId;
        default:
            break;
        }
    }
    return {};
}

QVariant AgreementHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Accepted on");
    case TypeColumn:
        return tr("Agreement");
    case AcceptedByColumn:
        return tr("Accepted by");
    case EmailColumn:
        return tr("Email address");
    case PhoneColumn:
        return tr("Phone number");
    case TemplateColumn:
        return tr("Template");
    default:
        break;
    }
    return {};
}

void AgreementHistoryModel::setAgreements(const QList<Agreement>& agreements)
{
    beginResetModel();
    m_agreements = agreements;
    std::stable_sort(m_agreements.begin(), m_agreements.end(),
        [](const Agreement& a, const Agreement& b) { return a.dateAgreed > b.dateAgreed; });
    endResetModel();
}

void AgreementHistoryModel::clear()
{
    beginResetModel();
    m_agreements.clear();
    endResetModel();
}

void AgreementHistoryModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_agreements.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace PartnerDesk
