#include "CustomerSearchText.h"

namespace PartnerDesk {

QString CustomerSearchText::of(const QString& companyName, const QString& domain)
{
    QString piece;
    piece.reserve(companyName.size() + domain.size() + 2);
    piece += fold(companyName);
    piece += QChar(fieldSeparator);
    piece += fold(domain);
    piece += QChar(rowSeparator);
    return piece;
}

} // namespace PartnerDesk
