#pragma once

#include "model/Contact.h"
#include "model/CountryRules.h"
#include "validation/Validation.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace PartnerDesk {

class FieldMessage;

// The one form for "who accepted the Microsoft Customer Agreement, and when": first name,
// last name, email, phone (optional) and the acceptance date. Used by the new customer
// wizard, the Update form on the customer page, and the confirmation before an order.
// Every field is checked by the core's validation table as the user types or leaves it; the
// message stands beside the field, in plain words.
class ContactForm : public QWidget
{
    Q_OBJECT

public:
    explicit ContactForm(QWidget* parent = nullptr);

    void setContact(const Contact& contact);
    [[nodiscard]] Contact contact() const;
    void setAcceptanceDate(const QDate& date);
    [[nodiscard]] QDate acceptanceDate() const;
    void setDateVisible(bool visible);
    [[nodiscard]] bool isDateVisible() const { return m_dateVisible; }
    // The customer's country rules decide the phone format.
    void setCountryRules(const std::optional<CountryRules>& rules);
    void setReadOnly(bool readOnly);

    // Checks every field now (showing every message); true when all are valid.
    bool validateAll();
    [[nodiscard]] bool isValid() const;
    // The first problem in words ("Email address: ..."), for a disabled button's tooltip.
    [[nodiscard]] QString firstProblem() const;

    // A message from the service about one field (for example a refused date), or about the
    // form as a whole (`field` empty). What the user typed stays as it is.
    void showServerMessage(std::optional<Field> field, const QString& message);
    void clearServerMessage();

Q_SIGNALS:
    void validityChanged(bool valid);
    void edited();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Row
    {
        Field field;
        QLabel* label = nullptr;
        QWidget* editor = nullptr;
        FieldMessage* message = nullptr;
        bool touched = false;
    };

    void retranslateUi();
    void check(Field field, bool show);
    [[nodiscard]] FieldResult resultFor(Field field) const;
    [[nodiscard]] Row* row(Field field);
    void updateValidity();

    QLineEdit* m_firstName;
    QLineEdit* m_lastName;
    QLineEdit* m_email;
    QLineEdit* m_phone;
    QDateEdit* m_date;
    FieldMessage* m_formMessage;
    QFormLayout* m_layout;
    QList<Row> m_rows;
    std::optional<CountryRules> m_rules;
    bool m_dateVisible = true;
    bool m_lastValidity = false;
};

} // namespace PartnerDesk
