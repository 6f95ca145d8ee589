#include "CachedTextDelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QStyle>
#include <QTextOption>

#include <memory>

namespace PartnerDesk {

namespace {

// Cells of a screen or two of rows, at a few column widths.
constexpr int cachedTexts = 4000;

bool isSingleLine(const QString& text)
{
    return !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r'))
        && !text.contains(QChar::LineSeparator) && !text.contains(QChar::ParagraphSeparator);
}

} // namespace

CachedTextDelegate::CachedTextDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
    , m_cache(cachedTexts)
{ }

void CachedTextDelegate::clearCache()
{
    m_cache.clear();
    m_shaped = 0;
}

void CachedTextDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const QWidget* widget = cell.widget;
    const bool styleSheet = !qApp->styleSheet().isEmpty() || (widget && !widget->styleSheet().isEmpty());
    if (cell.text.isEmpty() || (cell.features & QStyleOptionViewItem::WrapText) || styleSheet
        || !isSingleLine(cell.text)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyle* style = widget ? widget->style() : QApplication::style();
    // The style lays the cell out as for any text (the text's own size only counts for size
    // hints) and draws all but the text: it never shapes it.
    const QString text = std::exchange(cell.text, QString());
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect
        = style->subElementRect(QStyle::SE_ItemViewItemText, &cell, widget).adjusted(margin, 0, -margin, 0);
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);
    if (textRect.width() <= 0)
        return;

    const QStaticText& shown = shaped(text, cell, textRect.width());
    const QPalette::ColorGroup group = !(cell.state & QStyle::State_Enabled) ? QPalette::Disabled
        : (cell.state & QStyle::State_Active)                                ? QPalette::Normal
                                                                             : QPalette::Inactive;
    const Qt::Alignment alignment = QStyle::visualAlignment(cell.direction, cell.displayAlignment);
    const QSizeF size = shown.size();
    qreal x = textRect.left();
    if (alignment & Qt::AlignRight)
        x = textRect.left() + textRect.width() - size.width();
    else if (alignment & Qt::AlignHCenter)
        x = textRect.left() + (textRect.width() - size.width()) / 2;
    qreal y = textRect.top() + (textRect.height() - size.height()) / 2;
    if (alignment & Qt::AlignTop)
        y = textRect.top();
    else if (alignment & Qt::AlignBottom)
        y = textRect.top() + textRect.height() - size.height();

    painter->save();
    painter->setFont(cell.font);
    painter->setPen(
        cell.palette.color(group, (cell.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    painter->setClipRect(textRect, Qt::IntersectClip);
    painter->drawStaticText(QPointF(x, y), shown);
    painter->restore();
}

const QStaticText& CachedTextDelegate::shaped(const QString& text, const QStyleOptionViewItem& option, int width) const
{
    Key key{text, option.font.key(), width, int(option.textElideMode), int(option.direction)};
    if (const QStaticText* cached = m_cache.object(key))
        return *cached;
    auto shown = std::make_unique<QStaticText>(QFontMetrics(option.font).elidedText(text, option.textElideMode, width));
    shown->setTextFormat(Qt::PlainText); // a name that looks like HTML is shown as written
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::NoWrap);
    textOption.setTextDirection(option.direction);
    shown->setTextOption(textOption);
    shown->setPerformanceHint(QStaticText::AggressiveCaching);
    shown->prepare(QTransform(), option.font);
    ++m_shaped;
    QStaticText* kept = shown.release();
    m_cache.insert(std::move(key), kept);
    return *kept;
}

} // namespace PartnerDesk
