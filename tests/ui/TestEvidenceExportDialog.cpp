// Exporting the evidence of a period (main window → Export evidence): the period is checked
// beside the field, an empty period writes nothing, and a period's export holds exactly the
// records of its days in the user's time zone, as JSON and as PDF.
#include "EvidenceTestSupport.h"
#include "FixedClock.h"
#include "SandboxFixture.h"
#include "TestEnvironment.h"
#include "evidence/EvidenceExportDialog.h"
#include "evidence/EvidenceReport.h"
#include "flows/Workspace.h"
#include "flows/evidence/EvidenceStore.h"
#include "mainwindow/MainWindow.h"
#include "reports/PdfReport.h"
#include "util/Settings.h"
#include "widgets/Dialogs.h"
#include "widgets/FieldMessage.h"

#include <QAction>
#include <QDateEdit>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace PartnerDesk;
using namespace PartnerDesk::Test;

namespace {

const QString partnerName = QStringLiteral("Bosphorus Licensing A.Ş.");

QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
}

EvidenceRecord recordAt(const QDateTime& at, const QString& requestId)
{
    EvidenceRecord record;
    record.recordedAtUtc = at;
    record.userId = QStringLiteral("oid-7");
    record.userPrincipalName = QStringLiteral("sales@partner.example");
    record.role = Role::SalesAgent;
    record.customerId = QStringLiteral("cust-") + requestId;
    record.contact = Contact{QStringLiteral("Deniz"), QStringLiteral("Arslan"), QStringLiteral("deniz@example.com"),
        QStringLiteral("+90 212 555 0101")};
    record.acceptanceDate = at.date().addDays(-1);
    record.templateId = QStringLiteral("117a2a2c-0000-4c3e-8c9b-000000000001");
    record.requestId = requestId;
    record.correlationId = QStringLiteral("corr-") + requestId;
    record.outcome = EvidenceRecord::Outcome::Confirmed;
    record.httpStatus = 201;
    record.channel = QStringLiteral("desktop");
    return record;
}

// A translation whose intro is four times as long as the English one.
class LongIntroTranslator : public QTranslator
{
public:
    QString translate(const char* context, const char* sourceText, const char* disambiguation, int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        const QString source = QString::fromUtf8(sourceText);
        if (QLatin1String(context) != QLatin1String("PartnerDesk::EvidenceExportDialog")
            || !source.startsWith(QLatin1String("Export the evidence records")))
            return {};
        return QStringList(4, source).join(QLatin1Char(' '));
    }
    bool isEmpty() const override { return false; }
};
} // namespace

class TestEvidenceExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void defaultsToTheLastThirtyDays();
    void longIntroIsNotClipped();
    void invalidRangeIsSaidBesideTheField();
    void emptyPeriodWritesNothing();
    void periodExportsExactlyItsRecordsAsJson();
    void periodExportsAsPdf();
    void reportSaysRemovedContactAndFailure();
    void idsKeepTheirOrderRightToLeft();
    void openedFromTheMainWindow();
    void screenshots();

private:
    QTemporaryDir m_home;
    QTemporaryDir m_files;
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<Workspace> m_workspace;
    // 2026-03-20 15:00 in Istanbul (UTC+3); the period tested is 1 March there.
    FixedClock m_clock = FixedClock::at(2026, 3, 20, 15, 0, "Europe/Istanbul");
    std::optional<ScopedClock> m_scopedClock;
    QList<EvidenceRecord> m_inside; // added in initTestCase, with their ids
};

void TestEvidenceExportDialog::initTestCase()
{
    QVERIFY(m_home.isValid() && m_files.isValid());
    usePrivateHome(m_home);
    Test::isolateEnvironment();
    Settings::setValue(Settings::Key::PartnerName, partnerName);
    Settings::setValue(Settings::Key::EvidenceRetentionDays, 0);
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->startError()));
    m_workspace = m_sandbox->createWorkspace(Role::AdminAgent, PartnerType::DirectBill);
    QVERIFY(m_workspace);
    EvidenceStore* store = m_workspace->evidence();
    QVERIFY(store);
    QVERIFY(store->path().startsWith(m_home.path()));

    // 1 March 2026 in Istanbul is [28 Feb 21:00 UTC, 1 Mar 21:00 UTC).
    QVERIFY(store->add(recordAt(utc(2026, 2, 28, 20, 59, 59), QStringLiteral("req-before"))) > 0);
    for (const QDateTime& at : {utc(2026, 2, 28, 21, 0), utc(2026, 3, 1, 9, 30), utc(2026, 3, 1, 20, 59, 59)}) {
        EvidenceRecord record = recordAt(at, QStringLiteral("req-inside-%1").arg(m_inside.size() + 1));
        record.id = store->add(record);
        QVERIFY(record.id > 0);
        m_inside.append(record);
    }
    QVERIFY(store->add(recordAt(utc(2026, 3, 1, 21, 0), QStringLiteral("req-after"))) > 0);
}

