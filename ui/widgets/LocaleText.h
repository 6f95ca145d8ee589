#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace PartnerDesk::LocaleText {

// A percentage as the UI's language writes it: the number from QLocale (its digits and decimal
// separator) and the percent sign where the translation puts it ("41,5 %", "%41,5").
[[nodiscard]] QString percent(double value, int decimals);

// Whether a language puts no space between sentences (Chinese, Japanese: "…。…").
[[nodiscard]] bool joinsSentencesWithoutSpace(const QLocale& locale);

// Sentences joined as the UI's language does: with a space, or with none after "。".
[[nodiscard]] QString joinSentences(const QStringList& sentences);

} // namespace PartnerDesk::LocaleText
