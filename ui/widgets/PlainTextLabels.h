#pragma once

#include <QObject>

class QApplication;

namespace PartnerDesk {

// Labels show text as it is. A QLabel (and the one inside a QMessageBox) guesses from its text
// whether to render HTML, so a company name or a service's error description holding
// "<a href=…>" would show as a link to click. Every label left to guess (Qt::AutoText) is made
// plain text before it is first shown; a label that is meant to show markup says so with
// Qt::RichText and escapes what it puts in it.
class PlainTextLabels final : public QObject
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
