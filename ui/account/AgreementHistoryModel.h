#pragma once

#include "model/Agreement.h"

#include <QAbstractTableModel>
#include <QList>

namespace PartnerDesk {

// Every confirmation of a customer's acceptance, newest first: the Microsoft Customer
// Agreement confirmations and older Microsoft Cloud Agreement ones, one row each.
class AgreementHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, TypeColumn, AcceptedByColumn, EmailColumn, PhoneColumn, TemplateColumn, ColumnCount };
    enum Role {
        AgreementLinkRole = Qt::UserRole + 1,
    };

    explicit AgreementHistoryModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Sorts newest first (by the acceptance date; a tie keeps the service's order).
    void setAgreements(const QList<Agreement>& agreements);
    void clear();
    [[nodiscard]] const Agreement& agreementAt(int row) const { return m_agreements.at(row); }

    // The language changed: headers and type names are read again.
    void retranslate();

    // "Microsoft Customer Agreement", "Microsoft Cloud Agreement", or the wire value.
    [[nodiscard]] static QString typeDisplayName(const QString& type);

private:
    QList<Agreement> m_agreements;
};

} // namespace PartnerDesk
