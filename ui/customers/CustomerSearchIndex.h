#pragma once

#include "model/CustomerSearchText.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <bitset>
#include <vector>

namespace PartnerDesk {

// What search-as-you-type looks in, for every row of the customer list: the company name and
// the domain, case-folded once and kept end to end in one buffer (CustomerSearchText). "Contains,
// ignoring case" is then one plain search through contiguous memory rather than a case-folding
// comparison against 200,000 separate strings for each keystroke.
class CustomerSearchIndex
{
public:
    // Row `row` (0 .. rowCount()) now has these texts; a new row when row == rowCount().
    void setRow(int row, const QString& companyName, const QString& domain, const QString& id);
    // The same with the row's search text computed already: CustomerSearchText::of(companyName,
    // domain), as the list loader's worker computes it for a page.
    void setRowText(int row, const QString& searchText, const QString& id);
    void clear();
    [[nodiscard]] int rowCount() const { return static_cast<int>(m_start.size()); }

    // Marks in `matches` (resized to rowCount()) the rows whose company name or domain contains
    // `foldedNeedle` (already case-folded, not empty). The last few searches are remembered.
    void findRows(QStringView foldedNeedle, std::vector<char>& matches) const;
    // Whether row `row` matches, for a single row.
    [[nodiscard]] bool rowMatches(int row, QStringView foldedNeedle) const;
    // False when the row's id cannot start with `foldedNeedle` (its first character differs),
    // so that most searches look at no id at all.
    [[nodiscard]] bool idMayStartWith(int row, QStringView foldedNeedle) const
    {
        return !foldedNeedle.isEmpty() && m_idFirst.at(row) == foldedNeedle.front().unicode();
    }

    // False when no row's id can start with `foldedNeedle`: it has a character no id has (ids
    // are GUIDs, so a search for a name never reads an id).
    [[nodiscard]] bool anyIdMayStartWith(QStringView foldedNeedle) const;

private:
    [[nodiscard]] QStringView rowText(int row) const
    {
        return QStringView(m_text).mid(m_start.at(row), m_length.at(row));
    }
    void compactIfWasteful();
    void findAllRows(QStringView foldedNeedle, std::vector<char>& matches) const;

    // Rows' texts (CustomerSearchText::of), in any order: a changed row gets a new piece at the
    // end and its old one becomes waste, dropped when waste outgrows the live text. The
    // separators never occur in a needle (see findRows), so no match spans two fields.
    QString m_text;
    QList<qsizetype> m_start;
    QList<int> m_length;
    QList<char16_t> m_idFirst; // the first UTF-16 unit of each row's case-folded id
    std::vector<int> m_byStart; // the rows in the order of their pieces in m_text
    qsizetype m_waste = 0;
    std::bitset<128> m_idAscii; // the ASCII characters of any id, folded (a superset)
    bool m_idNonAscii = false; // an id had a character beyond ASCII

    // The last searches' matches, newest first: erasing a character goes back to one of them.
    // Emptied whenever a row changes.
    struct Recent
    {
        QString needle;
        std::vector<char> matches;
    };
    mutable std::vector<Recent> m_recent;
};

} // namespace PartnerDesk
