// Every UI language: key screens show translated text with no English left over; Arabic lays
// out right to left; switching the language retranslates open windows at once; dates follow
// the locale.
#include "SandboxFixture.h"
#include "TestEnvironment.h"
#include "customers/CustomerListModel.h"
#include "flows/Workspace.h"
#include "mainwindow/MainWindow.h"
#include "newcustomer/NewCustomerWizard.h"
#include "widgets/ContactForm.h"
#include "widgets/Navigator.h"
#include "widgets/UiLanguage.h"

#include <QAbstractButton>
#include <QAction>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace PartnerDesk;

namespace {

class NullNavigator final : public Navigator
{
public:
    void openCustomer(const QString&) override { }
    void openNewCustomer() override { }
    void openNewOrder(const QString&) override { }
    void openInvitation(const InvitationRequest&) override { }
    void openAgreementTemplate(const QString&) override { }
    void customerChanged(const QString&) override { }
    void openBulkAttestation() override { }
};

// The texts a person reads on a window: labels, buttons, group titles, actions, headers,
// placeholders — keyed by where they are, so two languages can be compared.
QMap<QString, QString> visibleTexts(QWidget* root)
{
    QMap<QString, QString> texts;
    int index = 0;
    const auto insideCalendar = [](const QObject* object) {
        for (const QObject* parent = object; parent; parent = parent->parent()) {
            if (qobject_cast<const QCalendarWidget*>(parent))
                return true; // month names come from the locale, not from a translation
        }
        return false;
    };
    const auto add = [&](const QObject* object, const QString& kind, const QString& text) {
        if (insideCalendar(object))
            return;
        const QString key
            = object->objectName().isEmpty() ? kind + QString::number(index++) : object->objectName() + kind;
        if (!text.trimmed().isEmpty())
            texts.insert(key, text);
    };
    for (const QLabel* label : root->findChildren<QLabel*>())
        add(label, QStringLiteral("#label"), label->text());
    for (const QAbstractButton* button : root->findChildren<QAbstractButton*>())
        add(button, QStringLiteral("#button"), button->text());
    for (const QGroupBox* group : root->findChildren<QGroupBox*>())
        add(group, QStringLiteral("#group"), group->title());
    for (const QAction* action : root->findChildren<QAction*>())
        add(action, QStringLiteral("#action"), action->text());
    for (const QLineEdit* edit : root->findChildren<QLineEdit*>())
        add(edit, QStringLiteral("#placeholder"), edit->placeholderText());
    return texts;
}

// Text that may stay the same in every language: product names, codes, numbers, data, and
// single words that some languages share with English ("Optional", "Name:", "Actions").
bool mayStayTheSame(const QString& text)
{
    QString words = text;
    words.remove(QLatin1Char('&'));
    if (!words.trimmed().contains(QLatin1Char(' ')))
        return true;
    static const QRegularExpression letters(QStringLiteral("[A-Za-z]{3,}"));
    if (!letters.match(text).hasMatch())
        return true;
    static const QStringList names{QStringLiteral("PartnerDesk"), QStringLiteral("Partner Center"),
        QStringLiteral("Microsoft 365"), QStringLiteral("OK"), QStringLiteral(".onmicrosoft.com")};
    QString rest = text;
    rest.remove(QLatin1Char('&'));
    for (const QString& name : names)
        rest.remove(name);
    return !letters.match(rest).hasMatch() || rest.contains(QLatin1Char('@')) || rest.contains(QLatin1String("://"));
}

} // namespace

class TestLanguages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void keyScreensAreTranslated_data();
    void keyScreensAreTranslated();
    void arabicIsRightToLeft();
    void switchingRetranslatesOpenWindows();
    void datesFollowTheLocale();

private:
    std::unique_ptr<Test::SandboxFixture> m_sandbox;
    std::unique_ptr<Workspace> m_workspace;
    NullNavigator m_navigator;
};

void TestLanguages::initTestCase()
{
    Test::isolateEnvironment();
    Test::SandboxFixture::Options options;
    options.seedCustomers = 30;
    m_sandbox = std::make_unique<Test::SandboxFixture>(options);
    QVERIFY(m_sandbox->isRunning());
    m_workspace = m_sandbox->createWorkspace(Role::AdminAgent, PartnerType::DirectBill);
    QVERIFY(m_workspace);
}

void TestLanguages::cleanupTestCase()
{
    UiLanguage::apply(QStringLiteral("en"));
    m_workspace.reset();
    m_sandbox.reset();
}