void TestEvidenceExportDialog::init()
{
    m_scopedClock.emplace(&m_clock);
}

void TestEvidenceExportDialog::cleanup()
{
    m_scopedClock.reset();
    Dialogs::resetShownCount();
}

void TestEvidenceExportDialog::defaultsToTheLastThirtyDays()
{
    EvidenceExportDialog dialog(m_workspace.get());
    QCOMPARE(dialog.toDate(), QDate(2026, 3, 20));
    QCOMPARE(dialog.fromDate(), QDate(2026, 2, 19)); // 30 days, both included
    QCOMPARE(dialog.format(), EvidenceReport::Format::Pdf);
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("exportButton"))->isEnabled());
    QVERIFY(!dialog.findChild<FieldMessage*>(QStringLiteral("periodMessage"))->hasMessage());
    // The pickers follow the UI locale and show the century.
    QVERIFY(
        dialog.findChild<QDateEdit*>(QStringLiteral("fromDateEdit"))->displayFormat().contains(QLatin1String("yyyy")));
}

void TestEvidenceExportDialog::longIntroIsNotClipped()
{
    // The word-wrapped intro gets the height it needs at the dialog's width, however long.
    LongIntroTranslator translator;
    QCoreApplication::installTranslator(&translator);
    EvidenceExportDialog dialog(m_workspace.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCoreApplication::removeTranslator(&translator);
    auto* intro = dialog.findChild<QLabel*>(QStringLiteral("evidenceExportIntroLabel"));
    QVERIFY(intro->text().size() > 300);
    QVERIFY2(intro->height() >= intro->heightForWidth(intro->width()),
        qPrintable(QStringLiteral("%1 < %2").arg(intro->height()).arg(intro->heightForWidth(intro->width()))));
    QVERIFY(dialog.height() >= dialog.layout()->totalHeightForWidth(dialog.width()));
}

void TestEvidenceExportDialog::invalidRangeIsSaidBesideTheField()
{
    EvidenceExportDialog dialog(m_workspace.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* from = dialog.findChild<QDateEdit*>(QStringLiteral("fromDateEdit"));
    auto* message = dialog.findChild<FieldMessage*>(QStringLiteral("periodMessage"));
    auto* exportButton = dialog.findChild<QPushButton*>(QStringLiteral("exportButton"));
    from->setDate(QDate(2026, 3, 21));
    QVERIFY(message->hasMessage());
    QCOMPARE(message->kind(), FieldMessage::Kind::Error);
    QVERIFY(!exportButton->isEnabled());
    Dialogs::setNextFileName(m_files.filePath(QStringLiteral("never.json")));
    QVERIFY(!dialog.exportRecords());
    QVERIFY(!QFile::exists(m_files.filePath(QStringLiteral("never.json"))));
    Dialogs::setNextFileName({}); // not asked for: clear the hook

    from->setDate(QDate(2026, 3, 20)); // one day is a valid period
    QVERIFY(!message->hasMessage());
    QVERIFY(exportButton->isEnabled());
}

void TestEvidenceExportDialog::emptyPeriodWritesNothing()
{
    EvidenceExportDialog dialog(m_workspace.get());
    // From 3 March: the record of 1 March 21:00 UTC is on 2 March in Istanbul.
    dialog.findChild<QDateEdit*>(QStringLiteral("fromDateEdit"))->setDate(QDate(2026, 3, 3));
    dialog.findChild<QDateEdit*>(QStringLiteral("toDateEdit"))->setDate(QDate(2026, 3, 20));
    const QString path = m_files.filePath(QStringLiteral("empty.json"));
    Dialogs::setNextFileName(path);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("exportButton")), Qt::LeftButton);

    auto* result = dialog.findChild<FieldMessage*>(QStringLiteral("exportResultMessage"));
    QVERIFY(result->hasMessage());
    QCOMPARE(result->kind(), FieldMessage::Kind::Warning);
    QVERIFY(!QFile::exists(path));
    // The file chooser was never asked: its answer is still waiting.
    QCOMPARE(Dialogs::saveFileName(nullptr, {}, {}, {}), path);
}

