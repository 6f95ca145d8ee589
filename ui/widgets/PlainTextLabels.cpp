#include "PlainTextLabels.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>

namespace PartnerDesk {

void PlainTextLabels::install(QApplication* application)
{
    if (application->findChild<PlainTextLabels*>(QString(), Qt::FindDirectChildrenOnly))
        return;
    application->installEventFilter(new PlainTextLabels(application));
}

bool PlainTextLabels::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Polish) {
        auto* label = qobject_cast<QLabel*>(watched);
        if (label && label->textFormat() == Qt::AutoText)
            label->setTextFormat(Qt::PlainText);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace PartnerDesk
