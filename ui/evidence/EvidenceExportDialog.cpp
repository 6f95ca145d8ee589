#include "EvidenceExportDialog.h"

#include "flows/Workspace.h"
#include "flows/evidence/EvidenceStore.h"
#include "util/Clock.h"
#include "widgets/Dialogs.h"
#include "widgets/FieldMessage.h"
#include "widgets/WindowGeometry.h"

#include <algorithm>

#include <QButtonGroup>
#include <QCalendarWidget>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace PartnerDesk {

namespace {
constexpr int defaultPeriodDays = 30;
}

EvidenceExportDialog::EvidenceExportDialog(Workspace* workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_introLabel(new QLabel(this))
    , m_fromLabel(new QLabel(this))
    , m_from(new QDateEdit(this))
    , m_toLabel(new QLabel(this))
    , m_to(new QDateEdit(this))
    , m_periodMessage(new FieldMessage(this))
    , m_formatLabel(new QLabel(this))
    , m_json(new QRadioButton(this))
    , m_pdf(new QRadioButton(this))
    , m_resultMessage(new FieldMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_exportButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("evidenceExportDialog"));
    m_introLabel->setObjectName(QStringLiteral("evidenceExportIntroLabel"));
    m_introLabel->setWordWrap(true);
    m_from->setObjectName(QStringLiteral("fromDateEdit"));
    m_to->setObjectName(QStringLiteral("toDateEdit"));
    m_periodMessage->setObjectName(QStringLiteral("periodMessage"));
    m_json->setObjectName(QStringLiteral("jsonRadioButton"));
    m_pdf->setObjectName(QStringLiteral("pdfRadioButton"));
    m_resultMessage->setObjectName(QStringLiteral("exportResultMessage"));
    m_buttons->setObjectName(QStringLiteral("evidenceExportButtonBox"));
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_buttons->addButton(m_exportButton, QDialogButtonBox::ActionRole);
    m_exportButton->setDefault(true);

    const QDate today = Clock::instance().todayInUserZone();
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setMinimumDate(QDate(2000, 1, 1));
        edit->setMaximumDate(today.addYears(1));
    }
    m_from->setDate(today.addDays(-(defaultPeriodDays - 1)));
    m_to->setDate(today);
    m_pdf->setChecked(true);
    auto* formats = new QButtonGroup(this);
    formats->addButton(m_json);
    formats->addButton(m_pdf);

    auto* formatRow = new QHBoxLayout;
    formatRow->addWidget(m_pdf);
    formatRow->addWidget(m_json);
    formatRow->addStretch();

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_fromLabel, m_from);
    form->addRow(m_toLabel, FieldMessage::withEditor(m_to, m_periodMessage, this));
    form->addRow(m_formatLabel, formatRow);
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_formatLabel->setBuddy(m_pdf);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addLayout(form);
    layout->addWidget(m_resultMessage);
    layout->addStretch();
    layout->addWidget(m_buttons);

    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_pdf);
    setTabOrder(m_pdf, m_json);
    setTabOrder(m_json, m_exportButton);

    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        m_resultMessage->clearMessage();
        validatePeriod();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this] {
        m_resultMessage->clearMessage();
        validatePeriod();
    });
    connect(m_exportButton, &QPushButton::clicked, this, &EvidenceExportDialog::exportRecords);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    retranslateUi();
    fitHeightToWidth(std::max(520, sizeHint().width()));
}

QDate EvidenceExportDialog::fromDate() const
{
    return m_from->date();
}

QDate EvidenceExportDialog::toDate() const
{
    return m_to->date();
}

EvidenceReport::Format EvidenceExportDialog::format() const
{
    return m_json->isChecked() ? EvidenceReport::Format::Json : EvidenceReport::Format::Pdf;
}

bool EvidenceExportDialog::validatePeriod()
{
    if (m_from->date() > m_to->date()) {
        m_periodMessage->showMessage(tr("The last day must not be before the first day."));
        m_exportButton->setEnabled(false);
        return false;
    }
    m_periodMessage->clearMessage();
    m_exportButton->setEnabled(m_workspace->evidence() != nullptr);
    return true;
}

