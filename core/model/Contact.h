#pragma once

#include <QString>

namespace PartnerDesk {

// A person at the customer (Partner Center "Contact", utility-resources.md):
// the one who accepted the agreement, or the primary contact of a billing profile.
struct Contact
{
    QString firstName;
    QString lastName;
    QString email;
    QString phoneNumber; // optional on the wire

    [[nodiscard]] QString displayName() const;
    [[nodiscard]] bool isEmpty() const;
    friend bool operator==(const Contact&, const Contact&) = default;
};

} // namespace PartnerDesk
