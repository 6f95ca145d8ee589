#include "NewCustomerRefusal.h"

#include <QRegularExpression>

#include <array>
#include <optional>

namespace PartnerDesk {

namespace {

struct Name
{
    const char* property; // lower case, the last part of a JSON path
    Field field;
};

// The properties of a new customer and the wizard fields they belong to.
constexpr std::array<Name, 16> names{{
    {"domain", Field::DomainPrefix},
    {"companyname", Field::CompanyName},
    {"addressline1", Field::AddressLine1},
    {"addressline2", Field::AddressLine2},
    {"city", Field::City},
    {"state", Field::State},
    {"region", Field::State},
    {"postalcode", Field::PostalCode},
    {"country", Field::Country},
    {"phonenumber", Field::AddressPhoneNumber},
    {"firstname", Field::FirstName},
    {"lastname", Field::LastName},
    {"email", Field::Email},
    {"culture", Field::Culture},
    {"language", Field::Language},
    {"defaultaddress", Field::AddressLine1},
}};

std::optional<Field> fieldForProperty(const QString& property)
{
    const QString key = property.toLower();
    for (const Name& name : names) {
        if (key == QLatin1String(name.property))
            return name.field;
    }
    return std::nullopt;
}

} // namespace

NewCustomerRefusal::NewCustomerRefusal(const ApiError& error)
    : m_error(error)
{
    const QString text = error.displayDescription();
    // A dotted JSON path, a quoted property ('PostalCode') or a camelCase property name.
    static const QRegularExpression token(QStringLiteral(
        R"((?:[A-Za-z][A-Za-z0-9]*\.)+[A-Za-z][A-Za-z0-9]*|'([A-Za-z][A-Za-z0-9]*)'|\b[a-z]+[A-Z][A-Za-z0-9]*\b)"));
    QRegularExpressionMatchIterator it = token.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString quoted = match.captured(1);
        const QString whole = match.captured(0);
        QString property = quoted.isEmpty() ? whole.section(QLatin1Char('.'), -1) : quoted;
        // "x.onmicrosoft.com" is a value, not a path.
        if (quoted.isEmpty() && whole.contains(QLatin1Char('.'))
            && !whole.contains(QLatin1String("Profile"), Qt::CaseInsensitive)
            && !whole.contains(QLatin1String("Address"), Qt::CaseInsensitive))
            continue;
        const std::optional<Field> field = fieldForProperty(property);
        if (field && !m_fields.contains(*field))
            m_fields.append(*field);
    }
    // Codes that name a field only by number (api-customers.md §2.6).
    if (error.code == QLatin1String("600051") && !m_fields.contains(Field::AddressPhoneNumber))
        m_fields.append(Field::AddressPhoneNumber);
}

bool NewCustomerRefusal::isDomainTaken() const
{
    if (!namesField(Field::DomainPrefix))
        return false;
    if (m_error.httpStatus == 409)
        return true;
    const QString text = m_error.displayDescription();
    return text.contains(QLatin1String("in use"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("already exists"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("not available"), Qt::CaseInsensitive);
}

} // namespace PartnerDesk
