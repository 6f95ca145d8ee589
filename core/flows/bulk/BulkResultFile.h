#pragma once

#include "BulkInput.h"
#include "BulkRowResult.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace PartnerDesk {

// The result file of a bulk run: every input row, in input order, with its line number, the
// input columns, its outcome, code, message and request id. RFC 4180, UTF-8 with a byte order
// mark (spreadsheets need it to read UTF-8), formula cells neutralised, written atomically.
namespace BulkResultFile {

// The header: line, customerId, domain, firstName, lastName, email, phoneNumber, dateAgreed,
// outcome, column, code, message, requestId, correlationId, resolvedCustomerId.
[[nodiscard]] QStringList columns();
[[nodiscard]] QByteArray contents(const QList<BulkRow>& rows, const QList<BulkRowResult>& results);
// Writes through QSaveFile: the old file stays whole until the new one is complete.
bool write(
    const QString& path, const QList<BulkRow>& rows, const QList<BulkRowResult>& results, QString* error = nullptr);
// Where the results of `inputPath` go by default: beside it, "<name>-results.csv"
// ("<name>-dry-run.csv" for a dry run).
[[nodiscard]] QString defaultPath(const QString& inputPath, bool dryRun);
// Where its journal goes by default: beside the results, "<name>-journal.sqlite".
[[nodiscard]] QString defaultJournalPath(const QString& inputPath);

} // namespace BulkResultFile
} // namespace PartnerDesk
