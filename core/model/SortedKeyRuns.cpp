#include "SortedKeyRuns.h"

#include <algorithm>
#include <numeric>

namespace PartnerDesk {

void SortedKeyRuns::clear()
{
    m_keys.clear();
    m_runs.clear();
}

void SortedKeyRuns::add(const QList<QCollatorSortKey>& keys, const QList<int>& order)
{
    if (keys.isEmpty())
        return;
    const int first = keyCount();
    m_keys.insert(m_keys.end(), keys.cbegin(), keys.cend());
    // One index for each key, or the batch is sorted here.
    std::vector<int> run;
    run.reserve(static_cast<size_t>(keys.size()));
    std::vector<char> seen(static_cast<size_t>(keys.size()), 0);
    bool valid = order.size() == keys.size();
    for (qsizetype i = 0; valid && i < order.size(); ++i) {
        const int index = order.at(i);
        valid = index >= 0 && index < keys.size() && !seen[size_t(index)];
        if (valid) {
            seen[size_t(index)] = 1;
            run.push_back(first + index);
        }
    }
    if (!valid) {
        run.resize(static_cast<size_t>(keys.size()));
        std::iota(run.begin(), run.end(), first);
        std::stable_sort(run.begin(), run.end(), [this](int left, int right) { return less(left, right); });
    }
    m_runs.push_back(std::move(run));
    while (m_runs.size() >= 2 && m_runs[m_runs.size() - 2].size() <= m_runs.back().size())
        mergeLastTwo();
}

bool SortedKeyRuns::less(int left, int right) const
{
    return m_keys[size_t(left)].compare(m_keys[size_t(right)]) < 0;
}

void SortedKeyRuns::mergeLastTwo()
{
    std::vector<int> right = std::move(m_runs.back());
    m_runs.pop_back();
    std::vector<int>& left = m_runs.back();
    std::vector<int> merged(left.size() + right.size());
    // std::merge takes from the left run on ties: equal keys stay in the order added.
    std::merge(left.cbegin(), left.cend(), right.cbegin(), right.cend(), merged.begin(),
        [this](int a, int b) { return less(a, b); });
    left = std::move(merged);
}

QList<int> SortedKeyRuns::take()
{
    while (m_runs.size() >= 2)
        mergeLastTwo();
    QList<int> order;
    if (!m_runs.empty())
        order = QList<int>(m_runs.front().cbegin(), m_runs.front().cend());
    clear();
    return order;
}

} // namespace PartnerDesk
