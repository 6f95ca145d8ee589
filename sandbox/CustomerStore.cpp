#include "sandbox/CustomerStore.h"

#include "sandbox/SandboxDatabase.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace PartnerDesk::Sandbox {

namespace {

const QString selectColumns = u"row_id, id, commerce_id, company_name, domain, custom_domains, relationship, "
                              "allow_delegated_access, direct_signed, associated_partner_id, billing_id, "
                              "billing_first_name, billing_last_name, billing_email, billing_culture, "
                              "billing_language, billing_company_name, billing_etag, address_country, address_region, "
                              "address_city, address_state, address_line1, address_line2, address_postal_code, "
                              "address_first_name, address_last_name, address_phone_number, created_at"_s;

CustomerRecord readCustomer(const QSqlQuery& query)
{
    CustomerRecord customer;
    int column = 0;
    customer.rowId = query.value(column++).toLongLong();
    customer.id = query.value(column++).toString();
    customer.commerceId = query.value(column++).toString();
    customer.companyName = query.value(column++).toString();
    customer.domain = query.value(column++).toString();
    customer.customDomains = query.value(column++).toString().split(u'\n', Qt::SkipEmptyParts);
    customer.relationshipToPartner = query.value(column++).toString();
    customer.allowDelegatedAccess = query.value(column++).toBool();
    customer.directSigned = query.value(column++).toBool();
    customer.associatedPartnerId = query.value(column++).toString();
    BillingProfileRecord& billing = customer.billingProfile;
    billing.id = query.value(column++).toString();
    billing.firstName = query.value(column++).toString();
    billing.lastName = query.value(column++).toString();
    billing.email = query.value(column++).toString();
    billing.culture = query.value(column++).toString();
    billing.language = query.value(column++).toString();
    billing.companyName = query.value(column++).toString();
    billing.etag = query.value(column++).toString();
    AddressRecord& address = billing.defaultAddress;
    address.country = query.value(column++).toString();
    address.region = query.value(column++).toString();
    address.city = query.value(column++).toString();
    address.state = query.value(column++).toString();
    address.addressLine1 = query.value(column++).toString();
    address.addressLine2 = query.value(column++).toString();
    address.postalCode = query.value(column++).toString();
    address.firstName = query.value(column++).toString();
    address.lastName = query.value(column++).toString();
    address.phoneNumber = query.value(column++).toString();
    customer.createdAt = query.value(column++).toString();
    return customer;
}

// The smallest string greater than every string that starts with `prefix` (SQLite compares
// text as UTF-8 bytes, and U+10FFFF encodes as the largest sequence).
QString prefixUpperBound(const QString& prefix)
{
    const char32_t highest = 0x10FFFF;
    return prefix + QString::fromUcs4(&highest, 1);
}

} // namespace

CustomerStore::CustomerStore(SandboxDatabase& database)
    : m_database(database)
{ }

QString CustomerStore::folded(const QString& text)
{
    // Unicode case folding, plus what Qt's simple folding leaves out and users expect: "ß"
    // matches "ss" ("WEISS" finds "Weiß"), and the Turkish dotted and dotless i (İ, ı) match
    // i and I ("YILDIZ BİLİŞİM" finds "Yıldız Bilişim").
    QString key = text.trimmed().normalized(QString::NormalizationForm_C);
    key.replace(u'İ', u'i').replace(u'ı', u'i');
    key = key.toCaseFolded();
    key.replace(u"ß"_s, u"ss"_s);
    return key;
}

QString CustomerStore::insertStatement()
{
    return u"INSERT INTO customers (id, commerce_id, company_name, company_name_folded, domain, domain_folded, "
           "custom_domains, relationship, allow_delegated_access, direct_signed, associated_partner_id, billing_id, "
           "billing_first_name, billing_last_name, billing_email, billing_culture, billing_language, "
           "billing_company_name, billing_etag, address_country, address_region, address_city, address_state, "
           "address_line1, address_line2, address_postal_code, address_first_name, address_last_name, "
           "address_phone_number, created_at) "
           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
}

QVariantList CustomerStore::insertValues(const CustomerRecord& customer)
{
    const BillingProfileRecord& billing = customer.billingProfile;
    const AddressRecord& address = billing.defaultAddress;
    return SandboxDatabase::withoutNulls({customer.id, customer.commerceId, customer.companyName,
        folded(customer.companyName), customer.domain, folded(customer.domain), customer.customDomains.join(u'\n'),
        customer.relationshipToPartner, customer.allowDelegatedAccess, customer.directSigned,
        customer.associatedPartnerId, billing.id, billing.firstName, billing.lastName, billing.email, billing.culture,
        billing.language, billing.companyName, billing.etag, address.country, address.region, address.city,
        address.state, address.addressLine1, address.addressLine2, address.postalCode, address.firstName,
        address.lastName, address.phoneNumber, customer.createdAt});
}