bool EvidenceExportDialog::exportRecords()
{
    m_resultMessage->clearMessage();
    if (!validatePeriod()) {
        m_to->setFocus();
        return false;
    }
    EvidenceStore* store = m_workspace->evidence();
    if (!store)
        return false;

    // Nothing past the retention period leaves the machine with its contact data.
    m_workspace->purgeExpiredEvidenceContacts();
    EvidenceReport::Scope scope;
    scope.from = m_from->date();
    scope.to = m_to->date();
    const auto [fromUtc, toUtc] = EvidenceReport::periodBounds(scope.from, scope.to, Clock::instance().timeZone());
    const QList<EvidenceRecord> records = store->between(fromUtc, toUtc);
    if (records.isEmpty()) {
        m_resultMessage->showMessage(
            tr("There are no evidence records in this period; nothing was written."), FieldMessage::Kind::Warning);
        return false;
    }

    const EvidenceReport::Format chosen = format();
    const EvidenceReport::Context context = EvidenceReport::currentContext(*m_workspace);
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString suggested
        = QDir(folder).filePath(EvidenceReport::suggestedFileName(chosen, scope, context.generatedAtUtc.date()));
    QString path = Dialogs::saveFileName(this, tr("Export evidence"), suggested, EvidenceReport::fileFilter(chosen));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + EvidenceReport::extension(chosen);

    QString error;
    if (!EvidenceReport::write(chosen, path, records, scope, context, &error)) {
        m_resultMessage->showMessage(error, FieldMessage::Kind::Error);
        return false;
    }
    m_resultMessage->showMessage(tr("%Ln record(s) written to %1.", nullptr, static_cast<int>(records.size()))
                                     .arg(QDir::toNativeSeparators(path)),
        FieldMessage::Kind::Information);
    return true;
}

void EvidenceExportDialog::done(int result)
{
    WindowGeometry::save(this);
    QDialog::done(result);
}

void EvidenceExportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fitHeightToWidth(width());
    }
    QDialog::changeEvent(event);
}

void EvidenceExportDialog::showEvent(QShowEvent* event)
{
    if (!m_geometryRestored) {
        m_geometryRestored = true;
        WindowGeometry::restore(this);
        fitHeightToWidth(width()); // a size saved in another language may be too low
    }
    QDialog::showEvent(event);
}

void EvidenceExportDialog::fitHeightToWidth(int width)
{
    QLayout* box = layout();
    box->activate();
    const int needed = box->hasHeightForWidth() ? box->totalHeightForWidth(width) : box->totalSizeHint().height();
    const int fitting = std::max(needed, box->totalMinimumSize().height());
    // Before the first show the dialog takes the height it needs; later it only grows.
    resize(width, isVisible() || m_geometryRestored ? std::max(height(), fitting) : fitting);
}

void EvidenceExportDialog::applyLocale(QDateEdit* edit)
{
    // The pickers follow the UI locale: its format (with the century) and first day of the week.
    edit->setLocale(QLocale());
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    edit->setDisplayFormat(format);
    if (QCalendarWidget* calendar = edit->calendarWidget()) {
        calendar->setLocale(QLocale());
        calendar->setFirstDayOfWeek(QLocale().firstDayOfWeek());
    }
}

void EvidenceExportDialog::retranslateUi()
{
    setWindowTitle(tr("Export evidence"));
    m_introLabel->setText(tr("Export the evidence records of every customer confirmed from PartnerDesk on this "
                             "computer in a period. The days are those of your time zone; both are included."));
    m_fromLabel->setText(tr("&First day:"));
    m_toLabel->setText(tr("&Last day:"));
    m_formatLabel->setText(tr("Format:"));
    m_pdf->setText(tr("&PDF report"));
    m_json->setText(tr("&JSON file"));
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    m_exportButton->setText(tr("&Export…"));
    for (QDateEdit* edit : {m_from, m_to})
        applyLocale(edit);
    if (m_workspace->evidence() == nullptr) {
        m_resultMessage->showMessage(tr("Evidence records are not available: PartnerDesk could not open its "
                                        "evidence file on this computer."),
            FieldMessage::Kind::Warning);
    }
    validatePeriod();
}

} // namespace PartnerDesk
