#pragma once

#include <QString>

namespace PartnerDesk {

// What search-as-you-type looks in for a customer of the list: its company name and domain,
// case-folded, as one piece "<company>\x1f<domain>\x1e" (CustomerSearchIndex keeps the pieces
// of all rows end to end). One definition for the filter on the GUI thread and the list
// loader's worker, which computes the pieces of a page with it (CustomerListPage), so that the
// GUI thread does not fold 100,000 names while the list loads.
class CustomerSearchText
{
public:
    // Between the company name and the domain, and after the domain. Neither is in any needle
    // typed into the search, so no match spans two fields or two rows.
    static constexpr char16_t fieldSeparator = u'\x1f';
    static constexpr char16_t rowSeparator = u'\x1e';

    // The case folding used for texts and needles. Qt folds case one code point for one code
    // point and without regard to the language, so `text.contains(needle, Qt::CaseInsensitive)`
    // is exactly `fold(text).contains(fold(needle))`, in any UI language.
    [[nodiscard]] static QString fold(const QString& text) { return text.toCaseFolded(); }
    // The piece of a customer with this company name and domain.
    [[nodiscard]] static QString of(const QString& companyName, const QString& domain);
};

} // namespace PartnerDesk