void TestEvidenceExportDialog::periodExportsExactlyItsRecordsAsJson()
{
    EvidenceExportDialog dialog(m_workspace.get());
    dialog.findChild<QDateEdit*>(QStringLiteral("fromDateEdit"))->setDate(QDate(2026, 3, 1));
    dialog.findChild<QDateEdit*>(QStringLiteral("toDateEdit"))->setDate(QDate(2026, 3, 1));
    dialog.findChild<QRadioButton*>(QStringLiteral("jsonRadioButton"))->setChecked(true);
    QCOMPARE(dialog.format(), EvidenceReport::Format::Json);
    const QString path = m_files.filePath(QStringLiteral("period.json"));
    Dialogs::setNextFileName(path);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("exportButton")), Qt::LeftButton);

    auto* result = dialog.findChild<FieldMessage*>(QStringLiteral("exportResultMessage"));
    QCOMPARE(result->kind(), FieldMessage::Kind::Information);
    QVERIFY2(result->text().contains(QLatin1String("3")), qPrintable(result->text()));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    bool ok = false;
    const QList<EvidenceRecord> exported = EvidenceStore::fromJson(file.readAll(), &ok);
    QVERIFY(ok);
    QCOMPARE(exported.size(), m_inside.size());
    for (qsizetype i = 0; i < exported.size(); ++i)
        PARTNERDESK_COMPARE_RECORDS(exported.at(i), m_inside.at(i)); // oldest first
}

