#include "IsoNames.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QtEndian>

namespace PartnerDesk::IsoNames {

namespace {

struct Data
{
    QString jsonDirectory = QStringLiteral("/usr/share/iso-codes/json");
    QString localeDirectory = QStringLiteral("/usr/share/locale");
    bool englishLoaded = false;
    QHash<QString, QString> english; // "TR" -> "Türkiye" / "Turkey" (common name first)
    QHash<QString, QString> official; // "KR" -> "Korea, Republic of" (when a common name exists)
    QHash<QString, QString> languages; // "tr" -> "Turkish"
    QHash<QString, QHash<QString, QString>> catalogs; // "domain/language" -> msgid -> msgstr
};

Data& data()
{
    static Data instance;
    return instance;
}

QMutex& mutex()
{
    static QMutex instance;
    return instance;
}

void loadEnglish(Data& d)
{
    d.englishLoaded = true;
    QFile file(d.jsonDirectory + QStringLiteral("/iso_3166-1.json"));
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonArray countries
        = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("3166-1")).toArray();
    for (const QJsonValue& value : countries) {
        const QJsonObject country = value.toObject();
        const QString common = country.value(QLatin1String("common_name")).toString();
        const QString code = country.value(QLatin1String("alpha_2")).toString();
        const QString name = country.value(QLatin1String("name")).toString();
        d.english.insert(code, common.isEmpty() ? name : common);
        if (!common.isEmpty())
            d.official.insert(code, name);
    }
    QFile languageFile(d.jsonDirectory + QStringLiteral("/iso_639-2.json"));
    if (!languageFile.open(QIODevice::ReadOnly))
        return;
    const QJsonArray languages
        = QJsonDocument::fromJson(languageFile.readAll()).object().value(QLatin1String("639-2")).toArray();
    for (const QJsonValue& value : languages) {
        const QJsonObject language = value.toObject();
        const QString code = language.value(QLatin1String("alpha_2")).toString();
        if (!code.isEmpty())
            d.languages.insert(code, language.value(QLatin1String("name")).toString());
    }
}

// A GNU gettext .mo file: magic, revision, count, offsets of the original and translated tables.
QHash<QString, QString> readCatalog(const QString& path)
{
    QHash<QString, QString> catalog;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 8 * 1024 * 1024)
        return catalog;
    const QByteArray bytes = file.readAll();
    if (bytes.size() < 28)
        return catalog;
    const auto* raw = reinterpret_cast<const uchar*>(bytes.constData());
    const quint32 magic = qFromLittleEndian<quint32>(raw);
    const bool little = magic == 0x950412de;
    if (!little && qFromBigEndian<quint32>(raw) != 0x950412de)
        return catalog;
    const auto word = [&](qsizetype offset) -> quint32 {
        if (offset < 0 || offset + 4 > bytes.size())
            return 0;
        return little ? qFromLittleEndian<quint32>(raw + offset) : qFromBigEndian<quint32>(raw + offset);
    };
    const quint32 count = word(8);
    const quint32 originals = word(12);
    const quint32 translations = word(16);
    const auto text = [&](quint32 table, quint32 index) -> QString {
        const quint32 length = word(table + index * 8);
        const quint32 offset = word(table + index * 8 + 4);
        if (qsizetype(offset) + length > bytes.size())
            return {};
        return QString::fromUtf8(bytes.constData() + offset, length);
    };
    for (quint32 i = 0; i < count && i < 100000; ++i) {
        const QString original = text(originals, i);
        if (!original.isEmpty())
            catalog.insert(original, text(translations, i));
    }
    return catalog;
}

const QHash<QString, QString>& catalogFor(Data& d, const QString& domain, const QString& language)
{
    const QString key = domain + QLatin1Char('/') + language;
    auto it = d.catalogs.find(key);
    if (it == d.catalogs.end())
        it = d.catalogs.insert(key,
            readCatalog(d.localeDirectory + QLatin1Char('/') + language + QStringLiteral("/LC_MESSAGES/") + domain
                + QStringLiteral(".mo")));
    return *it;
}

// `english` in the language of `locale` from the gettext domain, or `english` itself.
QString translated(Data& d, const QString& domain, const QString& english, const QLocale& locale)
{
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return english;
    // gettext folders: "pt_BR", then "pt"; "zh_CN".
    const QString full = locale.name();
    for (const QString& language : {full, full.section(QLatin1Char('_'), 0, 0)}) {
        const QString text = catalogFor(d, domain, language).value(english);
        if (!text.isEmpty())
            return text;
    }
    return english;
}

} // namespace

void setDataDirectories(const QString& isoCodesJsonDirectory, const QString& localeDirectory)
{
    const QMutexLocker lock(&mutex());
    Data& d = data();
    d = Data{};
    d.jsonDirectory = isoCodesJsonDirectory;
    d.localeDirectory = localeDirectory;
}

QString country(const QString& iso2Code, const QLocale& locale)
{
    const QString code = iso2Code.trimmed().toUpper();
    if (code.isEmpty())
        return {};
    const QMutexLocker lock(&mutex());
    Data& d = data();
    if (!d.englishLoaded)
        loadEnglish(d);
    const QString english = d.english.value(code);
    if (english.isEmpty()) {
        const QLocale::Territory territory = QLocale::codeToTerritory(code);
        return territory == QLocale::AnyTerritory ? code : QLocale::territoryToString(territory);
    }
    const QString name = translated(d, QStringLiteral("iso_3166-1"), english, locale);
    // Some languages translate only the official name ("Korea, Republic of").
    const bool englishUi = locale.language() == QLocale::English || locale.language() == QLocale::C;
    if (!englishUi && name == english && d.official.contains(code))
        return translated(d, QStringLiteral("iso_3166-1"), d.official.value(code), locale);
    return name;
}

QString language(const QString& iso639Code, const QLocale& locale)
{
    const QString code = iso639Code.trimmed().section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
    if (code.isEmpty())
        return {};
    const QMutexLocker lock(&mutex());
    Data& d = data();
    if (!d.englishLoaded)
        loadEnglish(d);
    const QString english = d.languages.value(code);
    if (english.isEmpty()) {
        const QLocale::Language qtLanguage = QLocale::codeToLanguage(code);
        return qtLanguage == QLocale::AnyLanguage ? code : QLocale::languageToString(qtLanguage);
    }
    // iso-codes qualifies some names ("Spanish; Castilian", "Greek, Modern (1453-)"): people
    // want the plain name.
    QString name = translated(d, QStringLiteral("iso_639-2"), english, locale).section(QLatin1Char(';'), 0, 0);
    name = name.section(QLatin1Char(','), 0, 0).section(QLatin1String(" ("), 0, 0).trimmed();
    return name;
}

QString culture(const QString& cultureCode, const QLocale& locale)
{
    const QString code = cultureCode.trimmed();
    const QString languagePart = code.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0);
    QString regionPart = code.mid(languagePart.size() + 1);
    if (regionPart.size() != 2)
        return language(languagePart, locale);
    return QStringLiteral("%1 (%2)").arg(language(languagePart, locale), country(regionPart, locale));
}

} // namespace PartnerDesk::IsoNames
