#include "CountryComboBox.h"

#include "customers/CustomerListModel.h"

#include <QCollator>
#include <QEvent>
#include <QLocale>

#include <algorithm>

namespace PartnerDesk {

CountryComboBox::CountryComboBox(QWidget* parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("countryComboBox"));
    setEditable(false);
    populate();
    connect(this, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT countryChanged(countryCode()); });
}

QStringList CountryComboBox::allCountryCodes()
{
    static const QStringList codes = [] {
        QStringList list;
        for (int t = QLocale::Afghanistan; t <= QLocale::LastTerritory; ++t) {
            const QString code = QLocale::territoryToCode(static_cast<QLocale::Territory>(t));
            // Two letters only: the UN regions ("419") and placeholders are left out.
            if (code.size() == 2 && code.at(0).isLetter() && code.at(1).isLetter() && !list.contains(code))
                list << code;
        }
        return list;
    }();
    return codes;
}

QString CountryComboBox::countryCode() const
{
    return currentData().toString();
}

void CountryComboBox::setCountryCode(const QString& isoCode)
{
    const int index = findData(isoCode.trimmed().toUpper());
    if (index >= 0)
        setCurrentIndex(index);
}

void CountryComboBox::setAvailableCountries(const QStringList& isoCodes)
{
    m_available = isoCodes;
    populate();
}

void CountryComboBox::populate()
{
    const QString current = countryCode();
    const QStringList codes = m_available.isEmpty() ? allCountryCodes() : m_available;
    QList<std::pair<QString, QString>> entries;
    entries.reserve(codes.size());
    for (const QString& code : codes)
        entries.append({countryDisplayName(code), code});
    QCollator collator{QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale()};
    std::sort(entries.begin(), entries.end(),
        [&collator](const auto& a, const auto& b) { return collator.compare(a.first, b.first) < 0; });

    const QSignalBlocker blocker(this);
    clear();
    for (const auto& [name, code] : std::as_const(entries))
        addItem(name, code);
    const int index = findData(current);
    setCurrentIndex(index >= 0 ? index : -1);
}

void CountryComboBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        populate();
    QComboBox::changeEvent(event);
}

} // namespace PartnerDesk
