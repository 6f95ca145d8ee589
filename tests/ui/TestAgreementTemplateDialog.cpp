// The agreement template dialog (flow 4) against the in-process sandbox: the country from the
// customer's address, the languages that country offers, a fresh link for every Open, and a
// complete download into the chosen file.
#include "Await.h"
#include "SandboxFixture.h"
#include "TestEnvironment.h"
#include "api/PartnerCenterClient.h"
#include "flows/Workspace.h"
#include "flows/invite/AgreementTemplateSource.h"
#include "invite/UrlOpener.h"
#include "templates/AgreementTemplateDialog.h"
#include "widgets/CountryComboBox.h"
#include "widgets/Dialogs.h"
#include "widgets/FieldMessage.h"

#include <QComboBox>
#include <QFile>
#include <QNetworkReply>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace PartnerDesk;

class TestAgreementTemplateDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void countryPreselectedWithItsLanguages();
    void otherCountryLoadsItsLanguages();
    void countryWithoutRulesOffersEnglish();
    void twoOpensUseTwoFreshLinks();
    void downloadSavesTheWholeDocument();
    void canceledFileChoiceSavesNothing();
    void cancelWhileFetchingSavesNothing();
    void templateIdComesFromMetadata();
    void retranslatesInPlace();
    void screenshots();

private:
    std::unique_ptr<AgreementTemplateDialog> dialog(const QString& country);
    QByteArray sandboxDocument(const QString& country, const QString& culture);
    template<typename T> static T* child(QObject* parent, const char* name)
    {
        return parent->findChild<T*>(QLatin1String(name));
    }
    static bool selectCulture(QComboBox* combo, const QString& culture)
    {
        const int index = combo->findData(culture);
        if (index < 0)
            return false;
        combo->setCurrentIndex(index);
        return true;
    }

    std::unique_ptr<Test::SandboxFixture> m_sandbox;
    std::unique_ptr<Workspace> m_workspace;
    QList<QUrl> m_opened;
};

void TestAgreementTemplateDialog::initTestCase()
{
    Test::isolateEnvironment();
    m_sandbox = std::make_unique<Test::SandboxFixture>();
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->startError()));
    m_workspace = m_sandbox->createWorkspace(Role::AdminAgent, PartnerType::DirectBill);
    QVERIFY(m_workspace);
    UrlOpener::setHandler([this](const QUrl& url) {
        m_opened << url;
        return true;
    });
}

void TestAgreementTemplateDialog::init()
{
    m_opened.clear();
}

void TestAgreementTemplateDialog::cleanupTestCase()
{
    UrlOpener::setHandler({});
    m_workspace.reset();
    m_sandbox.reset();
}

std::unique_ptr<AgreementTemplateDialog> TestAgreementTemplateDialog::dialog(const QString& country)
{
    auto result = std::make_unique<AgreementTemplateDialog>(m_workspace.get(), country);
    result->show();
    return result;
}

// The document as the sandbox serves it, through a link of its own.
QByteArray TestAgreementTemplateDialog::sandboxDocument(const QString& country, const QString& culture)
{
    Test::Await<QList<AgreementMetadata>> metadata;
    m_workspace->client()->agreementMetadata(
        QString(AgreementTypes::MicrosoftCustomerAgreement), nullptr, metadata.callback());
    if (!metadata.wait() || !metadata.ok())
        return {};
    Test::Await<AgreementDocument> document;
    m_workspace->client()->agreementDocument(AgreementTemplateSource::customerAgreementTemplateId(metadata.value()),
        culture, country, nullptr, document.callback());
    if (!document.wait() || !document.ok())
        return {};
    QNetworkReply* reply = m_workspace->network()->get(QNetworkRequest(QUrl(document.value().downloadUri)));
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000))
        return {};
    reply->deleteLater();
    return reply->readAll();
}

