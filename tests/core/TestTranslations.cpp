// Every .ts: complete, placeholders equal to the source's, mnemonics kept, and up to date
// with the sources (running lupdate on a copy changes nothing).
#include "TestEnvironment.h"
#include "util/IsoNames.h"
#include "util/Translations.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace PartnerDesk;

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // "", "unfinished", "vanished", "obsolete"
    QStringList translations;
};

QList<Message> readTs(const QString& path, QString* error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{};
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (current.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        current.translations << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                current.translations << xml.readElementText();
            }
            messages << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(L?\\d+|L?n)"));
    QStringList found;
    QRegularExpressionMatchIterator it = pattern.globalMatch(text);
    while (it.hasNext())
        found << it.next().captured(0);
    found.sort();
    return found;
}

bool hasMnemonic(const QString& text)
{
    static const QRegularExpression mnemonic(QStringLiteral("(^|[^&])&[^&\\s]"));
    return mnemonic.match(text).hasMatch();
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::isolateEnvironment(); }
    void files_data();
    void complete();
    void complete_data() { files_data(); }
    void placeholdersAndMnemonics();
    void placeholdersAndMnemonics_data() { files_data(); }
    void upToDate();
    void upToDate_data() { files_data(); }
    void everyLanguageIsBuiltIn();
    void countryNamesInTheUiLanguage();
};

void TestTranslations::files_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("path");
    const QDir directory(QStringLiteral(PARTNERDESK_TS_DIR));
    const QStringList files = directory.entryList({QStringLiteral("partnerdesk_*.ts")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 9);
    for (const QString& file : files) {
        const QString language = file.mid(12, file.size() - 12 - 3);
        QTest::newRow(qPrintable(language)) << language << directory.filePath(file);
    }
}

void TestTranslations::complete()
{
    QFETCH(QString, language);
    QFETCH(QString, path);
    QString error;
    const QList<Message> messages = readTs(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 100);
    // English is the source language: only its plural forms need writing.
    const bool sourceLanguage = language == QLatin1String("en");
    QStringList unfinished;
    for (const Message& message : messages) {
        if (sourceLanguage && !message.numerus)
            continue;
        const bool empty = message.translations.isEmpty()
            || std::any_of(message.translations.cbegin(), message.translations.cend(),
                [](const QString& t) { return t.trimmed().isEmpty(); });
        if (!message.type.isEmpty() || empty)
            unfinished << message.context + QStringLiteral(": ") + message.source.left(60);
    }
    QVERIFY2(unfinished.isEmpty(),
        qPrintable(QStringLiteral("%1 unfinished, e.g. %2")
                       .arg(unfinished.size())
                       .arg(unfinished.mid(0, 5).join(QStringLiteral(" | ")))));
}

void TestTranslations::placeholdersAndMnemonics()
{
    QFETCH(QString, language);
    QFETCH(QString, path);
    QString error;
    const QList<Message> messages = readTs(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList problems;
    for (const Message& message : messages) {
        for (const QString& translation : message.translations) {
            if (translation.isEmpty())
                continue;
            QStringList expected = placeholders(message.source);
            QStringList actual = placeholders(translation);
            if (message.numerus) {
                // A plural form may leave out the count (Arabic's "one"/"two" forms often do),
                // but may not swap %Ln (the locale's digits) for %n or the other way round.
                const QString count
                    = expected.contains(QStringLiteral("%Ln")) ? QStringLiteral("%Ln") : QStringLiteral("%n");
                const QString other = count == QLatin1String("%Ln") ? QStringLiteral("%n") : QStringLiteral("%Ln");
                expected.removeAll(count);
                actual.removeAll(count);
                if (actual.contains(other))
                    problems << QStringLiteral("count placeholder changed: ") + message.source.left(40);
            }
            if (expected != actual)
                problems << message.source.left(50) + QStringLiteral(" -> ") + translation.left(50);
            if (hasMnemonic(message.source) && !hasMnemonic(translation))
                problems << QStringLiteral("mnemonic lost: ") + message.source.left(40);
        }
    }
    QVERIFY2(problems.isEmpty(),
        qPrintable(QString::number(problems.size()) + QStringLiteral(" problems, e.g. ")
            + problems.mid(0, 5).join(QStringLiteral(" | "))));
}

void TestTranslations::upToDate()
{
    QFETCH(QString, language);
    QFETCH(QString, path);
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString copy = directory.filePath(QStringLiteral("partnerdesk_%1.ts").arg(language));
    QVERIFY(QFile::copy(path, copy));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QProcess lupdate;
    lupdate.start(QStringLiteral(PARTNERDESK_LUPDATE),
        {QStringLiteral("@") + QStringLiteral(PARTNERDESK_TRANSLATED_SOURCES), QStringLiteral("-ts"), copy,
            QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none")});
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    QCOMPARE(lupdate.exitCode(), 0);
    QFile original(path);
    QFile updated(copy);
    QVERIFY(original.open(QIODevice::ReadOnly) && updated.open(QIODevice::ReadOnly));
    QVERIFY2(original.readAll() == updated.readAll(),
        "the .ts is out of date: run `cmake --build build --target update_translations`, then translate what is "
        "new");
}

void TestTranslations::everyLanguageIsBuiltIn()
{
    const QStringList languages = Translations::availableLanguages();
    for (const char* language : {"en", "tr", "de", "fr", "es", "ja", "zh_CN", "pt_BR", "ar"})
        QVERIFY2(languages.contains(QLatin1String(language)), language);
}

void TestTranslations::countryNamesInTheUiLanguage()
{
    const QString english = IsoNames::country(QStringLiteral("DE"), QLocale(QLocale::English));
    QVERIFY(!english.isEmpty());
    if (!QFile::exists(QStringLiteral("/usr/share/locale/tr/LC_MESSAGES/iso_3166-1.mo")))
        QSKIP("iso-codes translations are not installed");
    QCOMPARE(IsoNames::country(QStringLiteral("DE"), QLocale(QStringLiteral("tr"))), QStringLiteral("Almanya"));
    QCOMPARE(IsoNames::country(QStringLiteral("de"), QLocale(QStringLiteral("de"))), QStringLiteral("Deutschland"));
    QVERIFY(IsoNames::country(QStringLiteral("JP"), QLocale(QStringLiteral("ja"))) != english);
    QCOMPARE(IsoNames::country(QStringLiteral("XX"), QLocale(QStringLiteral("tr"))), QStringLiteral("XX"));
    QCOMPARE(IsoNames::language(QStringLiteral("de"), QLocale(QStringLiteral("de"))), QStringLiteral("Deutsch"));
    QCOMPARE(IsoNames::language(QStringLiteral("tr"), QLocale(QLocale::English)), QStringLiteral("Turkish"));
    QCOMPARE(IsoNames::language(QStringLiteral("el"), QLocale(QLocale::English)), QStringLiteral("Greek"));
    QCOMPARE(IsoNames::country(QStringLiteral("KR"), QLocale(QLocale::English)), QStringLiteral("South Korea"));
    QVERIFY(IsoNames::country(QStringLiteral("KR"), QLocale(QStringLiteral("ar"))) != QLatin1String("South Korea"));
    QCOMPARE(IsoNames::language(QStringLiteral("es"), QLocale(QLocale::English)), QStringLiteral("Spanish"));
    QCOMPARE(
        IsoNames::culture(QStringLiteral("pt-BR"), QLocale(QLocale::English)), QStringLiteral("Portuguese (Brazil)"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
