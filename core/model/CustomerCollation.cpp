#include "CustomerCollation.h"

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

} // namespace PartnerDesk
