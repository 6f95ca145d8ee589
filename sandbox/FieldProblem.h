#pragma once

#include <QList>
#include <QString>

namespace PartnerDesk::Sandbox {

// A request field that is missing or malformed; `field` is its JSON path as the docs spell
// it ("billingProfile.defaultAddress.postalCode"), `reason` a short English sentence.
struct FieldProblem
{
    QString field;
    QString reason;
};

using FieldProblems = QList<FieldProblem>;

} // namespace PartnerDesk::Sandbox
