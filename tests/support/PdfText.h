#pragma once

#include <QString>

namespace PartnerDesk::Test {

// The text of a PDF file as `pdftotext` (poppler-utils) reads it, pages separated by form
// feeds, normalised (NFKC) so that typographic ligatures ("ﬁ") read as their letters.
// Empty with `skipReason` set when pdftotext is not installed; empty when it failed.
[[nodiscard]] QString pdfText(const QString& path, QString* skipReason);

} // namespace PartnerDesk::Test
