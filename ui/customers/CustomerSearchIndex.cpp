#include "CustomerSearchIndex.h"

#include <algorithm>
#include <bit>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace PartnerDesk {

namespace {
constexpr char16_t fieldSeparator = CustomerSearchText::fieldSeparator;
constexpr char16_t rowSeparator = CustomerSearchText::rowSeparator;

// What QChar::toLower gives for ASCII, without the call (ASCII folds as it lowers).
char16_t asciiLower(char16_t c)
{
    return c >= u'A' && c <= u'Z' ? char16_t(c - u'A' + u'a') : c;
}

// Finds the needle in the whole text: one character with Qt's vectorised search; more, where
// SSE2 is there (every x86-64), by comparing eight positions at a time on the needle's first
// and last characters and checking only where both fit (for two characters that is the
// match); elsewhere with Horspool's skips (a table on the low byte of each UTF-16 unit:
// characters that share it take the smaller skip, so nothing is ever skipped over).
// QStringView::indexOf() looks at every position of the 11 MB of 100,000 customers.
class Searcher
{
public:
    Searcher(QStringView text, QStringView needle)
        : m_text(text)
        , m_needle(needle)
    {
        const qsizetype length = needle.size();
        std::fill(std::begin(m_skip), std::end(m_skip), length);
        for (qsizetype i = 0; i + 1 < length; ++i)
            m_skip[needle[i].unicode() & 0xff] = length - 1 - i;
    }

    // The position of the first match at or after `from`, or -1.
    [[nodiscard]] qsizetype find(qsizetype from) const
    {
        const qsizetype length = m_needle.size();
        if (length == 1)
            return m_text.indexOf(m_needle.front(), from);
#if defined(__SSE2__)
        return findEightAtATime(from);
#else
        return findWithSkips(from);
#endif
    }

    [[nodiscard]] qsizetype findWithSkips(qsizetype from) const
    {
        const qsizetype length = m_needle.size();
        const char16_t* text = m_text.utf16();
        const char16_t* needle = m_needle.utf16();
        const char16_t last = needle[length - 1];
        const qsizetype end = m_text.size() - length;
        for (qsizetype position = from; position <= end;) {
            const char16_t at = text[position + length - 1];
            if (at == last && std::equal(needle, needle + length - 1, text + position))
                return position;
            position += m_skip[at & 0xff];
        }
        return -1;
    }

#if defined(__SSE2__)
    [[nodiscard]] qsizetype findEightAtATime(qsizetype from) const
    {
        const qsizetype length = m_needle.size();
        const char16_t* text = m_text.utf16();
        const char16_t* needle = m_needle.utf16();
        const qsizetype end = m_text.size() - length; // the last position a match can start at
        const __m128i first = _mm_set1_epi16(static_cast<short>(needle[0]));
        const __m128i last = _mm_set1_epi16(static_cast<short>(needle[length - 1]));
        qsizetype position = from;
        // Positions position .. position + 7, while the last of them still has room for the needle.
        for (; position + 7 <= end; position += 8) {
            const __m128i starts = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text + position));
            const __m128i ends = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text + position + length - 1));
            const __m128i both = _mm_and_si128(_mm_cmpeq_epi16(starts, first), _mm_cmpeq_epi16(ends, last));
            auto mask = static_cast<unsigned>(_mm_movemask_epi8(both)); // two bits a position
            while (mask != 0) {
                const int bit = std::countr_zero(mask);
                const qsizetype candidate = position + bit / 2;
                if (std::equal(needle + 1, needle + length - 1, text + candidate + 1))
                    return candidate;
                mask &= ~(3u << bit);
            }
        }
        for (; position <= end; ++position) {
            if (text[position] == needle[0] && std::equal(needle + 1, needle + length, text + position + 1))
                return position;
        }
        return -1;
    }
#endif

private:
    QStringView m_text;
    QStringView m_needle;
    qsizetype m_skip[256];
};

bool containsSeparator(QStringView text)
{
    return text.contains(QChar(fieldSeparator)) || text.contains(QChar(rowSeparator));
}
} // namespace

void CustomerSearchIndex::setRow(int row, const QString& companyName, const QString& domain, const QString& id)
{
    setRowText(row, CustomerSearchText::of(companyName, domain), id);
}