void TestAgreementTemplateDialog::countryPreselectedWithItsLanguages()
{
    Test::Await<CountryRules> rules;
    m_workspace->client()->countryRules(QStringLiteral("DE"), nullptr, rules.callback());
    QVERIFY(rules.wait());
    QVERIFY(rules.ok());

    auto window = dialog(QStringLiteral("DE"));
    auto* country = child<CountryComboBox>(window.get(), "countryComboBox");
    auto* language = child<QComboBox>(window.get(), "languageComboBox");
    QVERIFY(country && language);
    QCOMPARE(country->countryCode(), QStringLiteral("DE"));
    QTRY_VERIFY(language->count() > 0);
    for (const QString& culture : rules.value().supportedCulturesList)
        QVERIFY2(language->findData(culture) >= 0, qPrintable(culture));
    QVERIFY(language->findData(QStringLiteral("de-DE")) >= 0);
    QVERIFY(language->findData(QStringLiteral("en-US")) >= 0);
    QCOMPARE(language->currentData().toString(), AgreementTemplateSource::defaultCulture(rules.value(), QLocale()));
    QVERIFY(child<QPushButton>(window.get(), "openDocumentButton")->isEnabled());
    QVERIFY(child<QPushButton>(window.get(), "downloadDocumentButton")->isEnabled());
    QVERIFY(!child<FieldMessage>(window.get(), "languageMessage")->hasMessage());
}

void TestAgreementTemplateDialog::otherCountryLoadsItsLanguages()
{
    auto window = dialog(QStringLiteral("DE"));
    auto* country = child<CountryComboBox>(window.get(), "countryComboBox");
    auto* language = child<QComboBox>(window.get(), "languageComboBox");
    QTRY_VERIFY(language->findData(QStringLiteral("de-DE")) >= 0);
    country->setCountryCode(QStringLiteral("JP"));
    QTRY_VERIFY(language->findData(QStringLiteral("ja-JP")) >= 0);
    QCOMPARE(language->findData(QStringLiteral("de-DE")), -1);
    QVERIFY(language->findData(QStringLiteral("en-US")) >= 0);
}

void TestAgreementTemplateDialog::countryWithoutRulesOffersEnglish()
{
    Test::Await<CountryRules> rules;
    m_workspace->client()->countryRules(QStringLiteral("AQ"), nullptr, rules.callback());
    QVERIFY(rules.wait());
    if (rules.ok())
        QSKIP("The sandbox has rules for AQ; no country without rules to try.");

    auto window = dialog(QStringLiteral("AQ"));
    auto* language = child<QComboBox>(window.get(), "languageComboBox");
    auto* message = child<FieldMessage>(window.get(), "languageMessage");
    QTRY_VERIFY(message->hasMessage());
    QCOMPARE(language->count(), 1);
    QCOMPARE(language->currentData().toString(), QStringLiteral("en-US"));
}

void TestAgreementTemplateDialog::twoOpensUseTwoFreshLinks()
{
    auto window = dialog(QStringLiteral("DE"));
    auto* language = child<QComboBox>(window.get(), "languageComboBox");
    auto* open = child<QPushButton>(window.get(), "openDocumentButton");
    QTRY_VERIFY(open->isEnabled());
    QVERIFY(selectCulture(language, QStringLiteral("de-DE")));

    QTest::mouseClick(open, Qt::LeftButton);
    QTRY_COMPARE(m_opened.size(), 1);
    QTRY_VERIFY(open->isEnabled());
    QTest::mouseClick(open, Qt::LeftButton);
    QTRY_COMPARE(m_opened.size(), 2);

    QVERIFY(m_opened.at(0).isValid());
    QVERIFY(m_opened.at(1).isValid());
    QVERIFY(m_opened.at(0) != m_opened.at(1));
    // The sandbox's links live on the sandbox itself (loopback), like the storage links they imitate.
    QCOMPARE(m_opened.at(0).host(), m_sandbox->baseUrl().host());
    QVERIFY(child<FieldMessage>(window.get(), "resultMessage")->hasMessage());
    QCOMPARE(child<FieldMessage>(window.get(), "resultMessage")->kind(), FieldMessage::Kind::Information);
}

