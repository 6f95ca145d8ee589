#include "Contact.h"

namespace PartnerDesk {

QString Contact::displayName() const
{
    if (firstName.isEmpty())
        return lastName;
    if (lastName.isEmpty())
        return firstName;
    return firstName + QLatin1Char(' ') + lastName;
}

bool Contact::isEmpty() const
{
    return firstName.isEmpty() && lastName.isEmpty() && email.isEmpty() && phoneNumber.isEmpty();
}

} // namespace PartnerDesk
