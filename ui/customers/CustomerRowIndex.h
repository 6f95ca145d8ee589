#pragma once

#include <QHashFunctions>
#include <QStringView>

#include <algorithm>
#include <vector>

namespace PartnerDesk {

// Row numbers by customer id for the customer list, which holds some 100,000 of them: open
// addressing over the low 32 bits of each id's hash, kept beside its row number, so that
// finding an id or adding one reads another row's id only when those bits agree.
// (QHash<QString, int> compared the id with every key it met on the way, each one a cache
// miss at that size: more than half the time the list took to add a page.)
//
// The ids themselves stay with the rows: `idOfRow(row)` gives the id of a row in the index.
class CustomerRowIndex
{
public:
    void clear()
    {
        m_slots.clear();
        m_count = 0;
    }

    // The row of `id`, or -1.
    template<typename IdOfRow> [[nodiscard]] int find(QStringView id, IdOfRow idOfRow) const
    {
        if (m_slots.empty())
            return -1;
        const quint32 tag = tagOf(id);
        for (size_t at = tag & mask();; at = (at + 1) & mask()) {
            const quint64 slot = m_slots[at];
            if (slot == 0)
                return -1;
            if (tagIn(slot) == tag && idOfRow(rowIn(slot)) == id)
                return rowIn(slot);
        }
    }

    // `row` becomes the row of `id`, whether it had one or not.
    template<typename IdOfRow> void set(QStringView id, int row, IdOfRow idOfRow)
    {
        if ((m_count + 1) * 2 > m_slots.size())
            grow();
        const quint32 tag = tagOf(id);
        for (size_t at = tag & mask();; at = (at + 1) & mask()) {
            quint64& slot = m_slots[at];
            if (slot == 0) {
                ++m_count;
                slot = pack(tag, row);
                return;
            }
            if (tagIn(slot) == tag && idOfRow(rowIn(slot)) == id) {
                slot = pack(tag, row);
                return;
            }
        }
    }

    [[nodiscard]] size_t size() const { return m_count; }

private:
    // A slot: the tag in the high half, the row + 1 in the low half; 0 when empty. A slot's
    // place is its tag masked, so the table grows without hashing an id again.
    [[nodiscard]] static quint32 tagOf(QStringView id) { return quint32(qHash(id, QHashSeed::globalSeed())); }
    [[nodiscard]] static quint64 pack(quint32 tag, int row) { return quint64(tag) << 32 | quint32(row + 1); }
    [[nodiscard]] static quint32 tagIn(quint64 slot) { return quint32(slot >> 32); }
    [[nodiscard]] static int rowIn(quint64 slot) { return int(quint32(slot)) - 1; }
    [[nodiscard]] size_t mask() const { return m_slots.size() - 1; }

    void grow()
    {
        std::vector<quint64> old(std::max<size_t>(1024, m_slots.size() * 2), 0);
        old.swap(m_slots);
        for (quint64 slot : old) {
            if (slot == 0)
                continue;
            size_t at = tagIn(slot) & mask();
            while (m_slots[at] != 0)
                at = (at + 1) & mask();
            m_slots[at] = slot;
        }
    }

    std::vector<quint64> m_slots; // a power of two of them, at most half in use
    size_t m_count = 0;
};

} // namespace PartnerDesk
