#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace PartnerDesk::Test {

struct SeededCustomer
{
    QString id;
    QString domain;
    QString country;
};

struct SeededContact
{
    QString customerId;
    QString firstName;
    QString lastName;
    QString email;
};

// What a sandbox database was seeded with, read straight from its file (reading through the
// API would use up a throttle or meet injected faults).
struct SandboxSeed
{
    QList<SeededCustomer> customers; // all but those of `contacts`, in insertion order
    QList<SeededContact> contacts; // one per confirmed customer, without a phone number

    [[nodiscard]] static std::optional<SandboxSeed> load(const QString& databasePath, int maxContacts = 100);
    // The first customer not used yet (removed from the list).
    [[nodiscard]] SeededCustomer take() { return customers.takeFirst(); }
};

// The Microsoft Customer Agreement confirmations in a sandbox database, by "customerId|email".
struct StoredConfirmations
{
    QHash<QString, int> counts;
    QHash<QString, QString> dates; // yyyy-MM-dd of the last one read
    int total = 0;

    [[nodiscard]] static StoredConfirmations read(const QString& databasePath);
    [[nodiscard]] int count(const QString& key) const { return counts.value(key); }
    // Keys stored more than once.
    [[nodiscard]] QStringList duplicated() const;
};

// One row of a generated bulk file and what must become of it.
struct ExpectedRow
{
    QStringList fields; // customerId, domain, firstName, lastName, email, phoneNumber, dateAgreed
    QString outcome;
    QString code;
    QString resolvedCustomerId; // for rows that reach the service

    [[nodiscard]] QString email() const { return fields.at(4); }
    [[nodiscard]] QString date() const { return fields.at(6); }
    // "customerId|email" of the confirmation this row is about ("" when it has no customer).
    [[nodiscard]] QString confirmationKey() const;
};

// The generated bulk files of the CLI and exactly-once tests.
namespace BulkScenario {

[[nodiscard]] QString utcDate(int daysFromToday);

// `total` rows in the proportions of TestBulkCli's 2,000-row file (scaled): 57.5 % new
// confirmations by id, 7.5 % second contacts of those customers, 2.5 % by domain only,
// 2.5 % with a phone valid for a US customer and 2.5 % with the same format for a German one
// (invalid), 15 % invalid offline (email, future date, date format), 5 % unknown customers,
// 5 % contacts the sandbox already has (alreadyConfirmed) and 5 % exact copies of earlier rows
// (skipped), shuffled with `shuffleSeed`. Consumes customers from `seed`. At 2,000 rows:
// 1,375 confirmed, 100 already confirmed, 425 invalid, 100 skipped.
[[nodiscard]] QList<ExpectedRow> mixedRows(SandboxSeed& seed, int total, quint32 shuffleSeed);
// The file: header and rows, CRLF.
[[nodiscard]] QByteArray csv(const QList<ExpectedRow>& rows);
// How many rows expect this outcome.
[[nodiscard]] int count(const QList<ExpectedRow>& rows, const QString& outcome);

[[nodiscard]] QList<QStringList> readRecords(const QString& csvPath);
// The result file row by row against the rows: line numbers, the input echoed, outcome, code,
// a message, the resolved customer. Empty when all match, else the first difference.
[[nodiscard]] QString compareResults(const QList<QStringList>& records, const QList<ExpectedRow>& rows);

} // namespace BulkScenario

} // namespace PartnerDesk::Test
