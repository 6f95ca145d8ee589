#include "CustomerCollation.h"

#include <algorithm>
#include <numeric>

namespace PartnerDesk {

CustomerCollation::CustomerCollation(const QLocale& uiLocale)
    : m_collator(localeFor(uiLocale))
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
}

QLocale CustomerCollation::localeFor(const QLocale& uiLocale)
{
    return uiLocale.language() == QLocale::C ? QLocale(QLocale::English) : uiLocale;
}

QCollatorSortKey CustomerCollation::sortKey(const QString& text) const
{
    // Folded first: not every collation backend honours case-insensitivity in sort keys.
    return m_collator.sortKey(text.toCaseFolded());
}

QList<int> CustomerCollation::ascendingOrder(const QList<QCollatorSortKey>& keys)
{
    QList<int> order(keys.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(
        order.begin(), order.end(), [&keys](int left, int right) { return keys.at(left).compare(keys.at(right)) < 0; });
    return order;
}

} // namespace PartnerDesk