void TestAgreementTemplateDialog::downloadSavesTheWholeDocument()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("x.docx"));

    auto window = dialog(QStringLiteral("DE"));
    auto* language = child<QComboBox>(window.get(), "languageComboBox");
    auto* download = child<QPushButton>(window.get(), "downloadDocumentButton");
    auto* progress = child<QProgressBar>(window.get(), "downloadProgressBar");
    auto* result = child<FieldMessage>(window.get(), "resultMessage");
    QVERIFY(language && download && progress && result);
    QTRY_VERIFY(download->isEnabled());
    QVERIFY(selectCulture(language, QStringLiteral("de-DE")));

    QSignalSpy downloaded(window.get(), &AgreementTemplateDialog::downloaded);
    QList<int> values;
    connect(progress, &QProgressBar::valueChanged, this, [&values](int value) { values << value; });
    Dialogs::setNextFileName(path);
    QTest::mouseClick(download, Qt::LeftButton);
    QTRY_COMPARE(downloaded.size(), 1);
    QCOMPARE(downloaded.first().first().toString(), path);

    QCOMPARE(progress->maximum(), 100);
    QCOMPARE(progress->value(), 100);
    QVERIFY(progress->isVisible());
    QVERIFY(values.contains(100));
    QVERIFY(result->hasMessage());
    QCOMPARE(result->kind(), FieldMessage::Kind::Information);
    QVERIFY(download->isEnabled());

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    QVERIFY(saved.size() > 0);
    QVERIFY(saved.startsWith("PK")); // a Word document is a zip package
    const QByteArray expected = sandboxDocument(QStringLiteral("DE"), QStringLiteral("de-DE"));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(saved.size(), expected.size());
    QVERIFY(saved == expected);
    // Nothing else was left in the folder (the download is atomic).
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("x.docx")});
}

