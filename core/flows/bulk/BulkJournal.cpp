#include "BulkJournal.h"

#include "util/Logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace PartnerDesk {

namespace {

constexpr int schemaVersion = 1;

QString tr(const char* text)
{
    return QCoreApplication::translate("PartnerDesk::BulkJournal", text);
}

QString problemsJson(const QList<BulkCellProblem>& problems)
{
    QJsonArray array;
    for (const BulkCellProblem& problem : problems) {
        array.append(QJsonObject{{QLatin1String("column"), BulkColumns::key(problem.column)},
            {QLatin1String("code"), problem.code}, {QLatin1String("message"), problem.message}});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<BulkCellProblem> problemsFromJson(const QString& text)
{
    QList<BulkCellProblem> problems;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        BulkCellProblem problem;
        problem.column
            = BulkColumns::fromHeader(object.value(QLatin1String("column")).toString()).value_or(BulkColumn::None);
        problem.code = object.value(QLatin1String("code")).toString();
        problem.message = object.value(QLatin1String("message")).toString();
        problems << problem;
    }
    return problems;
}

bool isBusy(const QSqlError& error)
{
    // SQLITE_BUSY (5) / SQLITE_LOCKED (6): another connection holds the lock.
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("5") || code == QLatin1String("6")
        || error.databaseText().contains(QLatin1String("locked"), Qt::CaseInsensitive);
}

} // namespace

QString BulkJournal::Error::message(const QString& journalPath) const
{
    switch (code) {
    case Code::None:
        return {};
    case Code::CannotOpen:
        return tr("The journal %1 could not be opened: %2").arg(journalPath, detail);
    case Code::InUse:
        return tr("The journal %1 is in use by another run. Wait for it to end, or choose another journal.")
            .arg(journalPath);
    case Code::DifferentFile:
        return tr("The journal %1 belongs to a different file (or to an earlier version of this one). Use the file "
                  "it was made for, or choose another journal.")
            .arg(journalPath);
    case Code::Corrupt:
        return tr("The file %1 is not a PartnerDesk bulk journal, or it is damaged: %2").arg(journalPath, detail);
    }
    return {};
}

BulkJournal::BulkJournal(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{ }

BulkJournal::~BulkJournal()
{
    if (!flush())
        qCWarning(lcFlows) << "bulk journal: the last outcomes were not recorded:" << m_lastError;
    m_statements.clear(); // before the connection goes
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<BulkJournal> BulkJournal::open(
    const QString& path, const QString& fileHash, const QString& fileName, const QList<BulkRow>& rows, Error* error)
{
    const auto fail = [error](Error::Code code, const QString& detail) {
        if (error)
            *error = Error{code, detail};
        return nullptr;
    };
    const QString connectionName = QStringLiteral("partnerdesk-bulk-journal-") + QUuid::createUuid().toString();
    std::unique_ptr<BulkJournal> journal(new BulkJournal(QFileInfo(path).absoluteFilePath(), connectionName));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=1500"));
        if (!db.open())
            return fail(Error::Code::CannotOpen, db.lastError().text());
    }
    // Exclusive: the lock taken by the first write is kept until close, so a second run on
    // the same journal is refused instead of interleaving with this one.
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    QSqlQuery pragma(db);
    if (!pragma.exec(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE")))
        return fail(Error::Code::CannotOpen, pragma.lastError().text());
    if (!pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"))) {
        const QSqlError sqlError = pragma.lastError();
        if (isBusy(sqlError))
            return fail(Error::Code::InUse, sqlError.text());
        return fail(Error::Code::Corrupt, sqlError.text());
    }
    // NORMAL: safe against the process being killed; see the class comment for power cuts.
    if (!pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL")))
        return fail(Error::Code::CannotOpen, pragma.lastError().text());

    if (!journal->exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        const QSqlError sqlError = db.lastError();
        return fail(isBusy(sqlError) ? Error::Code::InUse : Error::Code::Corrupt, journal->m_lastError);
    }
    const auto rollback = [&journal] { journal->exec(QStringLiteral("ROLLBACK")); };
    if (!journal->exec(QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"))
        || !journal->exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS rows (rowIndex INTEGER PRIMARY KEY, line INTEGER NOT NULL, "
            "state TEXT NOT NULL, outcome TEXT, customerId TEXT, code TEXT, message TEXT, problems TEXT, "
            "requestId TEXT, correlationId TEXT, httpStatus INTEGER, duplicateOf INTEGER, duplicateOfLine INTEGER, "
            "recovered INTEGER, sendCount INTEGER NOT NULL DEFAULT 0, updatedUtc TEXT)"))) {
        const QString detail = journal->m_lastError;
        rollback();
        return fail(Error::Code::Corrupt, detail);
    }

    QSqlQuery meta(db);
    meta.exec(QStringLiteral("SELECT key, value FROM meta"));
    QHash<QString, QString> values;
    while (meta.next())
        values.insert(meta.value(0).toString(), meta.value(1).toString());
    meta.finish();
    if (values.isEmpty()) {
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        bool written = journal->exec(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?), (?, ?), (?, ?), "
                                                    "(?, ?), (?, ?)"),
            {QStringLiteral("schemaVersion"), QString::number(schemaVersion), QStringLiteral("fileSha256"), fileHash,
                QStringLiteral("fileName"), fileName, QStringLiteral("rowCount"), QString::number(rows.size()),
                QStringLiteral("createdUtc"), now});
        for (const BulkRow& row : rows) {
            written = written
                && journal->exec(QStringLiteral("INSERT OR IGNORE INTO rows (rowIndex, line, state, updatedUtc) "
                                                "VALUES (?, ?, 'pending', ?)"),
                    {row.index, static_cast<qint64>(row.line), now});
        }
        if (!written) {
            const QString detail = journal->m_lastError;
            rollback();
            return fail(Error::Code::CannotOpen, detail);
        }
    } else if (!values.contains(QStringLiteral("fileSha256"))) {
        rollback();
        return fail(Error::Code::Corrupt, tr("no file identity"));
    } else if (values.value(QStringLiteral("fileSha256")) != fileHash
        || values.value(QStringLiteral("rowCount")).toLongLong() != rows.size()) {
        rollback();
        return fail(Error::Code::DifferentFile, {});
    }
    if (!journal->exec(QStringLiteral("COMMIT"))) {
        const QString detail = journal->m_lastError;
        rollback();
        return fail(Error::Code::CannotOpen, detail);
    }

    QSqlQuery select(db);
    select.setForwardOnly(true);
    if (!select.exec(QStringLiteral("SELECT rowIndex, line, state, outcome, customerId, code, message, problems, "
                                    "requestId, correlationId, httpStatus, duplicateOf, duplicateOfLine, recovered, "
                                    "sendCount FROM rows")))
        return fail(Error::Code::Corrupt, select.lastError().text());
    while (select.next()) {
        Entry entry;
        entry.index = select.value(0).toInt();
        entry.line = select.value(1).toLongLong();
        const QString state = select.value(2).toString();
        entry.state = state == QLatin1String("sending") ? RowState::Sending
            : state == QLatin1String("done")            ? RowState::Done
                                                        : RowState::Pending;
        BulkRowResult& result = entry.result;
        result.outcome = BulkOutcomes::fromKey(select.value(3).toString()).value_or(BulkOutcome::Pending);
        if (entry.state == RowState::Done && result.outcome == BulkOutcome::Pending)
            entry.state = RowState::Pending; // an outcome this version does not know: do it again
        result.customerId = select.value(4).toString();
        result.code = select.value(5).toString();
        result.message = select.value(6).toString();
        result.problems = problemsFromJson(select.value(7).toString());
        result.requestId = select.value(8).toString();
        result.correlationId = select.value(9).toString();
        result.httpStatus = select.value(10).toInt();
        result.duplicateOf = select.value(11).isNull() ? -1 : select.value(11).toInt();
        result.duplicateOfLine = select.value(12).toLongLong();
        result.recovered = select.value(13).toBool();
        entry.sendCount = select.value(14).toInt();
        journal->m_entries.insert(entry.index, entry);
    }
    if (error)
        *error = Error{};
    return journal;
}

bool BulkJournal::exec(const QString& sql, const QVariantList& values)
{
    // Each statement is prepared once for the journal's life: SQLite parses it the first time.
    auto statement = m_statements.find(sql);
    if (statement == m_statements.end()) {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        if (!query.prepare(sql)) {
            m_lastError = query.lastError().text();
            return false;
        }
        statement = m_statements.insert(sql, query);
    }
    QSqlQuery& query = *statement;
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        qCWarning(lcFlows) << "bulk journal write failed:" << m_lastError;
        query.finish();
        return false;
    }
    query.finish();
    return true;
}

bool BulkJournal::begin()
{
    if (m_inTransaction)
        return true;
    m_inTransaction = exec(QStringLiteral("BEGIN IMMEDIATE"));
    return m_inTransaction;
}

bool BulkJournal::commit()
{
    if (!m_inTransaction)
        return true;
    m_inTransaction = false;
    if (exec(QStringLiteral("COMMIT")))
        return true;
    const QString error = m_lastError;
    exec(QStringLiteral("ROLLBACK"));
    m_lastError = error;
    return false;
}

bool BulkJournal::flush()
{
    return commit();
}

bool BulkJournal::markSending(int index, const QString& customerId)
{
    // Committed before the request leaves, with the outcomes written since the last commit: a
    // crash from here on is settled by reading.
    if (!begin()
        || !exec(QStringLiteral("UPDATE rows SET state = 'sending', customerId = ?, sendCount = sendCount + 1, "
                                "updatedUtc = ? WHERE rowIndex = ?"),
            {customerId, QDateTime::currentDateTimeUtc().toString(Qt::ISODate), index})
        || !commit()) {
        if (m_inTransaction) {
            const QString error = m_lastError;
            m_inTransaction = false;
            exec(QStringLiteral("ROLLBACK"));
            m_lastError = error;
        }
        return false;
    }
    Entry& entry = m_entries[index];
    entry.index = index;
    entry.state = RowState::Sending;
    ++entry.sendCount;
    entry.result.customerId = customerId;
    return true;
}

bool BulkJournal::writeDone(int index, const BulkRowResult& result)
{
    if (!exec(QStringLiteral("UPDATE rows SET state = 'done', outcome = ?, customerId = ?, code = ?, message = ?, "
                             "problems = ?, requestId = ?, correlationId = ?, httpStatus = ?, duplicateOf = ?, "
                             "duplicateOfLine = ?, recovered = ?, updatedUtc = ? WHERE rowIndex = ?"),
            {BulkOutcomes::key(result.outcome), result.customerId, result.code, result.message,
                problemsJson(result.problems), result.requestId, result.correlationId, result.httpStatus,
                result.duplicateOf >= 0 ? QVariant(result.duplicateOf) : QVariant(), qint64(result.duplicateOfLine),
                result.recovered ? 1 : 0, QDateTime::currentDateTimeUtc().toString(Qt::ISODate), index}))
        return false;
    Entry& entry = m_entries[index];
    entry.index = index;
    entry.state = RowState::Done;
    entry.result = result;
    return true;
}

bool BulkJournal::markDone(int index, const BulkRowResult& result)
{
    // Committed with the next `sending` mark, or by flush(): see the class comment.
    return begin() && writeDone(index, result);
}

bool BulkJournal::markDone(const QList<QPair<int, BulkRowResult>>& results)
{
    if (results.isEmpty())
        return true;
    if (!commit() || !begin())
        return false;
    for (const auto& [index, result] : results) {
        if (!writeDone(index, result)) {
            const QString error = m_lastError;
            m_inTransaction = false;
            exec(QStringLiteral("ROLLBACK"));
            m_lastError = error;
            return false;
        }
    }
    return commit();
}

bool BulkJournal::markPending(int index)
{
    if (!commit()
        || !exec(QStringLiteral("UPDATE rows SET state = 'pending', updatedUtc = ? WHERE rowIndex = ?"),
            {QDateTime::currentDateTimeUtc().toString(Qt::ISODate), index}))
        return false;
    m_entries[index].state = RowState::Pending;
    return true;
}

} // namespace PartnerDesk
