#include "BulkHandOffFile.h"

#include "BulkResultFile.h"
#include "util/Csv.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace PartnerDesk::BulkHandOffFile {

namespace {

const QByteArray byteOrderMark("\xEF\xBB\xBF");

QString tr(const char* text)
{
    return QCoreApplication::translate("PartnerDesk::BulkHandOffFile", text);
}

bool writeAtomically(const QString& path, const QByteArray& data, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = tr("The file could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace

QStringList columns()
{
    QStringList keys;
    for (const BulkColumn column : BulkColumns::all())
        keys << BulkColumns::key(column);
    return keys;
}

bool isHandedOff(const BulkRowResult& result)
{
    return result.outcome == BulkOutcome::Valid;
}

int handedOffCount(const QList<BulkRowResult>& results)
{
    return static_cast<int>(std::count_if(results.cbegin(), results.cend(), isHandedOff));
}

QByteArray contents(const QList<BulkRow>& rows, const QList<BulkRowResult>& results)
{
    QString text = Csv::record(columns());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (!isHandedOff(results.value(i)))
            continue;
        const BulkRow& row = rows.at(i);
        QStringList values;
        for (const BulkColumn column : BulkColumns::all())
            values << row.value(column);
        text += Csv::record(values);
    }
    return byteOrderMark + text.toUtf8();
}

QByteArray problemsContents(const QList<BulkRow>& rows, const QList<BulkRowResult>& results)
{
    QList<BulkRow> leftRows;
    QList<BulkRowResult> leftResults;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const BulkRowResult result = results.value(i);
        if (isHandedOff(result))
            continue;
        leftRows << rows.at(i);
        leftResults << result;
    }
    return BulkResultFile::contents(leftRows, leftResults);
}

QString defaultPath(const QString& inputPath)
{
    const QFileInfo input(inputPath);
    return input.absoluteDir().filePath(input.completeBaseName() + QStringLiteral("-for-provider.csv"));
}

QString problemsPath(const QString& handOffPath)
{
    const QFileInfo handOff(handOffPath);
    return handOff.absoluteDir().filePath(handOff.completeBaseName() + QStringLiteral("-problems.csv"));
}

WriteResult write(const QString& path, const QList<BulkRow>& rows, const QList<BulkRowResult>& results)
{
    WriteResult written;
    written.handedOff = handedOffCount(results);
    written.left = static_cast<int>(rows.size()) - written.handedOff;
    if (!writeAtomically(path, contents(rows, results), &written.error))
        return written;
    const QString problems = problemsPath(path);
    if (written.left == 0) {
        // A problems file from an earlier version of this file would now mislead.
        if (QFileInfo::exists(problems))
            QFile::remove(problems);
        return written;
    }
    if (writeAtomically(problems, problemsContents(rows, results), &written.error))
        written.problemsPath = problems;
    return written;
}

} // namespace PartnerDesk::BulkHandOffFile
