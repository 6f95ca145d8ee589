#include "Dialogs.h"

#include <QFileDialog>

#include <optional>

namespace PartnerDesk::Dialogs {

namespace {
std::optional<QMessageBox::StandardButton> nextAnswer;
std::optional<QString> nextFileName;
int shown = 0;
} // namespace

QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    ++shown;
    if (nextAnswer)
        return *std::exchange(nextAnswer, std::nullopt);
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void information(QWidget* parent, const QString& title, const QString& text)
{
    ++shown;
    if (nextAnswer) {
        nextAnswer.reset();
        return;
    }
    QMessageBox::information(parent, title, text);
}

void warning(QWidget* parent, const QString& title, const QString& text)
{
    ++shown;
    if (nextAnswer) {
        nextAnswer.reset();
        return;
    }
    QMessageBox::warning(parent, title, text);
}

QString saveFileName(QWidget* parent, const QString& caption, const QString& suggestedPath, const QString& filter)
{
    if (nextFileName)
        return *std::exchange(nextFileName, std::nullopt);
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
}

QString openFileName(QWidget* parent, const QString& caption, const QString& directory, const QString& filter)
{
    if (nextFileName)
        return *std::exchange(nextFileName, std::nullopt);
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

void setNextAnswer(QMessageBox::StandardButton answer)
{
    nextAnswer = answer;
}

void setNextFileName(const QString& fileName)
{
    nextFileName = fileName;
}

int shownCount()
{
    return shown;
}

void resetShownCount()
{
    shown = 0;
}

} // namespace PartnerDesk::Dialogs
