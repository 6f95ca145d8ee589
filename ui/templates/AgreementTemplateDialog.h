#pragma once

#include "model/Agreement.h"
#include "model/CountryRules.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QPointer>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace PartnerDesk {

class AgreementTemplateSource;
class ApiOperation;
class CountryComboBox;
class DocumentDownload;
class FieldMessage;
class Workspace;

// The Microsoft Customer Agreement template for a country and one of its languages (flow 4):
// open it in the browser or download it to a chosen file. Every use asks Partner Center for a
// fresh link, because the links expire after five minutes.
class AgreementTemplateDialog : public QDialog
{
    Q_OBJECT

public:
    // `countryCode`: the customer's country (billing address), selected at the start.
    AgreementTemplateDialog(Workspace* workspace, const QString& countryCode, QWidget* parent = nullptr);
    ~AgreementTemplateDialog() override;

    void done(int result) override;

Q_SIGNALS:
    // The document was saved completely to this file.
    void downloaded(const QString& filePath);

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class Task {
        None,
        LoadingLanguages,
        FetchingLink,
        Downloading,
    };

    void retranslateUi();
    void loadLanguages();
    void fillLanguages(const QStringList& cultures, const QString& preferred);
    void openDocument();
    void downloadDocument();
    void chooseFileAndDownload(const AgreementDocument& document);
    void startDownload(const AgreementDocument& document, const QString& filePath);
    void cancel();
    void setTask(Task task);
    void showResult(const QString& text, bool error);
    [[nodiscard]] QString selectedCulture() const;
    [[nodiscard]] QString countryName() const;

    Workspace* m_workspace;
    AgreementTemplateSource* m_source;
    Task m_task = Task::None;
    QPointer<ApiOperation> m_operation;
    QPointer<ApiOperation> m_rulesOperation;
    QPointer<DocumentDownload> m_transfer;
    QElapsedTimer m_linkAge;
    CountryRules m_rules;
    int m_rulesGeneration = 0;

    QLabel* m_intro;
    QLabel* m_countryLabel;
    CountryComboBox* m_country;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    FieldMessage* m_languageMessage;
    QLabel* m_expiryNote;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPushButton* m_cancel;
    FieldMessage* m_result;
    QPushButton* m_openButton;
    QPushButton* m_downloadButton;
    QPushButton* m_close;
};

} // namespace PartnerDesk
