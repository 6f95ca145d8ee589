#include "ContactForm.h"

#include "FieldMessage.h"
#include "util/Clock.h"

#include <QCalendarWidget>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace PartnerDesk {

ContactForm::ContactForm(QWidget* parent)
    : QWidget(parent)
    , m_firstName(new QLineEdit(this))
    , m_lastName(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_date(new QDateEdit(this))
    , m_formMessage(new FieldMessage(this))
    , m_layout(new QFormLayout)
{
    setObjectName(QStringLiteral("contactForm"));
    m_firstName->setObjectName(QStringLiteral("firstNameEdit"));
    m_lastName->setObjectName(QStringLiteral("lastNameEdit"));
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_phone->setObjectName(QStringLiteral("phoneEdit"));
    m_date->setObjectName(QStringLiteral("acceptanceDateEdit"));
    m_formMessage->setObjectName(QStringLiteral("contactFormMessage"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_date->setCalendarPopup(true);
    // No maximum: a future date is explained beside the field instead of silently clamped.
    m_date->setMinimumDate(QDate(2000, 1, 1));
    m_date->setDate(Validation::latestAcceptanceDate(Clock::instance()));

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addLayout(m_layout);
    outer->addWidget(m_formMessage);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    const QList<std::pair<Field, QWidget*>> fields{{Field::FirstName, m_firstName}, {Field::LastName, m_lastName},
        {Field::Email, m_email}, {Field::PhoneNumber, m_phone}, {Field::AcceptanceDate, m_date}};
    for (const auto& [field, editor] : fields) {
        Row r;
        r.field = field;
        r.editor = editor;
        r.label = new QLabel(this);
        r.label->setBuddy(editor);
        r.message = new FieldMessage(this);
        r.message->setObjectName(editor->objectName().replace(QLatin1String("Edit"), QLatin1String("Message")));
        QWidget* row = FieldMessage::withEditor(editor, r.message, this);
        // When a message wraps onto more lines, QFormLayout keeps the row's old height (its
        // height-for-width cache is not told by the nested row): refresh it on every request.
        row->installEventFilter(this);
        m_layout->addRow(r.label, row);
        m_rows.append(r);
    }
    setTabOrder(m_firstName, m_lastName);
    setTabOrder(m_lastName, m_email);
    setTabOrder(m_email, m_phone);
    setTabOrder(m_phone, m_date);

    for (QLineEdit* edit : {m_firstName, m_lastName, m_email, m_phone}) {
        const Field field = edit == m_firstName ? Field::FirstName
            : edit == m_lastName                ? Field::LastName
            : edit == m_email                   ? Field::Email
                                                : Field::PhoneNumber;
        // While typing, a message only replaces one already shown; leaving the field shows it.
        connect(edit, &QLineEdit::textEdited, this, [this, field] {
            Row* r = row(field);
            check(field, r && r->touched);
            Q_EMIT edited();
        });
        connect(edit, &QLineEdit::editingFinished, this, [this, field] {
            if (Row* r = row(field))
                r->touched = true;
            check(field, true);
        });
    }
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        if (Row* r = row(Field::AcceptanceDate))
            r->touched = true;
        check(Field::AcceptanceDate, true);
        Q_EMIT edited();
    });

    retranslateUi();
    m_lastValidity = isValid();
}

ContactForm::Row* ContactForm::row(Field field)
{
    for (Row& r : m_rows) {
        if (r.field == field)
            return &r;
    }
    return nullptr;
}

void ContactForm::retranslateUi()
{
    for (Row& r : m_rows) {
        switch (r.field) {
        case Field::FirstName:
            r.label->setText(tr("&First name"));
            break;
        case Field::LastName:
            r.label->setText(tr("&Last name"));
            break;
        case Field::Email:
            r.label->setText(tr("&Email address"));
            break;
        case Field::PhoneNumber:
            r.label->setText(tr("&Phone number (optional)"));
            break;
        case Field::AcceptanceDate:
            r.label->setText(tr("Agreement &acceptance date"));
            break;
        default:
            break;
        }
        r.editor->setAccessibleName(r.label->text().remove(QLatin1Char('&')));
        if (r.message->hasMessage())
            check(r.field, true);
    }
    // The date picker follows the UI locale: its format and its first day of the week.
    m_date->setLocale(QLocale());
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy")); // an acceptance date needs its century
    m_date->setDisplayFormat(format);
    if (QCalendarWidget* calendar = m_date->calendarWidget()) {
        calendar->setLocale(QLocale());
        calendar->setFirstDayOfWeek(QLocale().firstDayOfWeek());
    }
    m_date->setToolTip(tr("The date the customer accepted the agreement. It cannot be in the future."));
    m_phone->setPlaceholderText(tr("Optional"));
}

bool ContactForm::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::LayoutRequest) {
        m_layout->invalidate();
        updateGeometry();
    }
    return QWidget::eventFilter(watched, event);
}

void ContactForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

FieldResult ContactForm::resultFor(Field field) const
{
    const ValidationContext context{m_rules ? &*m_rules : nullptr, nullptr};
    switch (field) {
    case Field::FirstName:
        return Validation::validate(field, m_firstName->text(), context);
    case Field::LastName:
        return Validation::validate(field, m_lastName->text(), context);
    case Field::Email:
        return Validation::validate(field, m_email->text(), context);
    case Field::PhoneNumber:
        return Validation::validate(field, m_phone->text(), context);
    case Field::AcceptanceDate:
        if (!m_dateVisible)
            return FieldResult{field, ValidationCode::Valid, 0, {}};
        return Validation::validateAcceptanceDate(m_date->date(), context);
    default:
        return FieldResult{field, ValidationCode::Valid, 0, {}};
    }
}

void ContactForm::check(Field field, bool show)
{
    Row* r = row(field);
    if (!r)
        return;
    const FieldResult result = resultFor(field);
    if (result.isValid())
        r->message->clearMessage();
    else if (show)
        r->message->showMessage(result.message());
    r->editor->setProperty("invalid", !result.isValid() && show);
    updateValidity();
}

void ContactForm::updateValidity()
{
    const bool valid = isValid();
    if (valid != m_lastValidity) {
        m_lastValidity = valid;
        Q_EMIT validityChanged(valid);
    }
}

bool ContactForm::isValid() const
{
    for (const Row& r : m_rows) {
        if (!resultFor(r.field).isValid())
            return false;
    }
    return true;
}

QString ContactForm::firstProblem() const
{
    for (const Row& r : m_rows) {
        const FieldResult result = resultFor(r.field);
        if (!result.isValid())
            return Validation::fieldName(r.field) + QStringLiteral(": ") + result.message();
    }
    return {};
}

bool ContactForm::validateAll()
{
    for (Row& r : m_rows) {
        r.touched = true;
        check(r.field, true);
    }
    return isValid();
}

void ContactForm::setContact(const Contact& contact)
{
    m_firstName->setText(contact.firstName);
    m_lastName->setText(contact.lastName);
    m_email->setText(contact.email);
    m_phone->setText(contact.phoneNumber);
    for (Row& r : m_rows)
        check(r.field, r.touched);
}

Contact ContactForm::contact() const
{
    return Contact{m_firstName->text().trimmed(), m_lastName->text().trimmed(), m_email->text().trimmed(),
        m_phone->text().trimmed()};
}

void ContactForm::setAcceptanceDate(const QDate& date)
{
    m_date->setDate(date);
}

QDate ContactForm::acceptanceDate() const
{
    return m_date->date();
}

void ContactForm::setDateVisible(bool visible)
{
    m_dateVisible = visible;
    m_layout->setRowVisible(m_date->parentWidget(), visible);
    updateValidity();
}

void ContactForm::setCountryRules(const std::optional<CountryRules>& rules)
{
    m_rules = rules;
    check(Field::PhoneNumber, row(Field::PhoneNumber)->touched);
}

void ContactForm::setReadOnly(bool readOnly)
{
    for (QLineEdit* edit : {m_firstName, m_lastName, m_email, m_phone})
        edit->setReadOnly(readOnly);
    m_date->setReadOnly(readOnly);
}

void ContactForm::showServerMessage(std::optional<Field> field, const QString& message)
{
    if (field) {
        if (Row* r = row(*field)) {
            r->message->showMessage(message);
            r->editor->setFocus();
            return;
        }
    }
    m_formMessage->showMessage(message);
}

void ContactForm::clearServerMessage()
{
    m_formMessage->clearMessage();
    for (Row& r : m_rows)
        check(r.field, r.touched);
}

} // namespace PartnerDesk
