#include "BulkScenario.h"

#include "flows/bulk/BulkResultFile.h"
#include "util/Csv.h"
#include "util/CsvReader.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace PartnerDesk::Test {

namespace {

// A read-only connection of its own per call, closed before it is removed.
template<typename Read> bool withDatabase(const QString& path, Read read)
{
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("bulk-scenario-%1").arg(counter.fetchAndAddRelaxed(1));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            ok = read(db);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

std::optional<SandboxSeed> SandboxSeed::load(const QString& databasePath, int maxContacts)
{
    SandboxSeed seed;
    const bool ok = withDatabase(databasePath, [&seed, maxContacts](QSqlDatabase& db) {
        QSqlQuery contacts(db);
        if (!contacts.exec(
                QStringLiteral("SELECT customer_id, first_name, last_name, email FROM agreements "
                               "WHERE type = 'MicrosoftCustomerAgreement' AND phone_number = '' ORDER BY id")))
            return false;
        QSet<QString> withContact;
        while (contacts.next()) {
            const QString customerId = contacts.value(0).toString();
            if (withContact.contains(customerId) || seed.contacts.size() >= maxContacts)
                continue;
            withContact.insert(customerId);
            seed.contacts.append(SeededContact{
                customerId, contacts.value(1).toString(), contacts.value(2).toString(), contacts.value(3).toString()});
        }
        QSqlQuery customers(db);
        if (!customers.exec(QStringLiteral("SELECT id, domain, address_country FROM customers ORDER BY row_id")))
            return false;
        while (customers.next()) {
            if (!withContact.contains(customers.value(0).toString()))
                seed.customers.append(SeededCustomer{
                    customers.value(0).toString(), customers.value(1).toString(), customers.value(2).toString()});
        }
        return true;
    });
    return ok ? std::optional<SandboxSeed>(seed) : std::nullopt;
}

StoredConfirmations StoredConfirmations::read(const QString& databasePath)
{
    StoredConfirmations stored;
    withDatabase(databasePath, [&stored](QSqlDatabase& db) {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT customer_id, email, date_agreed FROM agreements "
                                       "WHERE type = 'MicrosoftCustomerAgreement'")))
            return false;
        while (query.next()) {
            const QString key = query.value(0).toString() + QLatin1Char('|') + query.value(1).toString();
            ++stored.counts[key];
            stored.dates.insert(key, query.value(2).toString().left(10));
            ++stored.total;
        }
        return true;
    });
    return stored;
}

QStringList StoredConfirmations::duplicated() const
{
    QStringList keys;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > 1)
            keys << it.key();
    }
    return keys;
}

QString ExpectedRow::confirmationKey() const
{
    const QString customer = resolvedCustomerId.isEmpty() ? fields.at(0) : resolvedCustomerId;
    return customer.isEmpty() ? QString() : customer + QLatin1Char('|') + email();
}

