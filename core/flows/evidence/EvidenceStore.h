#pragma once

#include "flows/evidence/EvidenceRecord.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

namespace PartnerDesk {

class Clock;

// The evidence records, kept in a local SQLite file (WAL) on a connection of its own.
// Not thread-safe: use one store from one thread.
class EvidenceStore
{
public:
    EvidenceStore();
    ~EvidenceStore();
    EvidenceStore(const EvidenceStore&) = delete;
    EvidenceStore& operator=(const EvidenceStore&) = delete;

    // Paths::dataDirectory() + "/evidence.sqlite"
    [[nodiscard]] static QString defaultPath();

    // Opens (creating when missing) the file; closes a file opened before. On failure returns
    // false and puts the reason (Qt/SQLite text, for logs only) in `error`.
    bool open(const QString& path, QString* error = nullptr);
    [[nodiscard]] bool isOpen() const;
    void close();
    [[nodiscard]] QString path() const { return m_path; }
    // The last SQL error (for logs only).
    [[nodiscard]] QString lastError() const { return m_lastError; }

    // Stores a record (its id is ignored) and returns the new id; -1 when not open, when the
    // record has no valid recordedAtUtc, or on a database error.
    qint64 add(const EvidenceRecord& record);
    // The records of one customer, newest first.
    [[nodiscard]] QList<EvidenceRecord> forCustomer(const QString& customerId) const;
    // Records with fromUtc <= recordedAtUtc < toUtc, oldest first. An invalid bound is open.
    [[nodiscard]] QList<EvidenceRecord> between(const QDateTime& fromUtc, const QDateTime& toUtc) const;
    // Blanks the contact (first/last name, email, phone) of records recorded more than
    // `retentionDays` days before clock.nowUtc() and sets their contactRemovedAtUtc; everything
    // else is kept. 0 (or less) keeps contacts forever. Returns the number of records changed,
    // -1 on a database error.
    int purgeContactData(int retentionDays, const Clock& clock);

    // A JSON array of objects with camelCase keys; date-times ISO-8601 UTC with milliseconds
    // ("2026-03-01T10:15:00.000Z", null when absent), acceptanceDate "YYYY-MM-DD".
    [[nodiscard]] static QByteArray toJson(const QList<EvidenceRecord>& records);
    // The reverse of toJson; false in `ok` when the text is not such an array.
    [[nodiscard]] static QList<EvidenceRecord> fromJson(const QByteArray& json, bool* ok = nullptr);

    [[nodiscard]] static QString outcomeToKey(EvidenceRecord::Outcome outcome);
    [[nodiscard]] static bool outcomeFromKey(const QString& key, EvidenceRecord::Outcome* outcome);

private:
    QList<EvidenceRecord> select(const QString& where, const QVariantList& values, const QString& order) const;

    QString m_connectionName;
    QString m_path;
    mutable QString m_lastError;
    std::optional<QSqlQuery> m_insert; // prepared by the first add()
};

} // namespace PartnerDesk
