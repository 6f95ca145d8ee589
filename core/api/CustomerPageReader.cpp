#include "CustomerPageReader.h"

#include <QByteArrayView>

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <initializer_list>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

// The first '"' or '\\' from `at` on, or `end`: sixteen bytes at a time where SSE2 is there
// (every x86-64), eight at a time otherwise, then byte by byte.
const char* findQuoteOrBackslash(const char* at, const char* end)
{
#if defined(__SSE2__)
    const __m128i quotes = _mm_set1_epi8('"');
    const __m128i backslashes = _mm_set1_epi8('\\');
    while (end - at >= 16) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(at));
        const auto found = static_cast<unsigned>(
            _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(chunk, quotes), _mm_cmpeq_epi8(chunk, backslashes))));
        if (found != 0)
            return at + std::countr_zero(found);
        at += 16;
    }
#endif
    constexpr std::uint64_t ones = 0x0101010101010101;
    constexpr std::uint64_t highs = 0x8080808080808080;
    // A zero byte sets its high bit here (and no byte before the first zero one is taken for one).
    const auto hasZero = [](std::uint64_t word) { return (word - ones) & ~word & highs; };
    while (end - at >= 8) {
        std::uint64_t word = 0;
        std::memcpy(&word, at, sizeof word);
        if (hasZero(word ^ (ones * '"')) | hasZero(word ^ (ones * '\\')))
            break;
        at += 8;
    }
    while (at != end && *at != '"' && *at != '\\')
        ++at;
    return at;
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
    explicit Scanner(QByteArrayView text)
        : m_at(text.data())
        , m_end(text.data() + text.size())
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

    // Any value, checked and dropped as skipValue() does it (the same nesting allowed), except
    // that of each string, name or value, only the end is found. Without recursion, and with one
    // look at each byte outside the strings: a page's items are most of its bytes.
    bool skimValue(int depth)
    {
        enum class Expect { Value, ValueOrEnd, Name, NameOrEnd, CommaOrEnd };
        Expect expect = Expect::Value;
        int open = 0; // containers
        std::uint64_t objects = 0; // bit n: the container n deep is an object, not an array
        static_assert(maxDepth < 64);
        for (;;) {
            skipSpace();
            if (m_at == m_end)
                return false;
            const char c = *m_at;
            bool valueDone = false;
            switch (expect) {
            case Expect::NameOrEnd:
            case Expect::Name:
                if (c == '}' && expect == Expect::NameOrEnd) {
                    ++m_at;
                    --open;
                    valueDone = true;
                    break;
                }
                if (c != '"')
                    return false;
                ++m_at;
                if (!skipToStringEnd() || !take(':'))
                    return false;
                expect = Expect::Value;
                break;
            case Expect::ValueOrEnd:
            case Expect::Value:
                if (c == ']' && expect == Expect::ValueOrEnd) {
                    ++m_at;
                    --open;
                    valueDone = true;
                    break;
                }
                if (depth + open > maxDepth)
                    return false;
                switch (c) {
                case '"':
                    ++m_at;
                    if (!skipToStringEnd())
                        return false;
                    valueDone = true;
                    break;
                case '{':
                case '[':
                    ++m_at;
                    objects = c == '{' ? objects | (std::uint64_t(1) << open) : objects & ~(std::uint64_t(1) << open);
                    ++open;
                    expect = c == '{' ? Expect::NameOrEnd : Expect::ValueOrEnd;
                    break;
                case 't':
                case 'f':
                case 'n':
                    if (!literal(c == 't' ? "true" : c == 'f' ? "false" : "null"))
                        return false;
                    valueDone = true;
                    break;
                default:
                    if (!integer())
                        return false;
                    valueDone = true;
                    break;
                }
                break;
            case Expect::CommaOrEnd: {
                const bool inObject = (objects >> (open - 1)) & 1;
                if (c == ',') {
                    ++m_at;
                    expect = inObject ? Expect::Name : Expect::Value;
                } else if (c == (inObject ? '}' : ']')) {
                    ++m_at;
                    --open;
                    valueDone = true;
                } else {
                    return false;
                }
                break;
            }
            }
            if (valueDone) {
                if (open == 0)
                    return true;
                expect = Expect::CommaOrEnd;
            }
        }
    }

private:
    // Past the closing quote of a string whose opening quote was taken, or false. The closing
    // quote is the first one not escaped, and a backslash escapes the byte after it; a \u's four
    // digits hold neither a quote nor a backslash in a body any JSON parser takes, so they need
    // no look either.
    bool skipToStringEnd()
    {
        for (;;) {
            m_at = findQuoteOrBackslash(m_at, m_end);
            if (m_at == m_end)
                return false;
            if (*m_at == '"') {
                ++m_at;
                return true;
            }
            if (m_end - m_at < 2)
                return false;
            m_at += 2;
        }
    }

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
        // A page as the service writes it has none: one comparison rules out every byte above ' '.
        while (m_at != m_end && static_cast<unsigned char>(*m_at) <= ' ' && isSpace(*m_at))
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
template<typename Item> bool readPage(const QByteArray& body, std::optional<Link>& next, Item item)
{
    QByteArrayView text(body);
    if (text.startsWith("\xEF\xBB\xBF")) // as Json::parse
        text = text.sliced(3);
    Scanner scanner(text);
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

std::optional<CustomerPageReader::Page> CustomerPageReader::read(const QByteArray& body)
{
    Page page;
    Relationships relationships;
    const bool read = readPage(body, page.next, [&](Scanner& scanner) {
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

std::optional<CustomerPageReader::Envelope> CustomerPageReader::skimEnvelope(const QByteArray& body)
{
    Envelope envelope;
    const bool read = readPage(body, envelope.next, [&](Scanner& scanner) {
        ++envelope.itemCount;
        // Inside an item only the ends of its strings are found; the rest is checked as JSON.
        return scanner.skimValue(2);
    });
    if (!read)
        return std::nullopt;
    return envelope;
}

} // namespace PartnerDesk