namespace BulkScenario {

QString utcDate(int daysFromToday)
{
    return QDateTime::currentDateTimeUtc().date().addDays(daysFromToday).toString(Qt::ISODate);
}

QList<ExpectedRow> mixedRows(SandboxSeed& seed, int total, quint32 shuffleSeed)
{
    const double scale = total / 2000.0;
    const auto scaled = [scale](int atTwoThousand) { return qRound(atTwoThousand * scale); };
    const int secondContacts = scaled(150);
    const int byDomain = scaled(50);
    const int phones = scaled(25); // valid US, and as many invalid German
    const int badEmails = scaled(150);
    const int futureDates = scaled(100);
    const int badDates = scaled(50);
    const int ghosts = scaled(100);
    const int existing = std::min<int>(scaled(100), seed.contacts.size());
    const int copies = scaled(100);
    const int newConfirmations = total - secondContacts - byDomain - 2 * phones - badEmails - futureDates - badDates
        - ghosts - existing - copies;

    QList<ExpectedRow> rows;
    const auto row
        = [](const QStringList& fields, const QString& outcome, const QString& code, const QString& resolved = {}) {
              return ExpectedRow{fields, outcome, code, resolved};
          };
    const QString past = utcDate(-30);

    // New confirmations by ID, and second contacts for some of those customers.
    QList<SeededCustomer> confirmedCustomers;
    for (int i = 0; i < newConfirmations; ++i) {
        const SeededCustomer c = seed.take();
        confirmedCustomers << c;
        rows << row({c.id, {}, QStringLiteral("Ada"), QStringLiteral("Lovelace"),
                        QStringLiteral("bulk%1@contoso.com").arg(i), {}, i % 2 ? past : utcDate(-1)},
            QStringLiteral("confirmed"), {}, c.id);
    }
    for (int i = 0; i < secondContacts; ++i) {
        const SeededCustomer& c = confirmedCustomers.at(i * 7);
        rows << row({c.id, {}, QStringLiteral("Grace"), QStringLiteral("Hopper"),
                        QStringLiteral("grace%1@contoso.com").arg(i), {}, past},
            QStringLiteral("confirmed"), {}, c.id);
    }
    // By domain only (in capitals: domains have no case).
    for (int i = 0; i < byDomain; ++i) {
        const SeededCustomer c = seed.take();
        rows << row({{}, c.domain.toUpper(), QStringLiteral("Alan"), QStringLiteral("Turing"),
                        QStringLiteral("alan%1@contoso.com").arg(i), {}, past},
            QStringLiteral("confirmed"), {}, c.id);
    }
    // Phones against the customer's country: US numbers for US customers (valid), the same
    // format for German customers (not a German number).
    int us = 0;
    int de = 0;
    for (int i = 0; i < seed.customers.size() && (us < phones || de < phones); ++i) {
        const SeededCustomer c = seed.customers.at(i);
        if (c.country == QLatin1String("US") && us < phones) {
            rows << row(
                {c.id, {}, QStringLiteral("Hedy"), QStringLiteral("Lamarr"),
                    QStringLiteral("hedy%1@contoso.com").arg(us), QStringLiteral("425-555-%1").arg(1000 + us), past},
                QStringLiteral("confirmed"), {}, c.id);
            ++us;
        } else if (c.country == QLatin1String("DE") && de < phones) {
            rows << row(
                {c.id, {}, QStringLiteral("Emmy"), QStringLiteral("Noether"),
                    QStringLiteral("emmy%1@contoso.com").arg(de), QStringLiteral("425-555-%1").arg(2000 + de), past},
                QStringLiteral("invalid"), QStringLiteral("phoneCountryFormat"), c.id);
            ++de;
        } else {
            continue;
        }
        seed.customers.removeAt(i--);
    }
    Q_ASSERT(us == phones && de == phones);
    // Rows that never reach the service.
    for (int i = 0; i < badEmails; ++i)
        rows << row({confirmedCustomers.at(i).id, {}, QStringLiteral("Ada"), QStringLiteral("Lovelace"),
                        QStringLiteral("broken%1.contoso.com").arg(i), {}, past},
            QStringLiteral("invalid"), QStringLiteral("emailMissingAt"));
    for (int i = 0; i < futureDates; ++i)
        rows << row({confirmedCustomers.at(i).id, {}, QStringLiteral("Ada"), QStringLiteral("Lovelace"),
                        QStringLiteral("future%1@contoso.com").arg(i), {}, utcDate(2)},
            QStringLiteral("invalid"), QStringLiteral("dateInFuture"));
    for (int i = 0; i < badDates; ++i)
        rows << row({confirmedCustomers.at(i).id, {}, QStringLiteral("Ada"), QStringLiteral("Lovelace"),
                        QStringLiteral("culture%1@contoso.com").arg(i), {}, QStringLiteral("14.06.2025")},
            QStringLiteral("invalid"), QStringLiteral("dateInvalid"));
    // Customers that do not exist.
    for (int i = 0; i < ghosts; ++i)
        rows << row(
            {QStringLiteral("0badc0de-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')), {}, QStringLiteral("Ada"),
                QStringLiteral("Lovelace"), QStringLiteral("ghost%1@contoso.com").arg(i), {}, past},
            QStringLiteral("invalid"), QStringLiteral("customerNotFound"));
    // Confirmations the sandbox already has (the same contact, another date).
    for (int i = 0; i < existing; ++i) {
        const SeededContact& contact = seed.contacts.at(i);
        rows << row({contact.customerId, {}, contact.firstName, contact.lastName, contact.email, {}, past},
            QStringLiteral("alreadyConfirmed"), QStringLiteral("existingConfirmation"), contact.customerId);
    }

    // Mixed together; then exact copies, each somewhere after its original.
    QRandomGenerator random(shuffleSeed);
    for (qsizetype i = rows.size() - 1; i > 0; --i)
        rows.swapItemsAt(i, random.bounded(static_cast<int>(i + 1)));
    QList<int> validPositions;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i).outcome == QLatin1String("confirmed") && rows.at(i).email().startsWith(QLatin1String("bulk")))
            validPositions << static_cast<int>(i);
    }
    for (int i = 0; i < copies; ++i) {
        const int original = validPositions.at(i * 11);
        const int at = original + 1 + random.bounded(static_cast<int>(rows.size()) - original);
        ExpectedRow copy = rows.at(original);
        copy.outcome = QStringLiteral("skipped");
        copy.code = QStringLiteral("duplicateRow");
        copy.resolvedCustomerId.clear();
        rows.insert(at, copy);
        for (int& position : validPositions) {
            if (position >= at)
                ++position;
        }
    }
    Q_ASSERT(rows.size() == total);
    return rows;
}

