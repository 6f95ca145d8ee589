#include "PlainTextPolicy.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QLabel>
#include <QToolTip>

namespace PartnerDesk {

namespace {

// The tooltip `watched` would show for this event: an item's in an item view, else its own.
QString toolTipFor(QObject* watched, const QHelpEvent* help, QWidget** widget, QRect* area)
{
    auto* target = qobject_cast<QWidget*>(watched);
    if (!target)
        return {};
    *widget = target;
    if (auto* view = qobject_cast<QAbstractItemView*>(target->parentWidget()); view && view->viewport() == target) {
        const QModelIndex index = view->indexAt(help->pos());
        *area = view->visualRect(index);
        return index.data(Qt::ToolTipRole).toString();
    }
    return target->toolTip();
}

} // namespace

void PlainTextPolicy::install(QApplication* application)
{
    if (application->findChild<PlainTextPolicy*>(QString(), Qt::FindDirectChildrenOnly))
        return;
    application->installEventFilter(new PlainTextPolicy(application));
}

bool PlainTextPolicy::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Polish) {
        auto* label = qobject_cast<QLabel*>(watched);
        if (label && label->textFormat() == Qt::AutoText)
            label->setTextFormat(Qt::PlainText);
    } else if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        QWidget* widget = nullptr;
        QRect area;
        const QString tip = toolTipFor(watched, help, &widget, &area);
        if (!tip.isEmpty() && Qt::mightBeRichText(tip)) {
            // As HTML that shows the text itself: escaped, line breaks kept.
            QToolTip::showText(help->globalPos(), Qt::convertFromPlainText(tip, Qt::WhiteSpaceNormal), widget, area);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace PartnerDesk