void TestEvidenceExportDialog::periodExportsAsPdf()
{
    EvidenceExportDialog dialog(m_workspace.get());
    dialog.findChild<QDateEdit*>(QStringLiteral("fromDateEdit"))->setDate(QDate(2026, 3, 1));
    dialog.findChild<QDateEdit*>(QStringLiteral("toDateEdit"))->setDate(QDate(2026, 3, 1));
    QVERIFY(dialog.findChild<QRadioButton*>(QStringLiteral("pdfRadioButton"))->isChecked());
    const QString path = m_files.filePath(QStringLiteral("period")); // the extension is added
    Dialogs::setNextFileName(path);
    QVERIFY(dialog.exportRecords());

    QFile file(path + QStringLiteral(".pdf"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(4) == "%PDF");
    file.close();
    QString skipReason;
    const QString text = pdfTextWithoutSpaces(file.fileName(), &skipReason);
    if (!skipReason.isEmpty())
        QSKIP(qPrintable(skipReason));
    QVERIFY(!text.isEmpty());
    QVERIFY2(text.contains(withoutSpaces(partnerName)), qPrintable(text));
    for (const EvidenceRecord& record : std::as_const(m_inside)) {
        QVERIFY2(text.contains(record.requestId), qPrintable(record.requestId));
        QVERIFY2(text.contains(record.customerId), qPrintable(record.customerId));
    }
    QVERIFY(!text.contains(QLatin1String("req-before")));
    QVERIFY(!text.contains(QLatin1String("req-after")));
}

void TestEvidenceExportDialog::reportSaysRemovedContactAndFailure()
{
    EvidenceRecord removed = recordAt(utc(2026, 1, 5, 8, 0), QStringLiteral("req-removed"));
    removed.contact = Contact{};
    removed.contactRemovedAtUtc = utc(2026, 3, 1, 0, 0);
    EvidenceRecord failed = recordAt(utc(2026, 1, 6, 8, 0), QStringLiteral("req-failed"));
    failed.outcome = EvidenceRecord::Outcome::Failed;
    failed.httpStatus = 400;
    failed.errorCode = QStringLiteral("600002");
    failed.errorDescription = QStringLiteral("Date of agreement cannot be greater than the current date");

    EvidenceReport::Scope scope;
    scope.customerId = QStringLiteral("cust-42");
    scope.customerName = QStringLiteral("Kapadokya Tekstil");
    EvidenceReport::Context context;
    context.partnerName = partnerName;
    context.generatedAtUtc = utc(2026, 3, 20, 12, 0);
    const std::unique_ptr<PdfReport> report = EvidenceReport::pdf({removed, failed}, scope, context);
    const QString text = report->toPlainText();
    QVERIFY(text.contains(partnerName));
    QVERIFY(text.contains(QLatin1String("Kapadokya Tekstil")));
    QVERIFY(text.contains(QLatin1String("cust-42")));
    QVERIFY(text.contains(QLatin1String("2026-03-20 12:00:00")));
    QVERIFY(text.contains(EvidenceReport::contactRemovedText()));
    QCOMPARE(text.count(QLatin1String("deniz@example.com")), 1); // the failed record's; the other's is gone
    QVERIFY(text.contains(QLatin1String("600002")));
    QVERIFY(text.contains(failed.errorDescription));
    QVERIFY(text.contains(QLatin1String("2026-01-05\n08:00:00"))); // UTC, the time under the date
    QCOMPARE(EvidenceReport::suggestedFileName(EvidenceReport::Format::Pdf, scope, QDate(2026, 3, 20)),
        QStringLiteral("evidence-cust-42-2026-03-20.pdf"));
}

void TestEvidenceExportDialog::idsKeepTheirOrderRightToLeft()
{
    // In an Arabic report an id that starts with digits must not be drawn with its parts
    // reordered ("e7cc-…-31194413"): what the PDF says must be the id.
    EvidenceRecord record = recordAt(utc(2026, 1, 7, 8, 0), QStringLiteral("31194413-e7cc-481b-84d1-8a1bf003ef69"));
    record.customerId = QStringLiteral("2f8a1c33-0b6e-4d7a-9f21-6c5e8d4b3a10");
    record.correlationId = QStringLiteral("73969961-f4e7-4db6-865f-804f5c26ca28");
    EvidenceReport::Scope scope;
    scope.customerId = record.customerId;
    const QString path = m_files.filePath(QStringLiteral("right-to-left.pdf"));
    QGuiApplication::setLayoutDirection(Qt::RightToLeft);
    QString error;
    const bool written = EvidenceReport::write(EvidenceReport::Format::Pdf, path, {record}, scope,
        EvidenceReport::Context{partnerName, utc(2026, 3, 20, 12, 0)}, &error);
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    QVERIFY2(written, qPrintable(error));
    QString skipReason;
    const QString text = pdfTextWithoutSpaces(path, &skipReason).remove(QChar(0x200E));
    if (!skipReason.isEmpty())
        QSKIP(qPrintable(skipReason));
    for (const QString& id : {record.requestId, record.customerId, record.correlationId})
        QVERIFY2(text.contains(id), qPrintable(id + QStringLiteral(" in ") + text));
}

void TestEvidenceExportDialog::openedFromTheMainWindow()
{
    MainWindow window(m_workspace.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* action = window.findChild<QAction*>(QStringLiteral("exportEvidenceAction"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    action->trigger();
    QPointer<EvidenceExportDialog> dialog = window.findChild<EvidenceExportDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->close();
    QTRY_VERIFY(dialog.isNull()); // deleted on close
}

void TestEvidenceExportDialog::screenshots()
{
    const QString directory = qEnvironmentVariable("PARTNERDESK_SCREENSHOT_DIR");
    if (directory.isEmpty())
        QSKIP("Set PARTNERDESK_SCREENSHOT_DIR to save screenshots.");
    EvidenceExportDialog dialog(m_workspace.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QDateEdit*>(QStringLiteral("fromDateEdit"))->setDate(QDate(2026, 3, 21));
    QTest::qWait(100);
    QVERIFY(dialog.grab().save(directory + QStringLiteral("/evidence-export-invalid.png")));
    dialog.findChild<QDateEdit*>(QStringLiteral("fromDateEdit"))->setDate(QDate(2026, 3, 1));
    dialog.findChild<QDateEdit*>(QStringLiteral("toDateEdit"))->setDate(QDate(2026, 3, 1));
    Dialogs::setNextFileName(directory + QStringLiteral("/evidence-period.pdf"));
    QVERIFY(dialog.exportRecords());
    QTest::qWait(100);
    QVERIFY(dialog.grab().save(directory + QStringLiteral("/evidence-export-done.png")));
}

QTEST_MAIN(TestEvidenceExportDialog)
#include "TestEvidenceExportDialog.moc"