bool CustomerStore::insert(const CustomerRecord& customer, QString* errorMessage)
{
    QSqlQuery query(m_database.connection());
    query.prepare(insertStatement());
    const QVariantList values = insertValues(customer);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (query.exec())
        return true;
    *errorMessage = query.lastError().text();
    return false;
}

std::optional<CustomerRecord> CustomerStore::find(const QString& customerId) const
{
    const auto query = m_database.prepared(u"SELECT "_s + selectColumns + u" FROM customers WHERE id = ?"_s);
    query->addBindValue(customerId.toLower());
    if (!query->exec() || !query->next())
        return std::nullopt;
    return readCustomer(*query);
}

bool CustomerStore::exists(const QString& customerId) const
{
    const auto query = m_database.prepared(u"SELECT 1 FROM customers WHERE id = ?"_s);
    query->addBindValue(customerId.toLower());
    return query->exec() && query->next();
}

bool CustomerStore::isDirectSigned(const QString& customerId) const
{
    const auto query = m_database.prepared(u"SELECT direct_signed FROM customers WHERE id = ?"_s);
    query->addBindValue(customerId.toLower());
    return query->exec() && query->next() && query->value(0).toBool();
}

bool CustomerStore::isDomainTaken(const QString& domain) const
{
    const auto query = m_database.prepared(u"SELECT 1 FROM customers WHERE domain_folded = ?"_s);
    query->addBindValue(folded(domain));
    return query->exec() && query->next();
}

CustomerStore::Page CustomerStore::page(const Query& request) const
{
    QString sql = u"SELECT row_id, id, company_name, domain, relationship FROM customers WHERE row_id > ?"_s;
    if (request.field == SearchField::CompanyName)
        sql += u" AND company_name_folded >= ? AND company_name_folded < ?"_s;
    else if (request.field == SearchField::Domain)
        sql += u" AND domain_folded >= ? AND domain_folded < ?"_s;
    sql += u" ORDER BY row_id LIMIT ?"_s;

    const auto query = m_database.prepared(sql);
    query->addBindValue(request.afterRowId);
    if (request.field != SearchField::None) {
        const QString prefix = folded(request.prefix);
        query->addBindValue(prefix);
        query->addBindValue(prefixUpperBound(prefix));
    }
    // One row more than asked tells whether another page follows.
    query->addBindValue(request.size + 1);

    Page page;
    if (!query->exec())
        return page;
    while (query->next()) {
        if (page.customers.size() == request.size) {
            page.hasMore = true;
            break;
        }
        CustomerRecord customer;
        customer.rowId = query->value(0).toLongLong();
        customer.id = query->value(1).toString();
        customer.companyName = query->value(2).toString();
        customer.domain = query->value(3).toString();
        customer.relationshipToPartner = query->value(4).toString();
        page.customers.append(customer);
    }
    return page;
}

bool CustomerStore::updateBillingProfile(
    const QString& customerId, const BillingProfileRecord& profile, QString* errorMessage)
{
    const AddressRecord& address = profile.defaultAddress;
    QSqlQuery query(m_database.connection());
    query.prepare(u"UPDATE customers SET billing_first_name = ?, billing_last_name = ?, billing_email = ?, "
                  "billing_culture = ?, billing_language = ?, billing_company_name = ?, billing_etag = ?, "
                  "address_country = ?, address_region = ?, address_city = ?, address_state = ?, address_line1 = ?, "
                  "address_line2 = ?, address_postal_code = ?, address_first_name = ?, address_last_name = ?, "
                  "address_phone_number = ? WHERE id = ?"_s);
    const QVariantList values = SandboxDatabase::withoutNulls({profile.firstName, profile.lastName, profile.email,
        profile.culture, profile.language, profile.companyName, profile.etag, address.country, address.region,
        address.city, address.state, address.addressLine1, address.addressLine2, address.postalCode, address.firstName,
        address.lastName, address.phoneNumber, customerId.toLower()});
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (query.exec() && query.numRowsAffected() == 1)
        return true;
    *errorMessage = query.lastError().text();
    return false;
}

qint64 CustomerStore::count() const
{
    QSqlQuery query(m_database.connection());
    if (query.exec(u"SELECT COUNT(*) FROM customers"_s) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

} // namespace PartnerDesk::Sandbox
