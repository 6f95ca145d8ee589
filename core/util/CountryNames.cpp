#include "CountryNames.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QtEndian>

namespace PartnerDesk::CountryNames {

namespace {

struct Data
{
    QString jsonDirectory = QStringLiteral("/usr/share/iso-codes/json");
    QString localeDirectory = QStringLiteral("/usr/share/locale");
    bool englishLoaded = false;
    QHash<QString, QString> english; // "TR" -> "Türkiye" / "Turkey" (common name first)
    QHash<QString, QHash<QString, QString>> catalogs; // gettext language -> msgid -> msgstr
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
        d.english.insert(country.value(QLatin1String("alpha_2")).toString(),
            common.isEmpty() ? country.value(QLatin1String("name")).toString() : common);
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

const QHash<QString, QString>& catalogFor(Data& d, const QString& language)
{
    auto it = d.catalogs.find(language);
    if (it == d.catalogs.end())
        it = d.catalogs.insert(language,
            readCatalog(
                d.localeDirectory + QLatin1Char('/') + language + QStringLiteral("/LC_MESSAGES/iso_3166-1.mo")));
    return *it;
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

QString name(const QString& iso2Code, const QLocale& locale)
{
    const QString code = iso2Code.trimmed().toUpper();
    if (code.isEmpty())
        return {};
    const QMutexLocker lock(&mutex());
    Data& d = data();
    if (!d.englishLoaded)
        loadEnglish(d);
    QString english = d.english.value(code);
    if (english.isEmpty()) {
        const QLocale::Territory territory = QLocale::codeToTerritory(code);
        return territory == QLocale::AnyTerritory ? code : QLocale::territoryToString(territory);
    }
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return english;
    // gettext folders: "pt_BR", then "pt"; "zh_CN".
    const QString full = locale.name();
    for (const QString& language : {full, full.section(QLatin1Char('_'), 0, 0)}) {
        const QString translated = catalogFor(d, language).value(english);
        if (!translated.isEmpty())
            return translated;
    }
    return english;
}

} // namespace PartnerDesk::CountryNames
