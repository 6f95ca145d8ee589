#include "StatusExport.h"

#include "util/Csv.h"

#include <QSaveFile>

namespace PartnerDesk::StatusExport {

QByteArray toCsv(const QList<CustomerStatusRow>& rows)
{
    QString text = Csv::record({QStringLiteral("customerId"), QStringLiteral("companyName"), QStringLiteral("domain"),
        QStringLiteral("country"), QStringLiteral("mcaStatus"), QStringLiteral("dateAgreed"),
        QStringLiteral("relationshipToPartner")});
    for (const CustomerStatusRow& row : rows) {
        text += Csv::record({row.customerId, row.companyName, row.domain, row.country, mcaStatusToKey(row.status),
            row.dateAgreed.isValid() ? row.dateAgreed.toString(Qt::ISODate) : QString(), row.relationship});
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

bool writeCsv(const QString& path, const QList<CustomerStatusRow>& rows, QString* error)
{
    QSaveFile file(path);
    const QByteArray bytes = toCsv(rows);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace PartnerDesk::StatusExport
