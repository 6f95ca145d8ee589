#pragma once

#include "BulkRowResult.h"
#include "model/CountryRules.h"

#include <QDate>
#include <QList>
#include <QString>

namespace PartnerDesk {

class Clock;

// The checks of a bulk row that need no network, with the same rules as the forms (the
// validation table). The phone number is left to checkPhone: its rule depends on the
// customer's country, known only once the customer is resolved.
namespace BulkRowChecks {

// Problems of the row by itself: ragged record, customer reference, names, email, date.
[[nodiscard]] QList<BulkCellProblem> offlineProblems(const BulkRow& row, const Clock* clock = nullptr);
// The phone number against the customer's country rules (nullptr: the international check).
[[nodiscard]] std::optional<BulkCellProblem> phoneProblem(const BulkRow& row, const CountryRules* rules);

// What identifies a confirmation within the file: the customer as written (ID, else domain;
// without case), the contact as it will be sent, and the date. Rows with equal keys are
// duplicates: the later ones are skipped.
[[nodiscard]] QString duplicateKey(const BulkRow& row);
// The contact as it will be sent (trimmed, phone digits in ASCII, email domain in ASCII).
[[nodiscard]] Contact contactToSend(const BulkRow& row);
[[nodiscard]] QDate acceptanceDate(const BulkRow& row);

// An invalid result from the problems (the first one gives the row's code and message).
[[nodiscard]] BulkRowResult invalid(const QList<BulkCellProblem>& problems);
[[nodiscard]] BulkCellProblem fromValidation(BulkColumn column, const FieldResult& result);

} // namespace BulkRowChecks
} // namespace PartnerDesk
