#pragma once

#include "api/ApiError.h"
#include "validation/Validation.h"

#include <QList>

namespace PartnerDesk {

// Reads a refusal of POST /v1/customers for the fields it names, so the wizard can put the
// message beside the right field on the right page. Partner Center names fields by their
// JSON path ("billingProfile.defaultAddress.postalCode", "companyProfile.domain"), by a
// quoted property ("Address field invalid for property: 'Region', 'PostalCode'") or only
// by a code (600051: phone number missing). ApiError does not keep the body's "data" array,
// so the description is what is read.
class NewCustomerRefusal
{
public:
    explicit NewCustomerRefusal(const ApiError& error);

    // The fields named, first named first, each once. Contact fields mean the primary contact.
    [[nodiscard]] const QList<Field>& fields() const { return m_fields; }
    [[nodiscard]] bool namesField(Field field) const { return m_fields.contains(field); }
    // The domain is already in use (the service answered 409 about it, or said so).
    [[nodiscard]] bool isDomainTaken() const;
    [[nodiscard]] const ApiError& error() const { return m_error; }

private:
    ApiError m_error;
    QList<Field> m_fields;
};

} // namespace PartnerDesk
