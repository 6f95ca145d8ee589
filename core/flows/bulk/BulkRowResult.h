#pragma once

#include "BulkInput.h"
#include "api/ApiError.h"
#include "validation/Validation.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <array>
#include <optional>

namespace PartnerDesk {

// Where a row of a bulk run ended. Every row ends in exactly one of the final outcomes.
enum class BulkOutcome {
    Pending, // not decided yet
    Valid, // dry run only: passed every check and would be sent
    Confirmed,
    AlreadyConfirmed,
    Invalid,
    Failed,
    Skipped,
};
inline constexpr int bulkOutcomeCount = 7;

namespace BulkOutcomes {
// "pending", "valid", "confirmed", "alreadyConfirmed", "invalid", "failed", "skipped".
[[nodiscard]] QString key(BulkOutcome outcome);
[[nodiscard]] std::optional<BulkOutcome> fromKey(const QString& key);
[[nodiscard]] QString displayName(BulkOutcome outcome); // translated
} // namespace BulkOutcomes

// The stable codes of a row's result, besides the validation codes ("required", "emailMissingAt",
// ...: BulkCodes::validation) and Partner Center's own codes ("600061", ...).
namespace BulkCodes {
inline constexpr QLatin1String RaggedRow("raggedRow"); // not as many fields as the header
inline constexpr QLatin1String CustomerMissing("customerMissing"); // neither customerId nor domain
inline constexpr QLatin1String CustomerIdInvalid("customerIdInvalid"); // not a customer ID (GUID)
inline constexpr QLatin1String CustomerNotFound("customerNotFound");
inline constexpr QLatin1String DomainMismatch("domainMismatch"); // the domain is not the customer's
inline constexpr QLatin1String DuplicateRow("duplicateRow"); // the same as an earlier row
inline constexpr QLatin1String ExistingConfirmation("existingConfirmation"); // found when reading
inline constexpr QLatin1String Canceled("canceled"); // not done: the run was canceled
inline constexpr QLatin1String ServiceUnavailable("serviceUnavailable"); // not sent: the run stopped
// A validation code as a stable key: ValidationCode::EmailMissingAt -> "emailMissingAt".
[[nodiscard]] QString validation(ValidationCode code);
// An API error's code: Partner Center's code when there is one, else "http503", "network",
// "timeout", "outcomeUnknown", ...
[[nodiscard]] QString apiError(const ApiError& error);
} // namespace BulkCodes

// One wrong cell: which column, a code, a translated message.
struct BulkCellProblem
{
    BulkColumn column = BulkColumn::None;
    QString code;
    QString message;

    friend bool operator==(const BulkCellProblem&, const BulkCellProblem&) = default;
};

// What happened to one row.
struct BulkRowResult
{
    BulkOutcome outcome = BulkOutcome::Pending;
    QString code; // see BulkCodes; the first problem's code for invalid rows
    QString message; // translated
    QList<BulkCellProblem> problems; // each wrong cell of an invalid row
    QString customerId; // the customer the row resolved to
    int duplicateOf = -1; // index of the earlier row this one repeats
    qsizetype duplicateOfLine = 0;
    QString requestId;
    QString correlationId;
    int httpStatus = 0;
    bool recovered = false; // decided by reading the service's state after an interrupted run

    [[nodiscard]] bool isFinal() const { return outcome != BulkOutcome::Pending && outcome != BulkOutcome::Valid; }
    // The first wrong cell's column (None when the row as a whole is concerned).
    [[nodiscard]] BulkColumn column() const
    {
        return problems.isEmpty() ? BulkColumn::None : problems.constFirst().column;
    }
};

// Counts and timing of a run, for progress bars and the summary.
struct BulkProgress
{
    int total = 0;
    int done = 0; // rows with a final outcome (or Valid in a dry run)
    std::array<int, bulkOutcomeCount> counts{};
    qint64 requests = 0; // requests made (and charged to the rate cap), retries included
    int throttled = 0; // 429 answers seen
    qint64 elapsedMilliseconds = 0; // running time, pauses excluded
    qint64 remainingMilliseconds = -1; // estimate of the time left; -1 while unknown

    [[nodiscard]] int count(BulkOutcome outcome) const { return counts.at(static_cast<size_t>(outcome)); }
};

} // namespace PartnerDesk

Q_DECLARE_METATYPE(PartnerDesk::BulkProgress)
