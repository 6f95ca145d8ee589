#include "PdfText.h"

#include <QProcess>
#include <QStandardPaths>

namespace PartnerDesk::Test {

QString pdfText(const QString& path, QString* skipReason)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty()) {
        if (skipReason)
            *skipReason = QStringLiteral("pdftotext (poppler-utils) is not installed");
        return {};
    }
    QProcess process;
    process.start(tool, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

} // namespace PartnerDesk::Test
