#include "CustomerPageReader.h"

#include <QByteArrayView>

#include <array>
#include <cstdint>
#include <cstring>
#include <initializer_list>

namespace PartnerDesk {

namespace {

// Deeper than a list item with its links ever goes; anything deeper is declined.
constexpr int maxDepth = 32;
// Whole numbers only, and short enough that every reader takes them as the same integer.
constexpr int maxDigits = 15;

// A string as it stands in the body, between its quotes, already checked.
struct Text
{
    QByteArrayView raw;
    bool escaped = false;
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

// Keys reaching this are ASCII (others are declined), so ASCII case is all of
// QString::compare(…, Qt::CaseInsensitive) that can apply.
bool equalsIgnoringCase(QByteArrayView key, QByteArrayView name)
{
    if (key.size() != name.size())
        return false;
    for (qsizetype i = 0; i < key.size(); ++i) {
        if (asciiLower(key[i]) != asciiLower(name[i]))
            return false;
    }
    return true;
}

// The key is one of `names` spelled otherwise: Json::field would find it, this reader does not try.
bool isAnotherSpellingOf(QByteArrayView key, std::initializer_list<QByteArrayView> names)
{
    for (QByteArrayView name : names) {
        if (equalsIgnoringCase(key, name))
            return true;
    }
    return false;
}

bool isAcceptedCodePoint(char32_t codePoint)
{
    if (codePoint >= 0xd800 && codePoint <= 0xdfff)
        return false;
    if (codePoint > 0x10ffff)
        return false;
    // Noncharacters: valid Unicode, but whether every reader keeps them is not worth knowing here.
    if ((codePoint >= 0xfdd0 && codePoint <= 0xfdef) || (codePoint & 0xfffe) == 0xfffe)
        return false;
    return true;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(QByteArray& out, char32_t codePoint)
{
    if (codePoint < 0x80) {
        out.append(char(codePoint));
    } else if (codePoint < 0x800) {
        out.append(char(0xc0 | (codePoint >> 6)));
        out.append(char(0x80 | (codePoint & 0x3f)));
    } else if (codePoint < 0x10000) {
        out.append(char(0xe0 | (codePoint >> 12)));
        out.append(char(0x80 | ((codePoint >> 6) & 0x3f)));
        out.append(char(0x80 | (codePoint & 0x3f)));
    } else {
        out.append(char(0xf0 | (codePoint >> 18)));
        out.append(char(0x80 | ((codePoint >> 12) & 0x3f)));
        out.append(char(0x80 | ((codePoint >> 6) & 0x3f)));
        out.append(char(0x80 | (codePoint & 0x3f)));
    }
}

class Scanner
{
public:
    // `checked`: readEnvelope() took this text, so every string in it is known to be valid.
    Scanner(QByteArrayView text, bool checked)
        : m_at(text.data())
        , m_end(text.data() + text.size())
        , m_checked(checked)
    { }

    // Only white space is left.
    bool atEnd()
    {
        skipSpace();
        return m_at == m_end;
    }

    // The next character after white space is `c`: it is taken.
    bool take(char c)
    {
        skipSpace();
        if (m_at == m_end || *m_at != c)
            return false;
        ++m_at;
        return true;
    }

    // The next character after white space is `c` (not taken).
    bool isNext(char c)
    {
        skipSpace();
        return m_at != m_end && *m_at == c;
    }

    // A property name and its colon: ASCII without escapes, or false.
    bool key(QByteArrayView& name)
    {
        if (!take('"'))
            return false;
        const char* start = m_at;
        while (m_at != m_end && *m_at != '"') {
            const auto c = static_cast<unsigned char>(*m_at);
            if (c < 0x20 || c >= 0x80 || c == '\\')
                return false;
            ++m_at;
        }
        if (m_at == m_end)
            return false;
        name = QByteArrayView(start, m_at - start);
        ++m_at;
        return take(':');
    }

    // A string, checked as strictly as described in the header.
    bool text(Text& value)
    {
        if (!take('"'))
            return false;
        const char* start = m_at;
        value.escaped = false;
        if (m_checked) {
            // Only the end is to be found: the closing quote, the first not escaped.
            for (;;) {
                const auto* quote = static_cast<const char*>(std::memchr(m_at, '"', size_t(m_end - m_at)));
                if (!quote)
                    return false;
                const auto* backslash = static_cast<const char*>(std::memchr(m_at, '\\', size_t(quote - m_at)));
                if (!backslash) {
                    m_at = quote;
                    break;
                }
                value.escaped = true;
                m_at = backslash + 2; // past \" or \\ too; a \u's digits hold neither
            }
            value.raw = QByteArrayView(start, m_at - start);
            ++m_at;
            return true;
        }
        while (m_at != m_end) {
            skipPlainText();
            if (m_at == m_end)
                break;
            const auto c = static_cast<unsigned char>(*m_at);
            if (c == '"') {
                value.raw = QByteArrayView(start, m_at - start);
                ++m_at;
                return true;
            }
            char32_t codePoint = 0;
            if (c == '\\') {
                value.escaped = true;
                if (!escape(codePoint))
                    return false;
            } else if (c < 0x80) {
                return false; // a control character (skipPlainText took the rest)
            } else if (!utf8(codePoint)) {
                return false;
            }
            if (!isAcceptedCodePoint(codePoint) || (codePoint == 0xfeff && m_at - start <= 6))
                return false; // a BOM first in a string: QString::fromUtf8 might take it for one
        }
        return false;
    }

    // Any value, checked and dropped.
    bool skipValue(int depth)
    {
        if (depth > maxDepth)
            return false;
        skipSpace();
        if (m_at == m_end)
            return false;
        switch (*m_at) {
        case '"': {
            Text ignored;
            return text(ignored);
        }
        case '{': {
            ++m_at;
            if (take('}'))
                return true;
            do {
                Text name;
                if (!text(name) || !take(':') || !skipValue(depth + 1))
                    return false;
            } while (take(','));
            return take('}');
        }
        case '[': {
            ++m_at;
            if (take(']'))
                return true;
            do {
                if (!skipValue(depth + 1))
                    return false;
            } while (take(','));
            return take(']');
        }
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return integer();
        }
    }

private:
    // Over text that needs no look (printable ASCII but for the quote and the backslash), eight
    // bytes at a time, then byte by byte; stops at the first byte that does.
    void skipPlainText()
    {
        constexpr std::uint64_t ones = 0x0101010101010101;
        constexpr std::uint64_t highs = 0x8080808080808080;
        // A byte less than n (n <= 128) sets its high bit here; none is missed.
        const auto hasLess = [](std::uint64_t word, std::uint64_t n) { return (word - ones * n) & ~word & highs; };
        while (m_end - m_at >= 8) {
            std::uint64_t word = 0;
            std::memcpy(&word, m_at, sizeof word);
            if ((word & highs) | hasLess(word, 0x20) | hasLess(word ^ (ones * '"'), 1)
                | hasLess(word ^ (ones * '\\'), 1))
                break;
            m_at += 8;
        }
        while (m_at != m_end && isPlain(*m_at))
            ++m_at;
    }

    static bool isPlain(char c)
    {
        const auto byte = static_cast<unsigned char>(c);
        return byte >= 0x20 && byte < 0x80 && byte != '"' && byte != '\\';
    }

    void skipSpace()
    {
        while (m_at != m_end && isSpace(*m_at))
            ++m_at;
    }

    bool literal(QByteArrayView word)
    {
        if (m_end - m_at < word.size() || QByteArrayView(m_at, word.size()) != word)
            return false;
        m_at += word.size();
        return true;
    }

    // -?(0|[1-9][0-9]*), short; what follows is for the caller to check (a fraction fails there).
    bool integer()
    {
        if (m_at != m_end && *m_at == '-')
            ++m_at;
        if (m_at == m_end || *m_at < '0' || *m_at > '9')
            return false;
        if (*m_at == '0') {
            ++m_at;
            return true;
        }
        int digits = 0;
        while (m_at != m_end && *m_at >= '0' && *m_at <= '9') {
            if (++digits > maxDigits)
                return false;
            ++m_at;
        }
        return true;
    }

    // At a backslash: one escape (a surrogate pair as one code point).
    bool escape(char32_t& codePoint)
    {
        if (m_end - m_at < 2)
            return false;
        const char kind = m_at[1];
        m_at += 2;
        switch (kind) {
        case '"':
        case '\\':
        case '/':
            codePoint = char32_t(kind);
            return true;
        case 'b':
            codePoint = u'\b';
            return true;
        case 'f':
            codePoint = u'\f';
            return true;
        case 'n':
            codePoint = u'\n';
            return true;
        case 'r':
            codePoint = u'\r';
            return true;
        case 't':
            codePoint = u'\t';
            return true;
        case 'u':
            break;
        default:
            return false;
        }
        if (!hex4(codePoint))
            return false;
        if (codePoint >= 0xd800 && codePoint <= 0xdbff) {
            char32_t low = 0;
            if (m_end - m_at < 2 || m_at[0] != '\\' || m_at[1] != 'u')
                return false;
            m_at += 2;
            if (!hex4(low) || low < 0xdc00 || low > 0xdfff)
                return false;
            codePoint = 0x10000 + ((codePoint - 0xd800) << 10) + (low - 0xdc00);
        }
        return true;
    }

    bool hex4(char32_t& value)
    {
        if (m_end - m_at < 4)
            return false;
        value = 0;
        for (int i = 0; i < 4; ++i) {
            const int digit = hexValue(m_at[i]);
            if (digit < 0)
                return false;
            value = value * 16 + char32_t(digit);
        }
        m_at += 4;
        return true;
    }

    // At a byte of 0x80 or more: one well-formed UTF-8 sequence (Unicode's table 3-7: no
    // overlong form, no surrogate, nothing past U+10FFFF).
    bool utf8(char32_t& codePoint)
    {
        const auto* at = reinterpret_cast<const unsigned char*>(m_at);
        const auto* end = reinterpret_cast<const unsigned char*>(m_end);
        const unsigned char lead = at[0];
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xbf;
        if (lead >= 0xc2 && lead <= 0xdf) {
            length = 2;
            codePoint = lead & 0x1f;
        } else if (lead >= 0xe0 && lead <= 0xef) {
            length = 3;
            codePoint = lead & 0x0f;
            if (lead == 0xe0)
                low = 0xa0;
            else if (lead == 0xed)
                high = 0x9f;
        } else if (lead >= 0xf0 && lead <= 0xf4) {
            length = 4;
            codePoint = lead & 0x07;
            if (lead == 0xf0)
                low = 0x90;
            else if (lead == 0xf4)
                high = 0x8f;
        } else {
            return false;
        }
        if (end - at < length)
            return false;
        for (int i = 1; i < length; ++i) {
            const unsigned char next = at[i];
            if (next < (i == 1 ? low : 0x80) || next > (i == 1 ? high : 0xbf))
                return false;
            codePoint = (codePoint << 6) | (next & 0x3f);
        }
        m_at += length;
        return true;
    }

    const char* m_at;
    const char* m_end;
    bool m_checked;
};

// An object's members, one call of `member(name)` each; the call reads the value.
template<typename Member> bool readObject(Scanner& scanner, Member member)
{
    if (!scanner.take('{'))
        return false;
    if (scanner.take('}'))
        return true;
    do {
        QByteArrayView name;
        if (!scanner.key(name) || !member(name))
            return false;
    } while (scanner.take(','));
    return scanner.take('}');
}

template<typename Element> bool readArray(Scanner& scanner, Element element)
{
    if (!scanner.take('['))
        return false;
    if (scanner.take(']'))
        return true;
    do {
        if (!element())
            return false;
    } while (scanner.take(','));
    return scanner.take(']');
}

// Json::stringValue of a string: the text itself, unescaped.
QString decoded(const Text& text)
{
    if (!text.escaped)
        return QString::fromUtf8(text.raw);
    QByteArray utf8;
    utf8.reserve(text.raw.size());
    for (qsizetype i = 0; i < text.raw.size();) {
        const char c = text.raw[i];
        if (c != '\\') {
            utf8.append(c);
            ++i;
            continue;
        }
        const char kind = text.raw[i + 1];
        i += 2;
        switch (kind) {
        case 'b':
            utf8.append('\b');
            break;
        case 'f':
            utf8.append('\f');
            break;
        case 'n':
            utf8.append('\n');
            break;
        case 'r':
            utf8.append('\r');
            break;
        case 't':
            utf8.append('\t');
            break;
        case 'u': {
            const auto hex = [&text](qsizetype at) {
                char32_t value = 0;
                for (qsizetype k = at; k < at + 4; ++k)
                    value = value * 16 + char32_t(hexValue(text.raw[k]));
                return value;
            };
            char32_t codePoint = hex(i);
            i += 4;
            if (codePoint >= 0xd800 && codePoint <= 0xdbff) {
                codePoint = 0x10000 + ((codePoint - 0xd800) << 10) + (hex(i + 2) - 0xdc00);
                i += 6;
            }
            appendUtf8(utf8, codePoint);
            break;
        }
        default: // " \ /
            utf8.append(kind);
            break;
        }
    }
    return QString::fromUtf8(utf8);
}

// A string property read once: a second one with the same name is declined.
bool readString(Scanner& scanner, bool& seen, QString& into, Text* raw = nullptr)
{
    Text text;
    if (seen || !scanner.text(text))
        return false;
    seen = true;
    into = decoded(text);
    if (raw)
        *raw = text;
    return true;
}

// Json::relationshipFromWire for each distinct text once per page (a page has a handful).
class Relationships
{
public:
    CustomerRelationship of(const Text& text)
    {
        for (const auto& [known, relationship] : m_known) {
            if (known == text.raw) // the same text, escapes and all: the same value
                return relationship;
        }
        const CustomerRelationship relationship = relationshipFromWire(decoded(text));
        if (m_known.size() < 8)
            m_known.append({text.raw, relationship});
        return relationship;
    }

private:
    QList<std::pair<QByteArrayView, CustomerRelationship>> m_known;
};

bool readCompanyProfile(Scanner& scanner, CompanyProfile& profile, Text& tenantIdText)
{
    std::array<bool, 5> seen{};
    return readObject(scanner, [&](QByteArrayView name) {
        if (name == "tenantId")
            return readString(scanner, seen[0], profile.tenantId, &tenantIdText);
        if (name == "domain")
            return readString(scanner, seen[1], profile.domain);
        if (name == "companyName")
            return readString(scanner, seen[2], profile.companyName);
        if (name == "organizationRegistrationNumber")
            return readString(scanner, seen[3], profile.organizationRegistrationNumber);
        if (name == "email")
            return readString(scanner, seen[4], profile.email);
        // "address" is for a full customer, not a list item.
        if (isAnotherSpellingOf(
                name, {"tenantId", "domain", "companyName", "organizationRegistrationNumber", "email", "address"}))
            return false;
        return scanner.skipValue(4);
    });
}

bool readCustomer(Scanner& scanner, Relationships& relationships, Customer& customer)
{
    std::array<bool, 5> seen{};
    Text tenantIdText;
    Text idText;
    bool hasId = false;
    const bool read = readObject(scanner, [&](QByteArrayView name) {
        if (name == "id") {
            if (seen[0] || !scanner.text(idText))
                return false;
            seen[0] = hasId = true;
            return true;
        }
        if (name == "companyProfile") {
            if (seen[1] || !scanner.isNext('{'))
                return false;
            seen[1] = true;
            return readCompanyProfile(scanner, customer.companyProfile, tenantIdText);
        }
        if (name == "relationshipToPartner") {
            Text text;
            if (seen[2] || !scanner.text(text))
                return false;
            seen[2] = true;
            customer.relationshipToPartner = relationships.of(text);
            return true;
        }
        if (name == "commerceId")
            return readString(scanner, seen[3], customer.commerceId);
        if (name == "associatedPartnerId")
            return readString(scanner, seen[4], customer.associatedPartnerId);
        // The rest of what customerFromJson reads belongs to a full customer, not a list item.
        if (isAnotherSpellingOf(name,
                {"id", "companyProfile", "relationshipToPartner", "commerceId", "associatedPartnerId", "billingProfile",
                    "allowDelegatedAccess", "customDomains", "userCredentials"}))
            return false;
        return scanner.skipValue(3);
    });
    if (!read)
        return false;
    if (hasId) {
        // The same text as the tenant id (as it always is) shares its string.
        customer.id = !customer.companyProfile.tenantId.isNull() && idText.raw == tenantIdText.raw
            ? customer.companyProfile.tenantId
            : decoded(idText);
    }
    if (customer.id.isEmpty())
        customer.id = customer.companyProfile.tenantId;
    return true;
}

bool readNextLink(Scanner& scanner, std::optional<Link>& next)
{
    Link link;
    std::array<bool, 3> seen{};
    int members = 0;
    const bool read = readObject(scanner, [&](QByteArrayView name) {
        ++members;
        if (name == "uri")
            return readString(scanner, seen[0], link.uri);
        if (name == "method")
            return readString(scanner, seen[1], link.method);
        if (name == "headers") {
            if (seen[2] || !scanner.isNext('['))
                return false;
            seen[2] = true;
            return readArray(scanner, [&] {
                QString key;
                QString value;
                std::array<bool, 2> headerSeen{};
                const bool header = readObject(scanner, [&](QByteArrayView headerName) {
                    if (headerName == "key")
                        return readString(scanner, headerSeen[0], key);
                    if (headerName == "value")
                        return readString(scanner, headerSeen[1], value);
                    if (isAnotherSpellingOf(headerName, {"key", "value"}))
                        return false;
                    return scanner.skipValue(6);
                });
                if (header && !key.isEmpty())
                    link.headers.append({key, value});
                return header;
            });
        }
        if (isAnotherSpellingOf(name, {"uri", "method", "headers"}))
            return false;
        return scanner.skipValue(4);
    });
    if (!read)
        return false;
    // As the loader and Json::pageFromJson: an empty object, or a link to nowhere, is no link.
    if (members > 0 && !link.isEmpty())
        next = link;
    return true;
}

bool readLinks(Scanner& scanner, std::optional<Link>& next)
{
    bool seen = false;
    return readObject(scanner, [&](QByteArrayView name) {
        if (name == "next") {
            if (seen || !scanner.isNext('{'))
                return false;
            seen = true;
            return readNextLink(scanner, next);
        }
        if (isAnotherSpellingOf(name, {"next"}))
            return false;
        return scanner.skipValue(2);
    });
}

} // namespace

namespace {

// The envelope: {"items": [objects…], "links": {"next": link}, anything else}. `item` reads
// one item (the scanner at its '{').
template<typename Item> bool readPage(const QByteArray& body, bool checked, std::optional<Link>& next, Item item)
{
    QByteArrayView text(body);
    if (text.startsWith("\xEF\xBB\xBF")) // as Json::parse
        text = text.sliced(3);
    Scanner scanner(text, checked);
    bool itemsSeen = false;
    bool linksSeen = false;
    const bool read = readObject(scanner, [&](QByteArrayView name) {
        if (name == "items") {
            if (itemsSeen || !scanner.isNext('['))
                return false;
            itemsSeen = true;
            return readArray(scanner, [&] { return scanner.isNext('{') && item(scanner); });
        }
        if (name == "links") {
            if (linksSeen || !scanner.isNext('{'))
                return false;
            linksSeen = true;
            return readLinks(scanner, next);
        }
        if (isAnotherSpellingOf(name, {"items", "links"}))
            return false;
        return scanner.skipValue(1);
    });
    return read && itemsSeen && scanner.atEnd();
}

} // namespace

std::optional<CustomerPageReader::Page> CustomerPageReader::read(const QByteArray& body, Strings strings)
{
    Page page;
    Relationships relationships;
    const bool read = readPage(body, strings == Strings::CheckedByReadEnvelope, page.next, [&](Scanner& scanner) {
        Customer customer;
        if (!readCustomer(scanner, relationships, customer))
            return false;
        page.items.append(std::move(customer));
        return true;
    });
    if (!read)
        return std::nullopt;
    return page;
}

std::optional<CustomerPageReader::Envelope> CustomerPageReader::readEnvelope(const QByteArray& body)
{
    Envelope envelope;
    const bool read = readPage(body, false, envelope.next, [&](Scanner& scanner) {
        ++envelope.itemCount;
        return scanner.skipValue(2);
    });
    if (!read)
        return std::nullopt;
    return envelope;
}

} // namespace PartnerDesk
