#include "AgreementTemplateDialog.h"

#include "api/ApiOperation.h"
#include "api/PartnerCenterClient.h"
#include "flows/DocumentDownload.h"
#include "flows/Workspace.h"
#include "flows/invite/AgreementTemplateSource.h"
#include "flows/invite/InvitationLanguages.h"
#include "invite/UrlOpener.h"
#include "util/Settings.h"
#include "widgets/CountryComboBox.h"
#include "widgets/Dialogs.h"
#include "widgets/FieldMessage.h"
#include "widgets/WindowGeometry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace PartnerDesk {

namespace {

// After this long a link may expire while it is used (Partner Center: five minutes).
constexpr qint64 linkFreshForMilliseconds = 4 * 60 * 1000;

} // namespace

AgreementTemplateDialog::AgreementTemplateDialog(Workspace* workspace, const QString& countryCode, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_source(new AgreementTemplateSource(workspace->client(), this))
    , m_intro(new QLabel(this))
    , m_countryLabel(new QLabel(this))
    , m_country(new CountryComboBox(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_languageMessage(new FieldMessage(this))
    , m_expiryNote(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_cancel(new QPushButton(this))
    , m_result(new FieldMessage(this))
    , m_openButton(new QPushButton(this))
    , m_downloadButton(new QPushButton(this))
    , m_close(nullptr)
{
    setObjectName(QStringLiteral("agreementTemplateDialog"));
    m_intro->setObjectName(QStringLiteral("templateIntroLabel"));
    m_country->setObjectName(QStringLiteral("countryComboBox"));
    m_language->setObjectName(QStringLiteral("languageComboBox"));
    m_languageMessage->setObjectName(QStringLiteral("languageMessage"));
    m_expiryNote->setObjectName(QStringLiteral("linkExpiryNoteLabel"));
    m_progress->setObjectName(QStringLiteral("downloadProgressBar"));
    m_status->setObjectName(QStringLiteral("downloadStatusLabel"));
    m_cancel->setObjectName(QStringLiteral("cancelDownloadButton"));
    m_result->setObjectName(QStringLiteral("resultMessage"));
    m_openButton->setObjectName(QStringLiteral("openDocumentButton"));
    m_downloadButton->setObjectName(QStringLiteral("downloadDocumentButton"));

    m_intro->setWordWrap(true);
    m_expiryNote->setWordWrap(true);
    m_status->setWordWrap(true);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->hide();
    m_status->hide();
    m_cancel->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_countryLabel->setBuddy(m_country);
    m_languageLabel->setBuddy(m_language);
    form->addRow(m_countryLabel, m_country);
    form->addRow(m_languageLabel, FieldMessage::withEditor(m_language, m_languageMessage, this));
    layout->addLayout(form);
    layout->addWidget(m_expiryNote);

    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    layout->addLayout(progressRow);
    layout->addWidget(m_status);
    layout->addWidget(m_result);
    layout->addStretch(1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("templateButtonBox"));
    m_close = buttons->button(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("closeButton"));
    buttons->addButton(m_openButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_downloadButton, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);

    for (QPushButton* button : {m_openButton, m_cancel, m_close})
        button->setAutoDefault(false);
    m_downloadButton->setDefault(true);

    setTabOrder(m_country, m_language);
    setTabOrder(m_language, m_cancel);
    setTabOrder(m_cancel, m_openButton);
    setTabOrder(m_openButton, m_downloadButton);
    setTabOrder(m_downloadButton, m_close);

    m_country->setCountryCode(countryCode.isEmpty() ? QStringLiteral("US") : countryCode);

    connect(m_country, &CountryComboBox::countryChanged, this, [this] {
        m_result->clearMessage();
        m_progress->hide();
        loadLanguages();
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_result->clearMessage();
        m_progress->hide();
    });
    connect(m_openButton, &QPushButton::clicked, this, &AgreementTemplateDialog::openDocument);
    connect(m_downloadButton, &QPushButton::clicked, this, &AgreementTemplateDialog::downloadDocument);
    connect(m_cancel, &QPushButton::clicked, this, &AgreementTemplateDialog::cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    WindowGeometry::restore(this, QSize(560, 320)); // room for the progress and the result below the choices

    retranslateUi();
    loadLanguages();
}

AgreementTemplateDialog::~AgreementTemplateDialog()
{
    // Quietly: the callbacks' context (this) is going away.
    ++m_rulesGeneration;
    if (m_operation)
        m_operation->cancel();
    if (m_rulesOperation)
        m_rulesOperation->cancel();
}

void AgreementTemplateDialog::done(int result)
{
    cancel();
    WindowGeometry::save(this);
    QDialog::done(result);
}

void AgreementTemplateDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AgreementTemplateDialog::retranslateUi()
{
    setWindowTitle(tr("Microsoft Customer Agreement template"));
    m_intro->setText(tr("The Microsoft Customer Agreement is country-specific. Choose the customer's country (it "
                        "comes from the billing address) and a language offered there, then open the template or "
                        "download it as a Word document."));
    m_countryLabel->setText(tr("&Country/region:"));
    m_languageLabel->setText(tr("&Language:"));
    m_expiryNote->setText(tr("Links to the template expire after five minutes, so PartnerDesk asks Partner Center "
                             "for a new one each time you open or download it."));
    m_country->setAccessibleName(tr("Country or region of the agreement"));
    m_language->setAccessibleName(tr("Language of the agreement"));
    m_progress->setAccessibleName(tr("Progress"));
    m_cancel->setText(tr("C&ancel"));
    m_openButton->setText(tr("&Open in browser"));
    m_openButton->setToolTip(tr("Opens the template in your web browser."));
    m_downloadButton->setText(tr("&Download…"));
    m_downloadButton->setToolTip(tr("Saves the template as a Word document in a file you choose."));
    if (m_close)
        m_close->setText(tr("Close"));
    // Language names are shown in their own language; only the task words change here.
    setTask(m_task);
}

QString AgreementTemplateDialog::countryName() const
{
    return m_country->currentText();
}

QString AgreementTemplateDialog::selectedCulture() const
{
    return m_language->currentData().toString();
}

void AgreementTemplateDialog::loadLanguages()
{
    // A change of country while loading makes the earlier answer stale: it is ignored.
    const int generation = ++m_rulesGeneration;
    if (m_rulesOperation)
        m_rulesOperation->cancel();
    const QString country = m_country->countryCode();
    m_rules = {};
    m_language->clear();
    m_languageMessage->clearMessage();
    setTask(Task::LoadingLanguages);
    m_rulesOperation
        = m_workspace->client()->countryRules(country, this, [this, generation](const Result<CountryRules>& rules) {
              if (generation != m_rulesGeneration)
                  return;
              m_rulesOperation = nullptr;
              setTask(Task::None);
              m_progress->hide();
              if (!rules.ok()) {
                  // Every country has the English template; offer it rather than nothing.
                  fillLanguages(AgreementTemplateSource::documentCultures(CountryRules{}), QString());
                  m_languageMessage->showMessage(rules.error().kind == ApiError::Kind::Canceled
                          ? tr("Canceled: only English is listed. Choose the country again to load its languages.")
                          : tr("PartnerDesk could not load the languages offered in %1, so only English is listed. %2")
                                .arg(countryName(), rules.error().message()),
                      FieldMessage::Kind::Warning);
                  return;
              }
              m_rules = rules.value();
              fillLanguages(AgreementTemplateSource::documentCultures(m_rules),
                  AgreementTemplateSource::defaultCulture(m_rules, QLocale()));
          });
}

void AgreementTemplateDialog::fillLanguages(const QStringList& cultures, const QString& preferred)
{
    const QSignalBlocker blocker(m_language);
    m_language->clear();
    for (const QString& culture : cultures)
        m_language->addItem(InvitationLanguages::nativeName(culture) + QStringLiteral(" · ") + culture, culture);
    const int index = m_language->findData(preferred);
    m_language->setCurrentIndex(index >= 0 ? index : 0);
    setTask(m_task); // enables the buttons
}

void AgreementTemplateDialog::setTask(Task task)
{
    m_task = task;
    const bool busy = task != Task::None;
    const bool hasLanguage = m_language->count() > 0;
    // The bar stays visible after a download, full; the callers hide it otherwise.
    if (busy)
        m_progress->show();
    if (task == Task::LoadingLanguages || task == Task::FetchingLink)
        m_progress->setRange(0, 0);
    m_status->setVisible(busy);
    m_cancel->setVisible(busy);
    m_language->setEnabled(!busy && hasLanguage);
    m_country->setEnabled(task != Task::Downloading && task != Task::FetchingLink);

    switch (task) {
    case Task::LoadingLanguages:
        m_status->setText(tr("Loading the languages offered in %1…").arg(countryName()));
        break;
    case Task::FetchingLink:
        m_status->setText(tr("Asking Partner Center for a new link to the template…"));
        break;
    case Task::Downloading:
        if (m_status->text().isEmpty())
            m_status->setText(tr("Downloading…"));
        break;
    case Task::None:
        m_status->clear();
        break;
    }

    QString why;
    if (busy)
        why = task == Task::LoadingLanguages ? tr("Wait until the languages are loaded.")
                                             : tr("Wait for the current download, or cancel it.");
    else if (!hasLanguage)
        why = tr("Choose a country with a template first.");
    for (QPushButton* button : {m_openButton, m_downloadButton})
        button->setEnabled(why.isEmpty());
    if (!why.isEmpty()) {
        m_openButton->setToolTip(why);
        m_downloadButton->setToolTip(why);
    } else {
        m_openButton->setToolTip(tr("Opens the template in your web browser."));
        m_downloadButton->setToolTip(tr("Saves the template as a Word document in a file you choose."));
    }
}

void AgreementTemplateDialog::showResult(const QString& text, bool error)
{
    m_result->showMessage(text, error ? FieldMessage::Kind::Error : FieldMessage::Kind::Information);
}

void AgreementTemplateDialog::openDocument()
{
    const QString culture = selectedCulture();
    if (culture.isEmpty() || m_task != Task::None)
        return;
    m_result->clearMessage();
    setTask(Task::FetchingLink);
    m_operation = m_source->fetchDocument(
        m_country->countryCode(), culture, this, [this, culture](const Result<AgreementDocument>& document) {
            m_operation = nullptr;
            setTask(Task::None);
            m_progress->hide();
            if (!document.ok()) {
                showResult(document.error().message(), document.error().kind != ApiError::Kind::Canceled);
                return;
            }
            if (!UrlOpener::open(QUrl(document.value().displayUri))) {
                showResult(tr("No web browser opened the template. Use “Download” to save it instead."), true);
                return;
            }
            QString text = tr("The template is open in your browser. Its link works for five minutes; PartnerDesk "
                              "gets a new one the next time.");
            if (!document.value().language.isEmpty()
                && document.value().language.compare(culture, Qt::CaseInsensitive) != 0)
                text += QLatin1Char(' ')
                    + tr("Partner Center has no version in %1 and sent %2.")
                          .arg(InvitationLanguages::nativeName(culture),
                              InvitationLanguages::nativeName(document.value().language));
            showResult(text, false);
        });
}

void AgreementTemplateDialog::downloadDocument()
{
    const QString culture = selectedCulture();
    if (culture.isEmpty() || m_task != Task::None)
        return;
    m_result->clearMessage();
    m_progress->setValue(0);
    setTask(Task::FetchingLink);
    m_operation = m_source->fetchDocument(
        m_country->countryCode(), culture, this, [this](const Result<AgreementDocument>& document) {
            m_operation = nullptr;
            setTask(Task::None);
            m_progress->hide();
            if (!document.ok()) {
                showResult(document.error().message(), document.error().kind != ApiError::Kind::Canceled);
                return;
            }
            m_linkAge.start();
            chooseFileAndDownload(document.value());
        });
}

void AgreementTemplateDialog::chooseFileAndDownload(const AgreementDocument& document)
{
    const QString country = document.country.isEmpty() ? m_country->countryCode() : document.country;
    const QString culture = document.language.isEmpty() ? selectedCulture() : document.language;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString suggested = QDir(folder).filePath(AgreementTemplateSource::suggestedFileName(country, culture));
    QString path = Dialogs::saveFileName(
        this, tr("Save the agreement template"), suggested, tr("Word documents (*.docx);;All files (*)"));
    if (path.isEmpty()) {
        showResult(tr("Nothing was downloaded."), false);
        return;
    }
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".docx");

    if (m_linkAge.elapsed() < linkFreshForMilliseconds) {
        startDownload(document, path);
        return;
    }
    // The file dialog stayed open long enough for the link to expire: get another one.
    setTask(Task::FetchingLink);
    m_operation = m_source->fetchDocument(
        country, selectedCulture(), this, [this, path](const Result<AgreementDocument>& fresh) {
            m_operation = nullptr;
            setTask(Task::None);
            if (!fresh.ok()) {
                m_progress->hide();
                showResult(fresh.error().message(), fresh.error().kind != ApiError::Kind::Canceled);
                return;
            }
            startDownload(fresh.value(), path);
        });
}

void AgreementTemplateDialog::startDownload(const AgreementDocument& document, const QString& filePath)
{
    const QFileInfo target(filePath);
    auto* transfer = new DocumentDownload(m_workspace->network(), this);
    m_transfer = transfer;
    connect(transfer, &DocumentDownload::progress, this, [this](qint64 received, qint64 total) {
        if (total > 0) {
            m_progress->setRange(0, 100);
            m_progress->setValue(int(received * 100 / total));
            m_status->setText(tr("Downloading… %1 of %2")
                                  .arg(QLocale().formattedDataSize(received), QLocale().formattedDataSize(total)));
        } else {
            m_progress->setRange(0, 0);
            m_status->setText(tr("Downloading… %1").arg(QLocale().formattedDataSize(received)));
        }
    });
    connect(transfer, &DocumentDownload::finished, this, [this, transfer](const QString& path) {
        transfer->deleteLater();
        m_progress->setRange(0, 100);
        m_progress->setValue(100);
        setTask(Task::None);
        m_progress->show();
        const QFileInfo saved(path);
        showResult(tr("Saved “%1” (%2) in %3.")
                       .arg(saved.fileName(), QLocale().formattedDataSize(saved.size()),
                           QDir::toNativeSeparators(saved.absolutePath())),
            false);
        Q_EMIT downloaded(path);
    });
    connect(transfer, &DocumentDownload::failed, this, [this, transfer](const ApiError& error) {
        transfer->deleteLater();
        setTask(Task::None);
        m_progress->hide();
        if (error.kind == ApiError::Kind::Canceled)
            showResult(tr("The download was canceled; nothing was saved."), false);
        else
            showResult(tr("The template was not saved. %1").arg(error.message()), true);
    });

    m_status->clear();
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    setTask(Task::Downloading);
    ApiError error;
    if (!transfer->start(QUrl(document.downloadUri), target.absolutePath(), target.fileName(), &error)) {
        transfer->deleteLater();
        setTask(Task::None);
        m_progress->hide();
        showResult(tr("The template was not saved. %1").arg(error.message()), true);
    }
}

void AgreementTemplateDialog::cancel()
{
    if (m_rulesOperation)
        m_rulesOperation->cancel();
    if (m_operation)
        m_operation->cancel(); // its callback reports the cancellation
    if (m_transfer)
        m_transfer->cancel(); // emits failed(Canceled)
}

} // namespace PartnerDesk
