#include "FieldMessage.h"

#include <QVBoxLayout>

namespace PartnerDesk {

FieldMessage::FieldMessage(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

QWidget* FieldMessage::withEditor(QWidget* editor, FieldMessage* message, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    layout->addWidget(message);
    return box;
}

void FieldMessage::showMessage(const QString& text, Kind kind)
{
    m_kind = kind;
    const char* color = kind == Kind::Error ? "#a4262c" : kind == Kind::Warning ? "#8a5300" : "#005a9e";
    setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(color)));
    setText(text);
    setAccessibleName(text);
    setVisible(!text.isEmpty());
    updateGeometry();
}

void FieldMessage::clearMessage()
{
    setText({});
    setAccessibleName({});
    hide();
    updateGeometry();
}

} // namespace PartnerDesk