void CustomerSearchIndex::setRowText(int row, const QString& searchText, const QString& id)
{
    if (row == m_idFirst.size())
        m_idFirst.append(0);
    if (id.isEmpty())
        m_idFirst[row] = 0;
    else if (id.front().unicode() < 128)
        m_idFirst[row] = asciiLower(id.front().unicode());
    else
        m_idFirst[row] = CustomerSearchText::fold(id.left(2)).front().unicode();
    for (const QChar c : id) {
        if (c.unicode() < 128)
            m_idAscii.set(asciiLower(c.unicode()));
        else
            m_idNonAscii = true;
    }
    m_recent.clear();
    if (row < m_start.size()) {
        if (rowText(row) == searchText)
            return;
        m_waste += m_length.at(row);
        m_byStart.erase(std::find(m_byStart.begin(), m_byStart.end(), row));
    } else {
        m_start.resize(row + 1);
        m_length.resize(row + 1);
    }
    m_byStart.push_back(row);
    m_start[row] = m_text.size();
    m_length[row] = static_cast<int>(searchText.size());
    m_text += searchText;
    compactIfWasteful();
}

void CustomerSearchIndex::clear()
{
    m_text.clear();
    m_start.clear();
    m_length.clear();
    m_idFirst.clear();
    m_byStart.clear();
    m_waste = 0;
    m_idAscii.reset();
    m_idNonAscii = false;
    m_recent.clear();
}

bool CustomerSearchIndex::anyIdMayStartWith(QStringView foldedNeedle) const
{
    return std::all_of(foldedNeedle.cbegin(), foldedNeedle.cend(),
        [this](QChar c) { return c.unicode() < 128 ? m_idAscii.test(c.unicode()) : m_idNonAscii; });
}

void CustomerSearchIndex::compactIfWasteful()
{
    if (m_waste < 4096 || m_waste < m_text.size() / 2)
        return;
    QString compact;
    compact.reserve(m_text.size() - m_waste);
    for (int row = 0; row < m_start.size(); ++row) {
        const qsizetype start = compact.size();
        compact += rowText(row);
        m_start[row] = start;
        m_byStart[static_cast<size_t>(row)] = row;
    }
    m_text = std::move(compact);
    m_waste = 0;
}

bool CustomerSearchIndex::rowMatches(int row, QStringView foldedNeedle) const
{
    const QStringView text = rowText(row);
    const qsizetype separator = text.indexOf(QChar(fieldSeparator));
    return text.first(separator).contains(foldedNeedle)
        || text.sliced(separator + 1, text.size() - separator - 2).contains(foldedNeedle);
}

void CustomerSearchIndex::findRows(QStringView foldedNeedle, std::vector<char>& matches) const
{
    constexpr size_t remembered = 16;
    const auto known = std::find_if(
        m_recent.begin(), m_recent.end(), [&foldedNeedle](const Recent& r) { return r.needle == foldedNeedle; });
    if (known != m_recent.end()) {
        matches = known->matches;
        std::rotate(m_recent.begin(), known, known + 1);
        return;
    }
    findAllRows(foldedNeedle, matches);
    if (m_recent.size() == remembered)
        m_recent.pop_back();
    m_recent.insert(m_recent.begin(), Recent{foldedNeedle.toString(), matches});
}

void CustomerSearchIndex::findAllRows(QStringView foldedNeedle, std::vector<char>& matches) const
{
    const int rows = rowCount();
    matches.assign(static_cast<size_t>(rows), 0);
    if (rows == 0)
        return;
    if (containsSeparator(foldedNeedle)) {
        // Cannot occur in typed text; answered correctly all the same, one row at a time.
        for (int row = 0; row < rows; ++row)
            matches[static_cast<size_t>(row)] = rowMatches(row, foldedNeedle);
        return;
    }
    const std::vector<int>& byStart = m_byStart;
    const Searcher search(QStringView(m_text), foldedNeedle);
    size_t piece = 0; // index into byStart: the piece holding `position`, or the next live one
    qsizetype from = 0;
    for (;;) {
        const qsizetype position = search.find(from);
        if (position < 0)
            break;
        // Advance to the piece that holds the match (pieces are sorted by start; waste lies
        // between them and belongs to none).
        while (piece < byStart.size()) {
            const int row = byStart[piece];
            if (m_start.at(row) + m_length.at(row) > position)
                break;
            ++piece;
        }
        if (piece == byStart.size())
            break;
        const int row = byStart[piece];
        if (m_start.at(row) > position) {
            from = m_start.at(row); // the match lies in waste
            continue;
        }
        matches[static_cast<size_t>(row)] = 1;
        from = m_start.at(row) + m_length.at(row); // the rest of this row cannot add anything
        ++piece;
    }
}

} // namespace PartnerDesk
