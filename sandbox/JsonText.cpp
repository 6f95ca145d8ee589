#include "sandbox/JsonText.h"

namespace PartnerDesk::Sandbox {

void JsonText::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.isEmpty()) {
        if (!m_first.constLast())
            m_text += ',';
        m_first.last() = false;
    }
}

JsonText& JsonText::beginObject()
{
    beforeValue();
    m_text += '{';
    m_first.append(true);
    return *this;
}

JsonText& JsonText::endObject()
{
    m_first.removeLast();
    m_text += '}';
    return *this;
}

JsonText& JsonText::beginArray()
{
    beforeValue();
    m_text += '[';
    m_first.append(true);
    return *this;
}

JsonText& JsonText::endArray()
{
    m_first.removeLast();
    m_text += ']';
    return *this;
}

JsonText& JsonText::key(const char* name)
{
    beforeValue();
    m_text += '"';
    m_text += name; // member names here are plain ASCII
    m_text += "\":";
    m_afterKey = true;
    return *this;
}

JsonText& JsonText::string(const QString& value)
{
    beforeValue();
    // As Qt's JSON writer escapes: the quote, the backslash and control characters; the rest
    // as UTF-8.
    const QByteArray utf8 = value.toUtf8();
    m_text += '"';
    // Runs of plain bytes go in at once; only what needs escaping goes one by one.
    const char* const begin = utf8.constData();
    const char* const end = begin + utf8.size();
    const char* run = begin;
    for (const char* at = begin; at != end; ++at) {
        const auto byte = static_cast<unsigned char>(*at);
        if (byte >= 0x20 && byte != '"' && byte != '\\')
            continue;
        m_text.append(run, at - run);
        run = at + 1;
        switch (byte) {
        case '"':
            m_text += "\\\"";
            break;
        case '\\':
            m_text += "\\\\";
            break;
        case '\b':
            m_text += "\\b";
            break;
        case '\f':
            m_text += "\\f";
            break;
        case '\n':
            m_text += "\\n";
            break;
        case '\r':
            m_text += "\\r";
            break;
        case '\t':
            m_text += "\\t";
            break;
        default: {
            static const char hex[] = "0123456789abcdef";
            const char escaped[] = {'\\', 'u', '0', '0', hex[byte >> 4], hex[byte & 0xf]};
            m_text.append(escaped, sizeof escaped);
        }
        }
    }
    m_text.append(run, end - run);
    m_text += '"';
    return *this;
}

JsonText& JsonText::number(qint64 value)
{
    beforeValue();
    m_text += QByteArray::number(value);
    return *this;
}

JsonText& JsonText::boolean(bool value)
{
    beforeValue();
    m_text += value ? "true" : "false";
    return *this;
}

} // namespace PartnerDesk::Sandbox
