#pragma once

#include <QCollatorSortKey>
#include <QList>

#include <vector>

namespace PartnerDesk {

// The order of many collation keys that arrive a batch at a time, each batch sorted already
// (a page of the customer list and its CustomerListPage::companyOrder): the batches are kept
// as sorted runs and merged as they come, a run with the one before it whenever that one is
// not longer — as a binary counter carries — so that n keys in batches of b take about
// n·log2(n/b) comparisons in all, most of them spread over the batches, and the last batch
// leaves only a few runs to merge. The customer list loader keeps one on its worker thread,
// so that the GUI thread does not sort 100,000 rows once the list has loaded.
//
// Keys are numbered in the order they were added, from 0; equal keys keep that order.
class SortedKeyRuns
{
public:
    void clear();
    // The next batch: its keys, and `order`, their indexes in ascending order of key (equal
    // keys in index order); when `order` is not one index for each key, the batch is sorted
    // here.
    void add(const QList<QCollatorSortKey>& keys, const QList<int>& order);
    [[nodiscard]] int keyCount() const { return static_cast<int>(m_keys.size()); }
    // Every key added, by number, in ascending order of key (equal keys in the order added);
    // starts afresh.
    [[nodiscard]] QList<int> take();

private:
    [[nodiscard]] bool less(int left, int right) const;
    void mergeLastTwo();

    std::vector<QCollatorSortKey> m_keys;
    std::vector<std::vector<int>> m_runs; // each sorted; the keys of an earlier run were added before
};

} // namespace PartnerDesk
