#include "LocaleText.h"

#include <QCoreApplication>

namespace PartnerDesk::LocaleText {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(PartnerDesk::LocaleText)
};
} // namespace

QString percent(double value, int decimals)
{
    return Text::tr("%1%", "percentage; put the percent sign where your language does, with a space if it needs one")
        .arg(QLocale().toString(value, 'f', decimals));
}

bool joinsSentencesWithoutSpace(const QLocale& locale)
{
    switch (locale.language()) {
    case QLocale::Chinese:
    case QLocale::Japanese:
        return true;
    default:
        return false;
    }
}

QString joinSentences(const QStringList& sentences)
{
    QStringList parts;
    for (const QString& sentence : sentences) {
        if (!sentence.trimmed().isEmpty())
            parts.append(sentence.trimmed());
    }
    return parts.join(joinsSentencesWithoutSpace(QLocale()) ? QString() : QStringLiteral(" "));
}

} // namespace PartnerDesk::LocaleText