QByteArray csv(const QList<ExpectedRow>& rows)
{
    QByteArray bytes = "customerId,domain,firstName,lastName,email,phoneNumber,dateAgreed\r\n";
    for (const ExpectedRow& expected : rows)
        bytes += Csv::record(expected.fields).toUtf8();
    return bytes;
}

int count(const QList<ExpectedRow>& rows, const QString& outcome)
{
    return static_cast<int>(std::count_if(
        rows.cbegin(), rows.cend(), [&outcome](const ExpectedRow& row) { return row.outcome == outcome; }));
}

QList<QStringList> readRecords(const QString& csvPath)
{
    const CsvReadResult read = CsvReader().readFile(csvPath);
    QList<QStringList> records;
    for (const CsvRecord& record : read.document.records)
        records << record.fields;
    return records;
}

QString compareResults(const QList<QStringList>& records, const QList<ExpectedRow>& rows)
{
    if (records.size() != rows.size() + 1)
        return QStringLiteral("%1 records for %2 rows and the header").arg(records.size()).arg(rows.size());
    const QStringList columns = records.constFirst();
    if (columns != BulkResultFile::columns())
        return QStringLiteral("columns: ") + columns.join(QLatin1Char(','));
    const auto column = [&columns](const char* name) { return columns.indexOf(QLatin1String(name)); };
    const QStringList inputColumns{QStringLiteral("customerId"), QStringLiteral("domain"), QStringLiteral("firstName"),
        QStringLiteral("lastName"), QStringLiteral("email"), QStringLiteral("phoneNumber"),
        QStringLiteral("dateAgreed")};
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const ExpectedRow& expected = rows.at(i);
        const QStringList& fields = records.at(i + 1);
        const QString where = QStringLiteral("row %1 (%2): ").arg(i).arg(expected.fields.join(QLatin1Char(',')));
        if (fields.size() != columns.size())
            return where + QStringLiteral("%1 fields").arg(fields.size());
        if (fields.at(column("line")) != QString::number(i + 2))
            return where + QStringLiteral("line ") + fields.at(column("line"));
        for (qsizetype c = 0; c < inputColumns.size(); ++c) {
            if (fields.at(columns.indexOf(inputColumns.at(c))) != expected.fields.at(c))
                return where + inputColumns.at(c) + QStringLiteral(" echoed as ")
                    + fields.at(columns.indexOf(inputColumns.at(c)));
        }
        if (fields.at(column("outcome")) != expected.outcome || fields.at(column("code")) != expected.code)
            return where
                + QStringLiteral("expected %1 %2, got %3 %4: %5")
                      .arg(expected.outcome, expected.code, fields.at(column("outcome")), fields.at(column("code")),
                          fields.at(column("message")));
        if (fields.at(column("message")).isEmpty())
            return where + QStringLiteral("no message");
        if (!expected.resolvedCustomerId.isEmpty()
            && fields.at(column("resolvedCustomerId")) != expected.resolvedCustomerId)
            return where + QStringLiteral("resolved to ") + fields.at(column("resolvedCustomerId"));
    }
    return {};
}

} // namespace BulkScenario

} // namespace PartnerDesk::Test
