#include "StatusPresentation.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace PartnerDesk::StatusPresentation {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("PartnerDesk::StatusPresentation", text);
}
} // namespace

QString text(McaStatus status)
{
    switch (status) {
    case McaStatus::ConfirmedByPartner:
        return tr("Confirmed by partner");
    case McaStatus::AcceptedDirectly:
        return tr("Accepted directly");
    case McaStatus::NotConfirmed:
        return tr("Not confirmed");
    case McaStatus::Unknown:
        break;
    }
    return tr("Unknown");
}

QString explanation(McaStatus status)
{
    switch (status) {
    case McaStatus::ConfirmedByPartner:
        return tr("Your organization confirmed that the customer accepted the Microsoft Customer Agreement.");
    case McaStatus::AcceptedDirectly:
        return tr("The customer accepted the Microsoft Customer Agreement in the Microsoft 365 admin center.");
    case McaStatus::NotConfirmed:
        return tr(
            "Neither a partner confirmation nor a direct acceptance exists. Orders for this customer are blocked.");
    case McaStatus::Unknown:
        break;
    }
    return tr("Not checked yet.");
}

QColor color(McaStatus status)
{
    switch (status) {
    case McaStatus::ConfirmedByPartner:
        return QColor(0x10, 0x7c, 0x10);
    case McaStatus::AcceptedDirectly:
        return QColor(0x00, 0x5a, 0x9e);
    case McaStatus::NotConfirmed:
        return QColor(0xa4, 0x26, 0x2c);
    case McaStatus::Unknown:
        break;
    }
    return QColor(0x8a, 0x88, 0x86);
}

QIcon icon(McaStatus status)
{
    static QHash<int, QIcon> cache;
    const int key = static_cast<int>(status);
    if (!cache.contains(key)) {
        QPixmap pixmap(16, 16);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color(status));
        painter.drawEllipse(QRectF(3, 3, 10, 10));
        cache.insert(key, QIcon(pixmap));
    }
    return cache.value(key);
}

int sortOrder(McaStatus status)
{
    switch (status) {
    case McaStatus::NotConfirmed:
        return 0;
    case McaStatus::Unknown:
        return 1;
    case McaStatus::AcceptedDirectly:
        return 2;
    case McaStatus::ConfirmedByPartner:
        return 3;
    }
    return 1;
}

} // namespace PartnerDesk::StatusPresentation
