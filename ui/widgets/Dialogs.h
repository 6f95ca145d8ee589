#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

namespace PartnerDesk {

// Every modal question and file choice goes through here, so tests can answer them
// (KeePassXC's MessageBox::setNextAnswer, FileDialog::setNextFileName).
namespace Dialogs {

// Yes/No-style question; returns the button pressed.
QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
    QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
    QMessageBox::StandardButton defaultButton = QMessageBox::No);
void information(QWidget* parent, const QString& title, const QString& text);
void warning(QWidget* parent, const QString& title, const QString& text);

// File choosers; an empty string when the user canceled.
QString saveFileName(QWidget* parent, const QString& caption, const QString& suggestedPath, const QString& filter);
QString openFileName(QWidget* parent, const QString& caption, const QString& directory, const QString& filter);

// Test hooks: the next dialog returns this at once instead of showing itself.
void setNextAnswer(QMessageBox::StandardButton answer);
void setNextFileName(const QString& fileName);
// How many message boxes were "shown" since the last reset (tests check that none popped up).
int shownCount();
void resetShownCount();

} // namespace Dialogs
} // namespace PartnerDesk
