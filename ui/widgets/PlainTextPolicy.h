#pragma once

#include <QObject>

class QApplication;

namespace PartnerDesk {

// Text shows as it is. A QLabel (and the one inside a QMessageBox) and every tooltip guess
// from the text whether to render HTML, so a company name or a service's error description
// holding "<a href=…>" or "<img src=…>" would show as a link or a picture. This policy makes
// every label left to guess (Qt::AutoText) plain text before it is first shown, and shows a
// tooltip that looks like markup as the text it is. A label meant to show markup says so with
// Qt::RichText and escapes what it puts in it; PartnerDesk has no tooltip meant as markup.
class PlainTextPolicy final : public QObject
{
    Q_OBJECT

public:
    // Once, on the application, before the first window.
    static void install(QApplication* application);

    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

} // namespace PartnerDesk
