#pragma once

#include <QCache>
#include <QFont>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace PartnerDesk {

// Draws item views' single-line cells as QStyledItemDelegate does (background, selection,
// icon and focus through the style), but keeps each cell's shaped, elided text: a table of
// company names in many scripts is shaped once per text and width, not on every repaint
// (typing in the customer search repaints the whole table at every key).
//
// Cells that wrap their text, or that a style sheet draws, go through QStyledItemDelegate.
class CachedTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit CachedTextDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // Texts shaped since the last clearCache() (for tests: a repaint shapes nothing new).
    [[nodiscard]] int shapedCount() const { return m_shaped; }
    void clearCache();

private:
    struct Key
    {
        QString text;
        QString font; // QFont::key()
        int width = 0;
        int elideMode = 0;
        int direction = 0;

        friend bool operator==(const Key&, const Key&) = default;
        friend size_t qHash(const Key& key, size_t seed = 0)
        {
            return qHashMulti(seed, key.text, key.font, key.width, key.elideMode, key.direction);
        }
    };

    [[nodiscard]] const QStaticText& shaped(const QString& text, const QStyleOptionViewItem& option, int width) const;

    mutable QCache<Key, QStaticText> m_cache;
    mutable int m_shaped = 0;
};

} // namespace PartnerDesk