void TestAgreementTemplateDialog::canceledFileChoiceSavesNothing()
{
    QTemporaryDir folder;
    auto window = dialog(QStringLiteral("DE"));
    auto* download = child<QPushButton>(window.get(), "downloadDocumentButton");
    QTRY_VERIFY(download->isEnabled());
    QSignalSpy downloaded(window.get(), &AgreementTemplateDialog::downloaded);
    Dialogs::setNextFileName(QString()); // the user closes the file dialog
    QTest::mouseClick(download, Qt::LeftButton);
    QTRY_VERIFY(child<FieldMessage>(window.get(), "resultMessage")->hasMessage());
    QTRY_VERIFY(download->isEnabled());
    QTest::qWait(100);
    QCOMPARE(downloaded.size(), 0);
    QVERIFY(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

void TestAgreementTemplateDialog::cancelWhileFetchingSavesNothing()
{
    auto window = dialog(QStringLiteral("DE"));
    auto* download = child<QPushButton>(window.get(), "downloadDocumentButton");
    auto* cancel = child<QPushButton>(window.get(), "cancelDownloadButton");
    QTRY_VERIFY(download->isEnabled());
    QVERIFY(!cancel->isVisible());
    QSignalSpy downloaded(window.get(), &AgreementTemplateDialog::downloaded);
    QTest::mouseClick(download, Qt::LeftButton);
    QVERIFY(cancel->isVisible());
    QVERIFY(!download->isEnabled());
    QVERIFY(!download->toolTip().isEmpty()); // says why
    // At once, before the event loop can deliver the link (the button is not laid out yet,
    // so it is clicked directly rather than at a position).
    cancel->click();
    QTRY_VERIFY(download->isEnabled());
    QVERIFY(!cancel->isVisible());
    QTest::qWait(100);
    QCOMPARE(downloaded.size(), 0);
    QVERIFY(child<FieldMessage>(window.get(), "resultMessage")->hasMessage());
}

void TestAgreementTemplateDialog::templateIdComesFromMetadata()
{
    const QList<AgreementMetadata> metadata{
        {QStringLiteral("cloud"), QStringLiteral("MicrosoftCloudAgreement"), QString(), 9},
        {QStringLiteral("old"), QStringLiteral("MicrosoftCustomerAgreement"), QString(), 1},
        {QStringLiteral("new"), QStringLiteral("microsoftcustomeragreement"), QString(), 2},
    };
    QCOMPARE(AgreementTemplateSource::customerAgreementTemplateId(metadata), QStringLiteral("new"));
    QCOMPARE(AgreementTemplateSource::customerAgreementTemplateId({}), QString());
    QCOMPARE(AgreementTemplateSource::suggestedFileName(QStringLiteral("DE"), QStringLiteral("de-DE")),
        QStringLiteral("Microsoft-Customer-Agreement-DE-de-DE.docx"));

    CountryRules germany;
    germany.defaultCulture = QStringLiteral("de-DE");
    germany.supportedCulturesList = {QStringLiteral("de-DE"), QStringLiteral("en-US")};
    QCOMPARE(AgreementTemplateSource::documentCultures(germany),
        (QStringList{QStringLiteral("de-DE"), QStringLiteral("en-US")}));
    QCOMPARE(
        AgreementTemplateSource::defaultCulture(germany, QLocale(QStringLiteral("de_DE"))), QStringLiteral("de-DE"));
    QCOMPARE(
        AgreementTemplateSource::defaultCulture(germany, QLocale(QStringLiteral("de_AT"))), QStringLiteral("de-DE"));
    QCOMPARE(
        AgreementTemplateSource::defaultCulture(germany, QLocale(QStringLiteral("en_US"))), QStringLiteral("en-US"));
    QCOMPARE(
        AgreementTemplateSource::defaultCulture(germany, QLocale(QStringLiteral("tr_TR"))), QStringLiteral("de-DE"));
    CountryRules portugal;
    portugal.defaultCulture = QStringLiteral("pt-PT");
    portugal.supportedCulturesList = {QStringLiteral("pt-PT"), QStringLiteral("en-US")};
    QCOMPARE(
        AgreementTemplateSource::defaultCulture(portugal, QLocale(QStringLiteral("ja_JP"))), QStringLiteral("pt-PT"));
}

void TestAgreementTemplateDialog::retranslatesInPlace()
{
    auto window = dialog(QStringLiteral("DE"));
    auto* language = child<QComboBox>(window.get(), "languageComboBox");
    QTRY_VERIFY(child<QPushButton>(window.get(), "openDocumentButton")->isEnabled());
    QVERIFY(selectCulture(language, QStringLiteral("de-DE")));
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(window.get(), &change);
    QCOMPARE(child<CountryComboBox>(window.get(), "countryComboBox")->countryCode(), QStringLiteral("DE"));
    QCOMPARE(language->currentData().toString(), QStringLiteral("de-DE"));
    QVERIFY(child<QPushButton>(window.get(), "openDocumentButton")->isEnabled());
    QVERIFY(!child<QPushButton>(window.get(), "downloadDocumentButton")->text().isEmpty());
}

void TestAgreementTemplateDialog::screenshots()
{
    const QString directory = qEnvironmentVariable("PARTNERDESK_SCREENSHOT_DIR");
    if (directory.isEmpty())
        QSKIP("Set PARTNERDESK_SCREENSHOT_DIR to save screenshots.");
    QTemporaryDir folder;
    auto window = dialog(QStringLiteral("DE"));
    auto* language = child<QComboBox>(window.get(), "languageComboBox");
    auto* download = child<QPushButton>(window.get(), "downloadDocumentButton");
    auto* progress = child<QProgressBar>(window.get(), "downloadProgressBar");
    QTRY_VERIFY(download->isEnabled());
    QVERIFY(selectCulture(language, QStringLiteral("de-DE")));
    QTest::qWait(20);
    QVERIFY(window->grab().save(directory + QStringLiteral("/inv-template.png")));

    // Downloading: the bar counts to 100 and Cancel is offered. Polled on every turn of the
    // event loop, because the sandbox is quick.
    bool grabbedMidway = false;
    auto* cancel = child<QPushButton>(window.get(), "cancelDownloadButton");
    QTimer poll;
    poll.setInterval(0);
    connect(&poll, &QTimer::timeout, window.get(), [&] {
        if (!grabbedMidway && cancel->isVisible() && progress->maximum() == 100 && progress->value() < 100) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            grabbedMidway = window->grab().save(directory + QStringLiteral("/inv-template-downloading.png"));
        }
    });
    poll.start();
    QSignalSpy downloaded(window.get(), &AgreementTemplateDialog::downloaded);
    Dialogs::setNextFileName(folder.filePath(QStringLiteral("x.docx")));
    QTest::mouseClick(download, Qt::LeftButton);
    // The link is being fetched: the busy state.
    QTest::qWait(20);
    QVERIFY(window->grab().save(directory + QStringLiteral("/inv-template-fetching.png")));
    QTRY_COMPARE(downloaded.size(), 1);
    QTest::qWait(20);
    QVERIFY(window->grab().save(directory + QStringLiteral("/inv-template-done.png")));
    if (!grabbedMidway)
        qWarning("The download was too fast for a picture half-way.");
}

QTEST_MAIN(TestAgreementTemplateDialog)
#include "TestAgreementTemplateDialog.moc"
