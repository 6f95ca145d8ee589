#include "BulkResultFile.h"

#include "util/Csv.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace PartnerDesk::BulkResultFile {

QStringList columns()
{
    return {QStringLiteral("line"), QStringLiteral("customerId"), QStringLiteral("domain"), QStringLiteral("firstName"),
        QStringLiteral("lastName"), QStringLiteral("email"), QStringLiteral("phoneNumber"),
        QStringLiteral("dateAgreed"), QStringLiteral("outcome"), QStringLiteral("column"), QStringLiteral("code"),
        QStringLiteral("message"), QStringLiteral("requestId"), QStringLiteral("correlationId"),
        QStringLiteral("resolvedCustomerId")};
}

QByteArray contents(const QList<BulkRow>& rows, const QList<BulkRowResult>& results)
{
    QString text = Csv::record(columns());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const BulkRow& row = rows.at(i);
        const BulkRowResult result = results.value(i);
        text += Csv::record(
            {QString::number(row.line), row.customerId, row.domain, row.firstName, row.lastName, row.email,
                row.phoneNumber, row.dateAgreed, BulkOutcomes::key(result.outcome), BulkColumns::key(result.column()),
                result.code, result.message, result.requestId, result.correlationId, result.customerId});
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

bool write(const QString& path, const QList<BulkRow>& rows, const QList<BulkRowResult>& results, QString* error)
{
    QSaveFile file(path);
    const QByteArray data = contents(rows, results);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error
                = QCoreApplication::translate("PartnerDesk::BulkResultFile", "The results could not be saved to %1: %2")
                      .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

QString defaultPath(const QString& inputPath, bool dryRun)
{
    const QFileInfo input(inputPath);
    return input.absoluteDir().filePath(
        input.completeBaseName() + (dryRun ? QStringLiteral("-dry-run.csv") : QStringLiteral("-results.csv")));
}

QString defaultJournalPath(const QString& inputPath)
{
    const QFileInfo input(inputPath);
    return input.absoluteDir().filePath(input.completeBaseName() + QStringLiteral("-journal.sqlite"));
}

} // namespace PartnerDesk::BulkResultFile
