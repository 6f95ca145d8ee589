#include "BulkRowChecks.h"

#include <QCoreApplication>
#include <QUuid>

namespace PartnerDesk::BulkRowChecks {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("PartnerDesk::BulkRowChecks", text);
}

// An ID as Partner Center writes it. QUuid::fromString alone also takes braces and ignores what
// follows the 36th character ("…65a57a6c32ec/x"), which would then be sent as the customer's ID.
bool isCustomerId(const QString& text)
{
    const QUuid id = QUuid::fromString(text);
    return !id.isNull() && id.toString(QUuid::WithoutBraces).compare(text, Qt::CaseInsensitive) == 0;
}

} // namespace

BulkCellProblem fromValidation(BulkColumn column, const FieldResult& result)
{
    return BulkCellProblem{column, BulkCodes::validation(result.code), result.message()};
}

QList<BulkCellProblem> offlineProblems(const BulkRow& row, const Clock* clock)
{
    QList<BulkCellProblem> problems;
    if (row.ragged) {
        problems << BulkCellProblem{BulkColumn::None, QString(BulkCodes::RaggedRow),
            QCoreApplication::translate("PartnerDesk::BulkRowChecks",
                "This row has %Ln field(s), not as many as the header row; its values may be in the wrong columns.",
                nullptr, static_cast<int>(row.fieldCount))};
    }

    const QString customerId = row.customerId.trimmed();
    const QString domain = row.domain.trimmed();
    if (customerId.isEmpty() && domain.isEmpty()) {
        problems << BulkCellProblem{BulkColumn::CustomerId, QString(BulkCodes::CustomerMissing),
            tr("Give the customer's ID (or its domain, when the ID is not known).")};
    } else if (!customerId.isEmpty() && !isCustomerId(customerId)) {
        problems << BulkCellProblem{BulkColumn::CustomerId, QString(BulkCodes::CustomerIdInvalid),
            tr("A customer ID looks like 14876998-c0dc-46e6-9d0c-65a57a6c32ec (the customer's tenant ID).")};
    }

    const ValidationContext context{nullptr, clock};
    const auto check = [&](BulkColumn column, Field field, const QString& value) {
        const FieldResult result = Validation::validate(field, value, context);
        if (!result.isValid())
            problems << fromValidation(column, result);
    };
    check(BulkColumn::FirstName, Field::FirstName, row.firstName);
    check(BulkColumn::LastName, Field::LastName, row.lastName);
    check(BulkColumn::Email, Field::Email, row.email);
    // YYYY-MM-DD only, never in the future (UTC and the user's zone), never replaced by "now".
    check(BulkColumn::DateAgreed, Field::AcceptanceDate, row.dateAgreed);
    return problems;
}

std::optional<BulkCellProblem> phoneProblem(const BulkRow& row, const CountryRules* rules)
{
    const FieldResult result = Validation::validate(Field::PhoneNumber, row.phoneNumber, ValidationContext{rules});
    if (result.isValid())
        return std::nullopt;
    return fromValidation(BulkColumn::PhoneNumber, result);
}

Contact contactToSend(const BulkRow& row)
{
    return Validation::normalized(row.contact());
}

QDate acceptanceDate(const BulkRow& row)
{
    return QDate::fromString(row.dateAgreed.trimmed(), Qt::ISODate);
}

QString duplicateKey(const BulkRow& row)
{
    const QString customerId = row.customerId.trimmed();
    const QString customer = customerId.isEmpty() ? QStringLiteral("domain:") + row.domain.trimmed().toLower()
                                                  : QStringLiteral("id:") + customerId.toLower();
    const Contact contact = contactToSend(row);
    // Unit separators cannot occur in valid fields; they keep "a|b" + "c" apart from "a" + "b|c".
    const QChar separator(0x1f);
    return QStringList{
        customer, contact.firstName, contact.lastName, contact.email, contact.phoneNumber, row.dateAgreed.trimmed()}
        .join(separator);
}

BulkRowResult invalid(const QList<BulkCellProblem>& problems)
{
    BulkRowResult result;
    result.outcome = BulkOutcome::Invalid;
    result.problems = problems;
    if (!problems.isEmpty()) {
        result.code = problems.constFirst().code;
        QStringList messages;
        for (const BulkCellProblem& problem : problems) {
            const QString column = BulkColumns::key(problem.column);
            messages << (column.isEmpty() ? problem.message : column + QStringLiteral(": ") + problem.message);
        }
        result.message = messages.join(QLatin1Char(' '));
    }
    return result;
}

} // namespace PartnerDesk::BulkRowChecks
