#include "Paths.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace PartnerDesk::Paths {

QString dataDirectory()
{
    const QString directory
        = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/PartnerDesk");
    QDir().mkpath(directory);
    return directory;
}

QString sandboxDatabase()
{
    return dataDirectory() + QStringLiteral("/sandbox.sqlite");
}

QString safeFileName(const QString& name, const QString& fallback)
{
    QString out = QFileInfo(name).fileName(); // drops any folder part ("../../x" -> "x")
    for (QChar& c : out) {
        const bool reserved = c.unicode() < 0x20 || c.unicode() == 0x7f || QStringView(u"\\/:*?\"<>|").contains(c);
        // Format characters include the bidirectional overrides that make "txt.exe" read "exe.txt".
        if (reserved || c.category() == QChar::Other_Format || c.category() == QChar::Other_Control)
            c = QLatin1Char('_');
    }
    while (out.startsWith(QLatin1Char('.')) || out.startsWith(QLatin1Char(' ')))
        out.remove(0, 1);
    out = out.left(150);
    while (out.endsWith(QLatin1Char('.')) || out.endsWith(QLatin1Char(' ')))
        out.chop(1); // Windows drops them, and would then write another name
    // CON, NUL, COM1... name devices on Windows, with any extension.
    static const QRegularExpression device(
        QStringLiteral("^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\\..*)?$"), QRegularExpression::CaseInsensitiveOption);
    if (device.match(out).hasMatch())
        out.prepend(QLatin1Char('_'));
    return out.isEmpty() ? fallback : out;
}

QString fileInFolder(const QString& folder, const QString& name)
{
    return QDir(folder).absoluteFilePath(safeFileName(name));
}

} // namespace PartnerDesk::Paths
