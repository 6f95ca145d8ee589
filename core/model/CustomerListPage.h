#pragma once

#include "model/Customer.h"

#include <QCollatorSortKey>
#include <QList>
#include <QLocale>
#include <QString>

namespace PartnerDesk {

// A page of the customer list as the loader hands it to the list model: the customers and
// what the model would otherwise compute for each of them on the GUI thread, computed on the
// loader's worker instead.
struct CustomerListPage
{
    QList<Customer> customers;
    // The company names' sort keys (CustomerCollation::sortKey), one per customer, in
    // `collationLocale`; the model takes them only if it sorts in that locale.
    QList<QCollatorSortKey> companyKeys;
    QLocale collationLocale;
    // CustomerCollation::ascendingOrder(companyKeys): the page sorted by company, as the
    // customer filter shows a page that arrives while the list is sorted by company.
    QList<int> companyOrder;
    // On the last page of a load only, when every page of it came in turn in one collation:
    // every customer of the load, numbered in the order of the pages from 0, in ascending order
    // of company key (equal keys in that order) — what sorting the whole list by company gives,
    // worked out on the loader's worker as the pages came (SortedKeyRuns). Empty otherwise.
    QList<int> companyOrderOfLoad;
    // CustomerSearchText::of(company name, domain), one per customer: what the customer filter
    // searches in. In every UI language the same.
    QList<QString> searchTexts;
};

} // namespace PartnerDesk
