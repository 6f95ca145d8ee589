#pragma once

#include "model/AgreementStatus.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace PartnerDesk {

// One customer's line in the status export.
struct CustomerStatusRow
{
    QString customerId;
    QString companyName;
    QString domain;
    QString country; // ISO code
    McaStatus status = McaStatus::Unknown;
    QDate dateAgreed;
    QString relationship; // wire value ("reseller")
};

// The status of every customer as a CSV file a spreadsheet opens safely: RFC 4180 quoting,
// UTF-8 with a byte order mark (so spreadsheets read the scripts right), CRLF, and cells that
// would start a formula (=, +, -, @, tab, CR) neutralised with a leading apostrophe. Column
// names and values are stable keys, not translated text, so scripts can read the file.
namespace StatusExport {

[[nodiscard]] QByteArray toCsv(const QList<CustomerStatusRow>& rows);
// Written atomically: a failed write leaves no half file. `error` says why it failed.
bool writeCsv(const QString& path, const QList<CustomerStatusRow>& rows, QString* error = nullptr);

} // namespace StatusExport
} // namespace PartnerDesk
