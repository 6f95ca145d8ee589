#pragma once

#include "BulkInput.h"
#include "BulkRowResult.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace PartnerDesk {

// The file an indirect reseller hands to its indirect provider: the rows of a bulk attestation
// file that passed the dry run, in the input's columns, ready for the provider's own bulk run
// (Bulk attestation in PartnerDesk, or `partnerdesk-cli bulk attest`). The rows that did not
// pass go to a second file, a result file (BulkResultFile's columns) saying what is wrong with
// each, so the reseller can correct them.
//
// Both are RFC 4180, UTF-8 with a byte order mark, formula cells neutralised (BulkInputReader
// reads such a cell back as it was), written atomically.
namespace BulkHandOffFile {

// customerId, domain, firstName, lastName, email, phoneNumber, dateAgreed (BulkColumns::all()).
[[nodiscard]] QStringList columns();
// Whether a row of a dry run belongs in the hand-off file (its outcome is Valid).
[[nodiscard]] bool isHandedOff(const BulkRowResult& result);
[[nodiscard]] int handedOffCount(const QList<BulkRowResult>& results);
// The hand-off file: the rows that passed, values as written in the input.
[[nodiscard]] QByteArray contents(const QList<BulkRow>& rows, const QList<BulkRowResult>& results);
// The other rows with their outcome, code and message (BulkResultFile's format).
[[nodiscard]] QByteArray problemsContents(const QList<BulkRow>& rows, const QList<BulkRowResult>& results);
// "<name>-for-provider.csv" beside the input, and "<name>-for-provider-problems.csv" beside the
// hand-off file.
[[nodiscard]] QString defaultPath(const QString& inputPath);
[[nodiscard]] QString problemsPath(const QString& handOffPath);

struct WriteResult
{
    int handedOff = 0; // rows in the hand-off file
    int left = 0; // rows in the problems file (0: none was written)
    QString problemsPath; // empty when every row passed
    QString error; // translated; empty on success
    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};
// Writes the hand-off file at `path` and, when some rows did not pass, the problems file at
// problemsPath(path) (an older problems file there is removed when none is needed).
[[nodiscard]] WriteResult write(const QString& path, const QList<BulkRow>& rows, const QList<BulkRowResult>& results);

} // namespace BulkHandOffFile
} // namespace PartnerDesk