void TestLanguages::keyScreensAreTranslated_data()
{
    QTest::addColumn<QString>("language");
    for (const char* language : {"tr", "de", "fr", "es", "ja", "zh_CN", "pt_BR", "ar"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void TestLanguages::keyScreensAreTranslated()
{
    QFETCH(QString, language);
    UiLanguage::apply(QStringLiteral("en"));
    MainWindow window(m_workspace.get());
    NewCustomerWizard wizard(m_workspace.get(), &m_navigator);
    ContactForm form;
    const QMap<QString, QString> english = visibleTexts(&window);
    const QMap<QString, QString> englishWizard = visibleTexts(&wizard);
    const QMap<QString, QString> englishForm = visibleTexts(&form);

    const QLocale applied = UiLanguage::apply(language);
    QCOMPARE(applied.name().left(2), language.left(2));

    QStringList leftovers;
    int compared = 0;
    for (const auto& [before, widget] :
        {std::pair{english, static_cast<QWidget*>(&window)}, std::pair{englishWizard, static_cast<QWidget*>(&wizard)},
            std::pair{englishForm, static_cast<QWidget*>(&form)}}) {
        const QMap<QString, QString> after = visibleTexts(widget);
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (!after.contains(it.key()) || mayStayTheSame(it.value()))
                continue;
            ++compared;
            if (after.value(it.key()) == it.value())
                leftovers << it.value();
        }
    }
    QVERIFY(compared > 40);
    QVERIFY2(
        leftovers.isEmpty(), qPrintable(QStringLiteral("English left over: ") + leftovers.join(QStringLiteral(" | "))));
    // Headers of the customer list too.
    QVERIFY(window.customerModel()->headerData(CustomerListModel::StatusColumn, Qt::Horizontal).toString()
        != QLatin1String("MCA status"));
}

void TestLanguages::arabicIsRightToLeft()
{
    UiLanguage::apply(QStringLiteral("ar"));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    MainWindow window(m_workspace.get());
    window.resize(1000, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.layoutDirection(), Qt::RightToLeft);
    // The search box comes first in reading order, so in Arabic it is on the right.
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("customerSearchEdit"));
    auto* filter = window.findChild<QComboBox*>(QStringLiteral("statusFilterComboBox"));
    QVERIFY(search->mapTo(&window, QPoint(0, 0)).x() > filter->mapTo(&window, QPoint(0, 0)).x());

    UiLanguage::apply(QStringLiteral("de"));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    QCOMPARE(window.layoutDirection(), Qt::LeftToRight);
}

void TestLanguages::switchingRetranslatesOpenWindows()
{
    UiLanguage::apply(QStringLiteral("en"));
    MainWindow window(m_workspace.get());
    window.show();
    auto* newCustomer = window.findChild<QAction*>(QStringLiteral("newCustomerAction"));
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("customerSearchEdit"));
    const QString englishAction = newCustomer->text();
    const QString englishPlaceholder = search->placeholderText();
    QTest::keyClicks(search, QStringLiteral("contoso"));

    UiLanguage::apply(QStringLiteral("tr"));
    QVERIFY(newCustomer->text() != englishAction);
    QVERIFY(search->placeholderText() != englishPlaceholder);
    QCOMPARE(search->text(), QStringLiteral("contoso")); // what the user typed stays

    UiLanguage::apply(QStringLiteral("en"));
    QCOMPARE(newCustomer->text(), englishAction);
}

void TestLanguages::datesFollowTheLocale()
{
    UiLanguage::apply(QStringLiteral("de"));
    ContactForm form;
    auto* date = form.findChild<QDateEdit*>(QStringLiteral("acceptanceDateEdit"));
    QVERIFY(date);
    QCOMPARE(date->calendarWidget()->firstDayOfWeek(), Qt::Monday);
    QVERIFY(date->displayFormat().contains(QLatin1String("yyyy")));
    QVERIFY(date->displayFormat().indexOf(QLatin1Char('d')) < date->displayFormat().indexOf(QLatin1Char('M')));

    UiLanguage::apply(QStringLiteral("ar"));
    QCOMPARE(date->calendarWidget()->firstDayOfWeek(), QLocale(QStringLiteral("ar")).firstDayOfWeek());

    UiLanguage::apply(QStringLiteral("en"));
    QCOMPARE(date->calendarWidget()->firstDayOfWeek(), QLocale(QStringLiteral("en")).firstDayOfWeek());
}

QTEST_MAIN(TestLanguages)
#include "TestLanguages.moc"
