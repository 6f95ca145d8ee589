#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace PartnerDesk::Sandbox {

// The agreement document behind a download link: a real (if dull) Word document of a few
// hundred KB that names its template, country and language, so a client can prove it saved
// the right file. Stored without compression, so its text is also readable in the bytes.
class AgreementDocumentBuilder
{
public:
    [[nodiscard]] QByteArray build(const QString& templateId, const QString& country, const QString& language);
    [[nodiscard]] static QByteArray contentType();
    [[nodiscard]] static QString fileName(const QString& country, const QString& language);

private:
    [[nodiscard]] static QByteArray documentXml(
        const QString& templateId, const QString& country, const QString& language);

    QHash<QString, QByteArray> m_cache; // the same document for the same template, country and language
};

} // namespace PartnerDesk::Sandbox
