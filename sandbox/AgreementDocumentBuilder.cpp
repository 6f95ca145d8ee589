#include "sandbox/AgreementDocumentBuilder.h"

#include <QList>
#include <QLocale>

#include <array>

using namespace Qt::StringLiterals;

namespace PartnerDesk::Sandbox {

namespace {

constexpr int targetDocumentBytes = 300 * 1024;

quint32 crc32(const QByteArray& data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> values{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 value = i;
            for (int bit = 0; bit < 8; ++bit)
                value = (value & 1) ? (0xEDB88320u ^ (value >> 1)) : (value >> 1);
            values[i] = value;
        }
        return values;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data)
        crc = table[(crc ^ static_cast<quint8>(byte)) & 0xFFu] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

void appendLittleEndian16(QByteArray* out, quint16 value)
{
    out->append(static_cast<char>(value & 0xFF));
    out->append(static_cast<char>(value >> 8));
}

void appendLittleEndian32(QByteArray* out, quint32 value)
{
    for (int shift = 0; shift < 32; shift += 8)
        out->append(static_cast<char>((value >> shift) & 0xFF));
}

// A ZIP archive with "stored" (uncompressed) entries: all a .docx needs.
QByteArray storedZip(const QList<std::pair<QByteArray, QByteArray>>& entries)
{
    constexpr quint16 dosTime = 0; // 00:00:00
    constexpr quint16 dosDate = (45 << 9) | (1 << 5) | 1; // 2025-01-01
    QByteArray archive;
    QByteArray centralDirectory;
    for (const auto& [name, data] : entries) {
        const quint32 offset = quint32(archive.size());
        const quint32 crc = crc32(data);
        const auto size = quint32(data.size());

        appendLittleEndian32(&archive, 0x04034b50);
        appendLittleEndian16(&archive, 10); // version needed
        appendLittleEndian16(&archive, 0); // flags
        appendLittleEndian16(&archive, 0); // stored
        appendLittleEndian16(&archive, dosTime);
        appendLittleEndian16(&archive, dosDate);
        appendLittleEndian32(&archive, crc);
        appendLittleEndian32(&archive, size);
        appendLittleEndian32(&archive, size);
        appendLittleEndian16(&archive, quint16(name.size()));
        appendLittleEndian16(&archive, 0); // extra field length
        archive.append(name);
        archive.append(data);

        appendLittleEndian32(&centralDirectory, 0x02014b50);
        appendLittleEndian16(&centralDirectory, 20); // version made by
        appendLittleEndian16(&centralDirectory, 10); // version needed
        appendLittleEndian16(&centralDirectory, 0);
        appendLittleEndian16(&centralDirectory, 0);
        appendLittleEndian16(&centralDirectory, dosTime);
        appendLittleEndian16(&centralDirectory, dosDate);
        appendLittleEndian32(&centralDirectory, crc);
        appendLittleEndian32(&centralDirectory, size);
        appendLittleEndian32(&centralDirectory, size);
        appendLittleEndian16(&centralDirectory, quint16(name.size()));
        appendLittleEndian16(&centralDirectory, 0); // extra
        appendLittleEndian16(&centralDirectory, 0); // comment
        appendLittleEndian16(&centralDirectory, 0); // disk
        appendLittleEndian16(&centralDirectory, 0); // internal attributes
        appendLittleEndian32(&centralDirectory, 0); // external attributes
        appendLittleEndian32(&centralDirectory, offset);
        centralDirectory.append(name);
    }
    const quint32 directoryOffset = quint32(archive.size());
    archive.append(centralDirectory);
    appendLittleEndian32(&archive, 0x06054b50);
    appendLittleEndian16(&archive, 0);
    appendLittleEndian16(&archive, 0);
    appendLittleEndian16(&archive, quint16(entries.size()));
    appendLittleEndian16(&archive, quint16(entries.size()));
    appendLittleEndian32(&archive, quint32(centralDirectory.size()));
    appendLittleEndian32(&archive, directoryOffset);
    appendLittleEndian16(&archive, 0); // comment length
    return archive;
}

QByteArray paragraph(const QString& text, bool heading = false)
{
    const QByteArray escaped = text.toHtmlEscaped().toUtf8();
    if (heading)
        return "<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>" + escaped
            + "</w:t></w:r></w:p>";
    return "<w:p><w:r><w:t xml:space=\"preserve\">" + escaped + "</w:t></w:r></w:p>";
}

} // namespace

QByteArray AgreementDocumentBuilder::contentType()
{
    return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
}

QString AgreementDocumentBuilder::fileName(const QString& country, const QString& language)
{
    return u"MicrosoftCustomerAgreement_%1_%2.docx"_s.arg(country, language);
}

QByteArray AgreementDocumentBuilder::documentXml(
    const QString& templateId, const QString& country, const QString& language)
{
    const QLocale locale(language);
    QByteArray body;
    body += paragraph(u"Microsoft Customer Agreement (PartnerDesk sandbox copy)"_s, true);
    body += paragraph(u"Country: "_s + country);
    body += paragraph(u"Language: "_s + language + u" ("_s + locale.nativeLanguageName() + u')');
    body += paragraph(u"Template: "_s + templateId);
    body += paragraph(u"This document is generated by the PartnerDesk sandbox. It stands in for the agreement "
                      "template Microsoft publishes for this country and language and has no legal meaning."_s);
    for (int section = 1; body.size() < targetDocumentBytes; ++section) {
        body += paragraph(
            u"Section %1. Placeholder terms for %2 in %3. A customer accepts the Microsoft Customer "
            "Agreement either directly in the Microsoft 365 admin center or through its partner, who "
            "confirms the acceptance, the date and the person who accepted on the customer's behalf."_s.arg(section)
                .arg(country, language));
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
        + body + "</w:body></w:document>";
}

QByteArray AgreementDocumentBuilder::build(const QString& templateId, const QString& country, const QString& language)
{
    const QString key = templateId + u'|' + country + u'|' + language;
    const auto cached = m_cache.constFind(key);
    if (cached != m_cache.constEnd())
        return cached.value();

    const QByteArray contentTypes
        = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          "<Override PartName=\"/word/document.xml\" "
          "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
          "</Types>";
    const QByteArray relationships
        = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          "<Relationship Id=\"rId1\" "
          "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
          "Target=\"word/document.xml\"/></Relationships>";
    QByteArray document = storedZip({
        {"[Content_Types].xml", contentTypes},
        {"_rels/.rels", relationships},
        {"word/document.xml", documentXml(templateId, country, language)},
    });
    m_cache.insert(key, document);
    return document;
}

} // namespace PartnerDesk::Sandbox
