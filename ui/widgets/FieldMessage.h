#pragma once

#include <QLabel>

namespace PartnerDesk {

// The inline message under a field: an error in plain words, or nothing. Hidden when empty
// so forms do not jump; announced to screen readers through its accessible name.
class FieldMessage : public QLabel
{
    Q_OBJECT

public:
    enum class Kind {
        Error,
        Warning,
        Information,
    };

    explicit FieldMessage(QWidget* parent = nullptr);

    // A field with its message right under it, as one widget for a form row.
    [[nodiscard]] static QWidget* withEditor(QWidget* editor, FieldMessage* message, QWidget* parent);

    void showMessage(const QString& text, Kind kind = Kind::Error);
    void clearMessage();
    [[nodiscard]] bool hasMessage() const { return !text().isEmpty(); }
    [[nodiscard]] Kind kind() const { return m_kind; }

private:
    Kind m_kind = Kind::Error;
};

} // namespace PartnerDesk
