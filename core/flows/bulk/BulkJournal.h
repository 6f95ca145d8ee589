#pragma once

#include "BulkRowResult.h"

#include <QHash>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace PartnerDesk {

// The progress of a bulk run on disk (SQLite), so that a crash, a kill or a cancel resumes
// where it stopped without repeating a confirmation.
//
// Each row is `pending`, then `sending` (written and committed *before* its request leaves),
// then its outcome (written after the answer). On the next run with the same journal, rows
// with a final outcome are left alone; a `sending` row is settled by reading the customer's
// confirmations first (never re-sent blindly); `failed` and `pending` rows run again.
//
// Durability: WAL with synchronous=NORMAL. A `sending` mark is committed before markSending()
// returns, together with the outcomes written since the last commit; an outcome alone waits
// for that next commit (or for flush(), which the runner calls when it pauses or ends, and
// the destructor), so a run writes one transaction a row, not two. A commit has written its
// WAL frame to the operating system before it returns, so a SIGKILL (or any crash of the
// process) at any moment leaves either the old state or the new one, never a torn row: a row
// whose outcome was not committed yet is still `sending`, and the next run settles it by
// reading, never by sending again. Only a power cut (or an OS crash) can roll back the last
// few commits, and that is covered without an fsync per row (which costs ~5 ms each, as much
// as the request itself on loopback): a row whose `sending` mark was lost is still checked
// before it is sent again — by the run reading its customer's confirmations, or by the check
// that precedes a run from the bulk window — and Partner Center itself refuses the same
// contact twice (600061), so it is never confirmed twice (at worst it is reported
// `alreadyConfirmed` instead of `confirmed`).
//
// The journal is locked exclusively while open: two runs cannot share it at the same time.
//
// No contact data is stored: the file holds it; the journal holds outcomes, codes and ids.
class BulkJournal
{
public:
    enum class RowState {
        Pending,
        Sending,
        Done, // `result` holds the outcome (Failed included)
    };

    struct Entry
    {
        int index = 0;
        qsizetype line = 0;
        RowState state = RowState::Pending;
        int sendCount = 0; // how often its request was started, over all runs
        BulkRowResult result;
    };

    struct Error
    {
        enum class Code {
            None,
            CannotOpen, // `detail` says why
            InUse, // another run holds it
            DifferentFile, // it belongs to another file (or another version of this one)
            Corrupt, // not a PartnerDesk journal, or damaged
        };
        Code code = Code::None;
        QString detail;

        [[nodiscard]] bool isError() const { return code != Code::None; }
        [[nodiscard]] QString message(const QString& journalPath) const;
    };

    ~BulkJournal();
    BulkJournal(const BulkJournal&) = delete;
    BulkJournal& operator=(const BulkJournal&) = delete;

    // Opens (or creates) the journal of the file whose bytes hash to `fileHash`, with one
    // pending entry per row the first time.
    static std::unique_ptr<BulkJournal> open(const QString& path, const QString& fileHash, const QString& fileName,
        const QList<BulkRow>& rows, Error* error);

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] const QHash<int, Entry>& entries() const { return m_entries; }

    // Each returns false (and logs) when the disk refused the write.
    bool markSending(int index, const QString& customerId);
    bool markDone(int index, const BulkRowResult& result);
    // Several final outcomes in one transaction (the rows decided before any request).
    bool markDone(const QList<QPair<int, BulkRowResult>>& results);
    // A row canceled before its request left: pending again.
    bool markPending(int index);
    // Commits the outcomes written since the last commit.
    bool flush();
    [[nodiscard]] QString lastError() const { return m_lastError; }

private:
    explicit BulkJournal(QString path, QString connectionName);
    bool exec(const QString& sql, const QVariantList& values = {});
    bool begin();
    bool commit();
    bool writeDone(int index, const BulkRowResult& result);

    QString m_path;
    QString m_connectionName;
    QHash<int, Entry> m_entries;
    QString m_lastError;
    QHash<QString, QSqlQuery> m_statements; // prepared once, by their SQL
    bool m_inTransaction = false;
};

} // namespace PartnerDesk
