#pragma once

#include <QComboBox>

namespace PartnerDesk {

// Every country/region by its ISO 3166-1 alpha-2 code, shown by name and sorted in the
// order of the UI language. Type to jump to a country.
class CountryComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit CountryComboBox(QWidget* parent = nullptr);

    [[nodiscard]] QString countryCode() const;
    void setCountryCode(const QString& isoCode);
    // Limits the list to these codes (for example the countries a template exists for).
    void setAvailableCountries(const QStringList& isoCodes);

    // The ISO codes PartnerDesk knows, all of them.
    [[nodiscard]] static QStringList allCountryCodes();

Q_SIGNALS:
    void countryChanged(const QString& isoCode);

protected:
    void changeEvent(QEvent* event) override;

private:
    void populate();

    QStringList m_available;
};

} // namespace PartnerDesk
