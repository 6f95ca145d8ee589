#include "CustomerSearchIndex.h"

#include <algorithm>

namespace PartnerDesk {

namespace {
constexpr char16_t fieldSeparator = u'\x1f';
constexpr char16_t rowSeparator = u'\x1e';

// Finds the needle in the whole text: one character with Qt's vectorised search, more with
// Horspool's skips (a table on the low byte of each UTF-16 unit: characters that share it take
// the smaller skip, so nothing is ever skipped over). QStringView::indexOf() looks at every
// position of the 11 MB of 100,000 customers.
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
    if (row == m_idFirst.size())
        m_idFirst.append(0);
    m_idFirst[row] = id.isEmpty() ? char16_t(0) : fold(id.left(2)).front().unicode();
    QString piece;
    piece.reserve(companyName.size() + domain.size() + 2);
    piece += fold(companyName);
    piece += QChar(fieldSeparator);
    piece += fold(domain);
    piece += QChar(rowSeparator);
    if (row < m_start.size()) {
        if (rowText(row) == piece)
            return;
        m_waste += m_length.at(row);
        m_byStart.erase(std::find(m_byStart.begin(), m_byStart.end(), row));
    } else {
        m_start.resize(row + 1);
        m_length.resize(row + 1);
    }
    m_byStart.push_back(row);
    m_start[row] = m_text.size();
    m_length[row] = static_cast<int>(piece.size());
    m_text += piece;
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
