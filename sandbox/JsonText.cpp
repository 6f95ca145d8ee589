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
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
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
        default:
            if (byte < 0x20) {
                static const char hex[] = "0123456789abcdef";
                m_text += "\\u00";
                m_text += hex[byte >> 4];
                m_text += hex[byte & 0xf];
            } else {
                m_text += c;
            }
        }
    }
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
