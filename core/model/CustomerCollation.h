#pragma once

#include <QCollator>
#include <QCollatorSortKey>
#include <QList>
#include <QLocale>
#include <QString>

namespace PartnerDesk {

// How the customer list sorts text in a UI language: case-insensitive, numbers by value, and
// the "C" locale as English (it collates by code point, "Ağaoğlu" after "Araújo", which people
// never want). One definition for the list model on the GUI thread and the list loader's
// worker, so a key computed on either sorts the same. Each thread needs its own instance.
class CustomerCollation
{
public:
    explicit CustomerCollation(const QLocale& uiLocale);

    // The locale the text is collated in (English for "C"): keys computed by two collations
    // with the same locale are interchangeable.
    [[nodiscard]] QLocale locale() const { return m_collator.locale(); }
    // locale() of the collation for `uiLocale`.
    [[nodiscard]] static QLocale localeFor(const QLocale& uiLocale);
    [[nodiscard]] QCollatorSortKey sortKey(const QString& text) const;
    // The indexes of `keys` in ascending order of their keys, equal keys in index order.
    [[nodiscard]] static QList<int> ascendingOrder(const QList<QCollatorSortKey>& keys);

private:
    QCollator m_collator;
};

} // namespace PartnerDesk
