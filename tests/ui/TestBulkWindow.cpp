// The bulk attestation window against the in-process sandbox: the dry run's preview with each
// problem at its cell, the real run (counts, the server's confirmations, one evidence record
// per row sent, the result file row by row), cancel and resume from the journal, closing
// during a run, the reseller's hand-off file, and the ways to open the window.
#include "AccountTestSupport.h"
#include "Await.h"
#include "SandboxFixture.h"
#include "TestEnvironment.h"
#include "account/CustomerPage.h"
#include "bulk/BulkAttestationWindow.h"
#include "bulk/BulkRowsModel.h"
#include "flows/Workspace.h"
#include "flows/bulk/BulkAttestationRunner.h"
#include "flows/bulk/BulkHandOffFile.h"
#include "flows/bulk/BulkResultFile.h"
#include "flows/evidence/EvidenceStore.h"
#include "mainwindow/MainWindow.h"
#include "util/Csv.h"
#include "util/CsvReader.h"
#include "validation/Validation.h"
#include "widgets/Dialogs.h"
#include "widgets/FieldMessage.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <memory>
#include <tuple>

using namespace PartnerDesk;
using PartnerDesk::Test::RecordingNavigator;
using PartnerDesk::Test::SandboxFixture;

namespace {

constexpr int runTimeout = 60000;

QString daysFromToday(int days)
{
    return QDateTime::currentDateTimeUtc().date().addDays(days).toString(Qt::ISODate);
}

struct Line
{
    QString customerId;
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString date;
};

// A cell with a problem: the line, the table column, the code.
using Flag = std::tuple<qsizetype, int, QString>;

} // namespace

class TestBulkWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void unusableFileIsExplained();
    void dryRunMarksProblemsAtTheirCells();
    void runConfirmsRecordsEvidenceAndExports();
    void progressBarTimeLeftAndCountsFollowTheRun();
    void cancelThenReopenResumesFromTheJournal();
    void resellerPreparesHandOffFile();
    void helpdeskOnlyChecks();
    void openedFromMainWindowAndCustomerPage();
    void hundredThousandRowsStayResponsive();
    void noRateCapOnTheSandboxOnly();

private:
    QString writeCsv(const QString& name, const QList<Line>& lines);
    // The mixed file: 2 valid rows, 5 invalid ones (each with one wrong cell), 1 duplicate.
    QList<Line> mixedLines(QList<Flag>* flags, QStringList* validCustomers);
    QString nextCustomer() { return m_customers.at(m_nextCustomer++); }
    // The code the phone number gets with the rules of the customer's country.
    QString phoneCodeFor(const QString& customerId, const QString& phone);
    std::unique_ptr<BulkAttestationWindow> openWindow(Workspace* workspace);
    bool importAndCheck(BulkAttestationWindow* window, const QString& path);
    [[nodiscard]] QList<EvidenceRecord> bulkEvidence(Workspace* workspace, const QStringList& customerIds) const;

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<Workspace> m_admin;
    QTemporaryDir m_directory;
    QStringList m_customers;
    int m_nextCustomer = 0;
    QDateTime m_started;
    QString m_unique;
};

void TestBulkWindow::initTestCase()
{
    Test::isolateEnvironment();
    QVERIFY(m_directory.isValid());
    // Journals of earlier test runs must not make this run's rows "done".
    QDir(BulkAttestationWindow::journalDirectory()).removeRecursively();
    m_started = QDateTime::currentDateTimeUtc().addSecs(-1);
    m_unique = QString::number(QDateTime::currentMSecsSinceEpoch(), 36);
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->startError()));
    QVERIFY(m_sandbox->signIn(Role::AdminAgent, PartnerType::DirectBill));
    m_admin = m_sandbox->createWorkspace(Role::AdminAgent, PartnerType::DirectBill);
    QVERIFY(m_admin);
    QVERIFY(m_admin->evidence());
    m_customers = m_sandbox->customerIds();
    QVERIFY(m_customers.size() >= 40);
}

void TestBulkWindow::cleanupTestCase()
{
    m_admin.reset();
    m_sandbox.reset();
}

void TestBulkWindow::cleanup()
{
    Dialogs::resetShownCount();
}

QString TestBulkWindow::writeCsv(const QString& name, const QList<Line>& lines)
{
    QString text
        = Csv::record({QStringLiteral("customerId"), QStringLiteral("firstName"), QStringLiteral("lastName"),
                          QStringLiteral("email"), QStringLiteral("phoneNumber"), QStringLiteral("dateAgreed")},
            QLatin1Char(','), false);
    for (const Line& line : lines)
        text += Csv::record({line.customerId, line.firstName, line.lastName, line.email, line.phone, line.date},
            QLatin1Char(','), false);
    const QString path = m_directory.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(text.toUtf8());
    return path;
}

QList<Line> TestBulkWindow::mixedLines(QList<Flag>* flags, QStringList* validCustomers)
{
    const QString date = daysFromToday(-3);
    const QString first = nextCustomer();
    const QString second = nextCustomer();
    *validCustomers = {first, second};
    const QString email = QStringLiteral("ada.%1.%2@contoso.com").arg(m_unique).arg(m_nextCustomer);
    QList<Line> lines{
        {first, QStringLiteral("Ada"), QStringLiteral("Lovelace"), email, {}, date}, // line 2: valid
        {nextCustomer(), QStringLiteral("Bob"), QStringLiteral("Builder"), QStringLiteral("bob.contoso.com"), {},
            date}, // 3: bad email
        {nextCustomer(), QStringLiteral("Cy"), QStringLiteral("Young"), QStringLiteral("cy@contoso.com"), {},
            daysFromToday(3)}, // 4: future date
        {nextCustomer(), QStringLiteral("Di"), QStringLiteral("Prince"), QStringLiteral("di@contoso.com"),
            QStringLiteral("12"), date}, // 5: bad phone
        {first, QStringLiteral("Ada"), QStringLiteral("Lovelace"), email, {}, date}, // 6: duplicate of line 2
        {QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("Eve"), QStringLiteral("Adams"),
            QStringLiteral("eve@contoso.com"), {}, date}, // 7: no such customer
        {nextCustomer(), QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("Hacker"),
            QStringLiteral("h@contoso.com"), {}, date}, // 8: formula in a name
        {second, QStringLiteral("Grace"), QStringLiteral("-Hopper"),
            QStringLiteral("grace.%1@contoso.com").arg(m_unique), {}, date}, // 9: valid
    };
    const QString phoneCode = phoneCodeFor(lines.at(3).customerId, lines.at(3).phone);
    *flags = {
        {3, BulkRowsModel::EmailColumn, BulkCodes::validation(ValidationCode::EmailMissingAt)},
        {4, BulkRowsModel::DateAgreedColumn, BulkCodes::validation(ValidationCode::DateInFuture)},
        {5, BulkRowsModel::PhoneColumn, phoneCode},
        {7, BulkRowsModel::CustomerColumn, QString(BulkCodes::CustomerNotFound)},
        {8, BulkRowsModel::FirstNameColumn, BulkCodes::validation(ValidationCode::InvalidCharacter)},
    };
    return lines;
}

QString TestBulkWindow::phoneCodeFor(const QString& customerId, const QString& phone)
{
    Test::Await<Customer> customer;
    m_sandbox->client()->customer(customerId, nullptr, customer.callback());
    if (!customer.wait() || !customer.ok())
        return QStringLiteral("customer not read");
    Test::Await<CountryRules> rules;
    m_sandbox->client()->countryRules(customer.value().country(), nullptr, rules.callback());
    if (!rules.wait() || !rules.ok())
        return QStringLiteral("rules not read");
    return BulkCodes::validation(
        Validation::validate(Field::PhoneNumber, phone, ValidationContext{&rules.value(), nullptr}).code);
}

std::unique_ptr<BulkAttestationWindow> TestBulkWindow::openWindow(Workspace* workspace)
{
    auto window = std::make_unique<BulkAttestationWindow>(workspace);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    // Fast checks in tests; the cancel test slows its own run down.
    window->findChild<QSpinBox*>(QStringLiteral("rateSpinBox"))->setValue(1000);
    return window;
}

bool TestBulkWindow::importAndCheck(BulkAttestationWindow* window, const QString& path)
{
    Dialogs::setNextFileName(path);
    window->findChild<QPushButton*>(QStringLiteral("openFileButton"))->click();
    if (window->phase() != BulkAttestationWindow::Phase::Checking)
        return false;
    return QTest::qWaitFor([window] { return window->phase() == BulkAttestationWindow::Phase::Checked; }, runTimeout);
}

QList<EvidenceRecord> TestBulkWindow::bulkEvidence(Workspace* workspace, const QStringList& customerIds) const
{
    QList<EvidenceRecord> found;
    for (const EvidenceRecord& record : workspace->evidence()->between(m_started, {})) {
        if (record.channel == QLatin1String("bulk") && customerIds.contains(record.customerId))
            found << record;
    }
    return found;
}

void TestBulkWindow::unusableFileIsExplained()
{
    auto window = openWindow(m_admin.get());
    QVERIFY(window);
    QFile file(m_directory.filePath(QStringLiteral("no-email.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("customerId,firstName,lastName,dateAgreed\nx,Ada,Lovelace,2025-01-01\n");
    file.close();
    QVERIFY(!window->importFile(file.fileName()));
    QCOMPARE(window->phase(), BulkAttestationWindow::Phase::Empty);
    auto* message = window->findChild<FieldMessage*>(QStringLiteral("fileMessage"));
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(QLatin1String("email"))); // the missing column, by its key
    QCOMPARE(window->rowsModel()->rowCount(), 0);
    QVERIFY(!window->findChild<QPushButton*>(QStringLiteral("confirmButton"))->isEnabled());
}

void TestBulkWindow::dryRunMarksProblemsAtTheirCells()
{
    QList<Flag> expectedFlags;
    QStringList valid;
    const QString path = writeCsv(QStringLiteral("mixed-preview.csv"), mixedLines(&expectedFlags, &valid));
    auto window = openWindow(m_admin.get());
    QVERIFY(window);
    QVERIFY(!window->isHandOffMode());
    const int agreementsBefore = Test::sandboxStat(*m_sandbox, "agreements");
    // Ctrl+O opens the file.
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    Dialogs::setNextFileName(path);
    QTest::keyClick(window.get(), Qt::Key_O, Qt::ControlModifier);
    QCOMPARE(window->phase(), BulkAttestationWindow::Phase::Checking);
    QTRY_COMPARE_WITH_TIMEOUT(window->phase(), BulkAttestationWindow::Phase::Checked, runTimeout);

    // Counts.
    const BulkProgress progress = window->runner()->progress();
    QCOMPARE(progress.total, 8);
    QCOMPARE(progress.count(BulkOutcome::Valid), 2);
    QCOMPARE(progress.count(BulkOutcome::Invalid), 5);
    QCOMPARE(progress.count(BulkOutcome::Skipped), 1);
    QCOMPARE(Test::sandboxStat(*m_sandbox, "agreements"), agreementsBefore); // nothing sent

    // Exactly these cells are flagged, each with its code, colour, tooltip and accessible text.
    const BulkRowsModel* model = window->rowsModel();
    QList<Flag> flags;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < BulkRowsModel::ColumnCount; ++column) {
            const QModelIndex index = model->index(row, column);
            const QStringList codes = index.data(BulkRowsModel::ProblemCodesRole).toStringList();
            if (codes.isEmpty()) {
                QVERIFY(!index.data(Qt::BackgroundRole).isValid());
                continue;
            }
            QCOMPARE(codes.size(), 1);
            flags.append({model->rows().at(row).line, column, codes.constFirst()});
            QCOMPARE(index.data(Qt::BackgroundRole).value<QColor>(), BulkRowsModel::problemBackground());
            const QString message = model->resultAt(row).problems.constFirst().message;
            QVERIFY(!message.isEmpty());
            QVERIFY(index.data(Qt::ToolTipRole).toString().contains(message));
            QVERIFY(index.data(Qt::AccessibleTextRole).toString().contains(message));
        }
    }
    QCOMPARE(flags, expectedFlags);
    // The Message column names a cell's column as its header does, not by the file's key
    // (which the result file keeps).
    for (int row = 0; row < model->rowCount(); ++row) {
        const BulkRowResult& result = model->resultAt(row);
        if (result.outcome != BulkOutcome::Invalid)
            continue;
        const QString shown = model->index(row, BulkRowsModel::MessageColumn).data().toString();
        for (const BulkCellProblem& problem : result.problems) {
            if (problem.column == BulkColumn::None)
                continue;
            const QString header
                = model->headerData(BulkRowsModel::columnFor(problem.column), Qt::Horizontal).toString();
            QVERIFY2(shown.contains(header + QStringLiteral(": ") + problem.message), qPrintable(shown));
            QVERIFY2(!shown.contains(BulkColumns::key(problem.column) + QStringLiteral(": ")), qPrintable(shown));
            QVERIFY(result.message.contains(BulkColumns::key(problem.column) + QStringLiteral(": ")));
        }
    }
    // The duplicate is skipped (a row-level outcome, no cell flagged), pointing at line 2.
    QCOMPARE(model->resultAt(4).outcome, BulkOutcome::Skipped);
    QCOMPARE(model->resultAt(4).code, QString(BulkCodes::DuplicateRow));
    QCOMPARE(model->resultAt(4).duplicateOfLine, qsizetype(2));
    // The outcome column reads as the outcome, with its icon.
    const QModelIndex outcome = model->index(0, BulkRowsModel::OutcomeColumn);
    QCOMPARE(outcome.data().toString(), BulkOutcomes::displayName(BulkOutcome::Valid));
    QVERIFY(!outcome.data(Qt::DecorationRole).value<QIcon>().isNull());

    // Filters and sorting.
    auto* filter = window->findChild<QComboBox*>(QStringLiteral("rowFilterComboBox"));
    filter->setCurrentIndex(filter->findData(-2));
    QCOMPARE(window->filterModel()->rowCount(), 5);
    filter->setCurrentIndex(filter->findData(static_cast<int>(BulkOutcome::Skipped)));
    QCOMPARE(window->filterModel()->rowCount(), 1);
    filter->setCurrentIndex(filter->findData(-1));
    QCOMPARE(window->filterModel()->rowCount(), 8);
    window->findChild<QTableView*>(QStringLiteral("bulkRowsView"))
        ->sortByColumn(BulkRowsModel::LineColumn, Qt::DescendingOrder);
    QCOMPARE(window->filterModel()->index(0, 0).data(BulkRowsModel::SortRole).toLongLong(), 9);
    QCOMPARE(window->filterModel()->index(7, 0).data(BulkRowsModel::SortRole).toLongLong(), 2);

    // No column is narrower than its header; the outcome column fits its longest name.
    auto* view = window->findChild<QTableView*>(QStringLiteral("bulkRowsView"));
    for (int column = 0; column < BulkRowsModel::OutcomeColumn + 1; ++column) {
        QVERIFY2(view->columnWidth(column) >= view->horizontalHeader()->sectionSizeHint(column),
            qPrintable(QString::number(column)));
    }
    for (const BulkOutcome each : {BulkOutcome::Valid, BulkOutcome::Confirmed, BulkOutcome::AlreadyConfirmed,
             BulkOutcome::Invalid, BulkOutcome::Failed, BulkOutcome::Skipped, BulkOutcome::Pending}) {
        QVERIFY(view->columnWidth(BulkRowsModel::OutcomeColumn)
            > view->fontMetrics().horizontalAdvance(BulkOutcomes::displayName(each)) + view->iconSize().width());
    }

    // An admin may confirm the valid rows; nothing for the provider here.
    QVERIFY(window->findChild<QPushButton*>(QStringLiteral("confirmButton"))->isEnabled());
    QVERIFY(window->findChild<QPushButton*>(QStringLiteral("saveHandOffButton"))->isHidden());
    QVERIFY(window->findChild<FieldMessage*>(QStringLiteral("handOffBanner"))->isHidden());
    QVERIFY(window->findChild<QLabel*>(QStringLiteral("validCountLabel"))
                ->accessibleName()
                .endsWith(QLocale().toString(2)));
}

void TestBulkWindow::runConfirmsRecordsEvidenceAndExports()
{
    QList<Flag> flags;
    QStringList valid;
    const QList<Line> lines = mixedLines(&flags, &valid);
    const QString path = writeCsv(QStringLiteral("mixed-run.csv"), lines);
    auto window = openWindow(m_admin.get());
    QVERIFY(window);
    QVERIFY(importAndCheck(window.get(), path));

    // Declined: nothing happens.
    auto* confirm = window->findChild<QPushButton*>(QStringLiteral("confirmButton"));
    Dialogs::setNextAnswer(QMessageBox::No);
    confirm->click();
    QCOMPARE(window->phase(), BulkAttestationWindow::Phase::Checked);

    const int agreementsBefore = Test::sandboxStat(*m_sandbox, "agreements");
    Dialogs::setNextAnswer(QMessageBox::Yes);
    confirm->click();
    QCOMPARE(Dialogs::shownCount(), 2);
    QCOMPARE(window->phase(), BulkAttestationWindow::Phase::Running);
    QVERIFY(!window->journalPath().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(window->phase(), BulkAttestationWindow::Phase::Finished, runTimeout);

    const BulkProgress progress = window->runner()->progress();
    QCOMPARE(progress.count(BulkOutcome::Confirmed), 2);
    QCOMPARE(progress.count(BulkOutcome::Invalid), 5);
    QCOMPARE(progress.count(BulkOutcome::Skipped), 1);
    QCOMPARE(progress.done, 8);
    QCOMPARE(Test::sandboxStat(*m_sandbox, "agreements") - agreementsBefore, 2);
    // The run starts from what the check read: the two confirmations (and at most the
    // template's metadata), no customer or confirmation read again.
    QVERIFY2(progress.requests <= 3, qPrintable(QString::number(progress.requests)));
    QVERIFY(!window->findChild<QPushButton*>(QStringLiteral("confirmButton"))->isEnabled()); // nothing left

    // The server has each confirmation, with the contact of the row.
    for (int i : {0, 7}) {
        const Line& line = lines.at(i);
        int matches = 0;
        for (const Agreement& agreement : Test::serverAgreements(*m_sandbox, line.customerId))
            matches += agreement.primaryContact.email == line.email ? 1 : 0;
        QCOMPARE(matches, 1);
    }
    // One evidence record per row sent, channel "bulk", naming who confirmed.
    const QList<EvidenceRecord> records = bulkEvidence(m_admin.get(), valid);
    QCOMPARE(records.size(), 2);
    for (const EvidenceRecord& record : records) {
        QCOMPARE(record.outcome, EvidenceRecord::Outcome::Confirmed);
        QCOMPARE(record.role, Role::AdminAgent);
        QVERIFY(!record.templateId.isEmpty());
        QCOMPARE(record.acceptanceDate, QDate::fromString(lines.at(0).date, Qt::ISODate));
    }

    // Save results: every input row with its outcome and code, in order.
    const QString resultsPath = m_directory.filePath(QStringLiteral("mixed-run-results.csv"));
    Dialogs::setNextFileName(resultsPath);
    window->findChild<QPushButton*>(QStringLiteral("saveResultsButton"))->click();
    const CsvReadResult results = CsvReader().readFile(resultsPath);
    QVERIFY(results.ok());
    QCOMPARE(results.document.records.size(), 9);
    const QStringList columns = results.document.records.constFirst().fields;
    QCOMPARE(columns, BulkResultFile::columns());
    const QStringList outcomes{QStringLiteral("confirmed"), QStringLiteral("invalid"), QStringLiteral("invalid"),
        QStringLiteral("invalid"), QStringLiteral("skipped"), QStringLiteral("invalid"), QStringLiteral("invalid"),
        QStringLiteral("confirmed")};
    for (int i = 0; i < outcomes.size(); ++i) {
        const QStringList fields = results.document.records.at(i + 1).fields;
        QCOMPARE(fields.at(columns.indexOf(QStringLiteral("line"))), QString::number(i + 2));
        QCOMPARE(fields.at(columns.indexOf(QStringLiteral("outcome"))), outcomes.at(i));
        QCOMPARE(fields.at(columns.indexOf(QStringLiteral("email"))), lines.at(i).email);
    }
    const auto flagOf = [&flags](qsizetype line) {
        for (const Flag& flag : flags) {
            if (std::get<0>(flag) == line)
                return std::get<2>(flag);
        }
        return QString();
    };
    for (int line = 3; line <= 8; ++line) {
        if (line == 6)
            continue;
        QCOMPARE(
            results.document.records.at(line - 1).fields.at(columns.indexOf(QStringLiteral("code"))), flagOf(line));
    }
    QCOMPARE(results.document.records.at(7).fields.at(columns.indexOf(QStringLiteral("firstName"))),
        QStringLiteral("'=cmd|' /C calc'!A0"));
    QVERIFY(
        window->findChild<FieldMessage*>(QStringLiteral("resultMessage"))->kind() == FieldMessage::Kind::Information);
}

void TestBulkWindow::progressBarTimeLeftAndCountsFollowTheRun()
{
    // Five rows to send, one invalid, one duplicate.
    QList<Line> lines;
    for (int i = 0; i < 5; ++i)
        lines.append({nextCustomer(), QStringLiteral("Row"), QStringLiteral("Progress"),
            QStringLiteral("progress%1.%2@contoso.com").arg(i).arg(m_unique), {}, daysFromToday(-2)});
    lines.append({nextCustomer(), QStringLiteral("Bad"), QStringLiteral("Email"), QStringLiteral("bad.contoso.com"), {},
        daysFromToday(-2)});
    lines.append(lines.at(2));
    const int total = static_cast<int>(lines.size());
    const QString path = writeCsv(QStringLiteral("progress.csv"), lines);
    auto window = openWindow(m_admin.get());
    QVERIFY(window);
    QVERIFY(importAndCheck(window.get(), path));
    auto* bar = window->findChild<QProgressBar*>(QStringLiteral("runProgressBar"));
    auto* timeLeft = window->findChild<QLabel*>(QStringLiteral("timeLeftLabel"));
    QVERIFY(bar && timeLeft);

    // One request at a time, four a second: the rows finish one after another.
    window->findChild<QSpinBox*>(QStringLiteral("concurrencySpinBox"))->setValue(1);
    window->findChild<QSpinBox*>(QStringLiteral("rateSpinBox"))->setValue(240);
    Dialogs::setNextAnswer(QMessageBox::Yes);
    window->findChild<QPushButton*>(QStringLiteral("confirmButton"))->click();
    QCOMPARE(window->phase(), BulkAttestationWindow::Phase::Running);
    const BulkAttestationRunner* runner = window->runner();
    QVERIFY(runner);

    // What the window shows at each step, read after it has shown that step (connected after
    // the window's own slot).
    struct Seen
    {
        int value;
        int maximum;
        int confirmed;
        qint64 remaining;
        QString timeLeft;
        bool timeLeftVisible;
    };
    QList<Seen> seen;
    connect(runner, &BulkAttestationRunner::progressChanged, this, [&](const BulkProgress& progress) {
        if (window->phase() == BulkAttestationWindow::Phase::Running)
            seen.append({bar->value(), bar->maximum(), progress.count(BulkOutcome::Confirmed),
                progress.remainingMilliseconds, timeLeft->text(), timeLeft->isVisible()});
    });
    QTRY_COMPARE_WITH_TIMEOUT(window->phase(), BulkAttestationWindow::Phase::Finished, runTimeout);

    // The bar advanced through the run, one row at a time, to the end.
    QVERIFY2(seen.size() >= 3, qPrintable(QString::number(seen.size())));
    QList<int> values;
    for (const Seen& step : std::as_const(seen)) {
        QCOMPARE(step.maximum, total);
        if (values.isEmpty() || values.constLast() != step.value) {
            QVERIFY2(values.isEmpty() || step.value > values.constLast(), "the bar went back");
            values << step.value;
        }
    }
    QVERIFY2(values.size() >= 4, qPrintable(QStringLiteral("distinct values: %1").arg(values.size())));
    QVERIFY(values.constFirst() < total);
    QCOMPARE(bar->maximum(), total);
    QCOMPARE(bar->value(), total);

    // Once rows are confirmed and others remain, the label names the time left (the number
    // the runner estimated, in seconds or minutes).
    int withTimeLeft = 0;
    for (const Seen& step : std::as_const(seen)) {
        if (step.confirmed < 1 || step.value >= total)
            continue;
        QVERIFY(step.remaining > 0);
        QVERIFY(step.timeLeftVisible);
        const qint64 seconds = (step.remaining + 999) / 1000;
        const qint64 shown = seconds < 60 ? seconds : (seconds + 59) / 60;
        QVERIFY2(step.timeLeft.contains(QLocale().toString(shown)), qPrintable(step.timeLeft));
        ++withTimeLeft;
    }
    QVERIFY2(withTimeLeft >= 2, qPrintable(QString::number(withTimeLeft)));

    // After the run: each count under the table is the number of result rows with that outcome.
    const QList<BulkRowResult>& results = window->rowsModel()->results();
    QCOMPARE(results.size(), total);
    const auto rowsWith = [&results](BulkOutcome outcome) {
        return static_cast<int>(std::count_if(results.cbegin(), results.cend(),
            [outcome](const BulkRowResult& result) { return result.outcome == outcome; }));
    };
    QCOMPARE(rowsWith(BulkOutcome::Confirmed), 5);
    QCOMPARE(rowsWith(BulkOutcome::Invalid), 1);
    QCOMPARE(rowsWith(BulkOutcome::Skipped), 1);
    for (const BulkOutcome outcome : {BulkOutcome::Confirmed, BulkOutcome::AlreadyConfirmed, BulkOutcome::Invalid,
             BulkOutcome::Failed, BulkOutcome::Skipped}) {
        auto* label = window->findChild<QLabel*>(BulkOutcomes::key(outcome) + QStringLiteral("CountLabel"));
        QVERIFY2(label, qPrintable(BulkOutcomes::key(outcome)));
        QVERIFY(label->isVisible());
        QCOMPARE(label->accessibleName(),
            BulkAttestationWindow::tr("%1: %2").arg(
                BulkOutcomes::displayName(outcome), QLocale().toString(rowsWith(outcome))));
    }
    // "Valid" is a dry run's count.
    QVERIFY(
        window->findChild<QLabel*>(BulkOutcomes::key(BulkOutcome::Valid) + QStringLiteral("CountLabel"))->isHidden());
}

void TestBulkWindow::cancelThenReopenResumesFromTheJournal()
{
    QList<Line> lines;
    QStringList customers;
    for (int i = 0; i < 8; ++i) {
        customers << nextCustomer();
        lines.append({customers.last(), QStringLiteral("Row"), QStringLiteral("Number"),
            QStringLiteral("row%1.%2@contoso.com").arg(i).arg(m_unique), {}, daysFromToday(-1)});
    }
    const QString path = writeCsv(QStringLiteral("resume.csv"), lines);
    auto window = openWindow(m_admin.get());
    QVERIFY(window);
    QVERIFY(importAndCheck(window.get(), path));
    QCOMPARE(window->runner()->progress().count(BulkOutcome::Valid), 8);

    // Slow and one at a time, so there is a middle to cancel in.
    window->findChild<QSpinBox*>(QStringLiteral("concurrencySpinBox"))->setValue(1);
    window->findChild<QSpinBox*>(QStringLiteral("rateSpinBox"))->setValue(120);
    Dialogs::setNextAnswer(QMessageBox::Yes);
    window->findChild<QPushButton*>(QStringLiteral("confirmButton"))->click();
    QCOMPARE(window->phase(), BulkAttestationWindow::Phase::Running);
    QVERIFY(window->findChild<QSpinBox*>(QStringLiteral("rateSpinBox"))->isHidden()
        || !window->findChild<QSpinBox*>(QStringLiteral("rateSpinBox"))->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(window->runner()->progress().count(BulkOutcome::Confirmed) >= 1, runTimeout);

    // Pause and resume.
    auto* pause = window->findChild<QPushButton*>(QStringLiteral("pauseButton"));
    QVERIFY(pause->isVisible());
    pause->click();
    QCOMPARE(window->runner()->state(), BulkAttestationRunner::State::Paused);
    pause->click();
    QCOMPARE(window->runner()->state(), BulkAttestationRunner::State::Running);

    // Closing asks; "No" keeps the run going and the window open.
    Dialogs::setNextAnswer(QMessageBox::No);
    QVERIFY(!window->close());
    QVERIFY(window->isVisible());
    QCOMPARE(window->phase(), BulkAttestationWindow::Phase::Running);

    window->findChild<QPushButton*>(QStringLiteral("cancelRunButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(window->phase(), BulkAttestationWindow::Phase::Finished, runTimeout);
    const BulkProgress canceled = window->runner()->progress();
    const int firstRun = canceled.count(BulkOutcome::Confirmed);
    QVERIFY(firstRun >= 1);
    QVERIFY2(canceled.count(BulkOutcome::Skipped) >= 1, "the run ended before it could be canceled");
    QCOMPARE(firstRun + canceled.count(BulkOutcome::Skipped), 8);
    for (const BulkRowResult& result : window->rowsModel()->results()) {
        if (result.outcome == BulkOutcome::Skipped)
            QCOMPARE(result.code, QString(BulkCodes::Canceled));
    }
    // The button now continues with the rest.
    QVERIFY(window->findChild<QPushButton*>(QStringLiteral("confirmButton"))->isEnabled());

    // As after a crash: a new window, the same file.
    window.reset();
    window = openWindow(m_admin.get());
    QVERIFY(importAndCheck(window.get(), path));
    auto* note = window->findChild<FieldMessage*>(QStringLiteral("fileMessage"));
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(QLocale().toString(firstRun)));
    // The rows confirmed before are found on the server; the others are still to send.
    QCOMPARE(window->runner()->progress().count(BulkOutcome::AlreadyConfirmed), firstRun);
    QCOMPARE(window->runner()->progress().count(BulkOutcome::Valid), 8 - firstRun);
    Dialogs::setNextAnswer(QMessageBox::Yes);
    window->findChild<QPushButton*>(QStringLiteral("confirmButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(window->phase(), BulkAttestationWindow::Phase::Finished, runTimeout);
    // The journal's rows stay as they were; every row ends confirmed, each exactly once.
    QCOMPARE(window->runner()->progress().count(BulkOutcome::Confirmed), 8);
    for (int i = 0; i < lines.size(); ++i) {
        int matches = 0;
        for (const Agreement& agreement : Test::serverAgreements(*m_sandbox, lines.at(i).customerId))
            matches += agreement.primaryContact.email == lines.at(i).email ? 1 : 0;
        QCOMPARE(matches, 1);
    }
    const QList<EvidenceRecord> records = bulkEvidence(m_admin.get(), customers);
    QCOMPARE(records.size(), 8);
    QSet<QString> recorded;
    for (const EvidenceRecord& record : records)
        recorded.insert(record.customerId);
    QCOMPARE(recorded.size(), 8);
}

void TestBulkWindow::resellerPreparesHandOffFile()
{
    std::unique_ptr<Workspace> reseller = m_sandbox->createWorkspace(Role::AdminAgent, PartnerType::IndirectReseller);
    QVERIFY(reseller);
    QList<Flag> flags;
    QStringList valid;
    const QList<Line> lines = mixedLines(&flags, &valid);
    const QString path = writeCsv(QStringLiteral("reseller.csv"), lines);
    auto window = openWindow(reseller.get());
    QVERIFY(window);
    QVERIFY(window->isHandOffMode());
    auto* banner = window->findChild<FieldMessage*>(QStringLiteral("handOffBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QLatin1String("partnerdesk-cli bulk attest")));
    auto* confirm = window->findChild<QPushButton*>(QStringLiteral("confirmButton"));
    auto* handOff = window->findChild<QPushButton*>(QStringLiteral("saveHandOffButton"));
    QVERIFY(confirm->isHidden());
    QVERIFY(!handOff->isEnabled());

    const int agreementsBefore = Test::sandboxStat(*m_sandbox, "agreements");
    QVERIFY(importAndCheck(window.get(), path));
    QCOMPARE(window->runner()->progress().count(BulkOutcome::Valid), 2);
    QVERIFY(confirm->isHidden());
    QVERIFY(!confirm->isEnabled());
    QVERIFY(handOff->isVisible());
    QVERIFY(handOff->isEnabled());

    const QString handOffPath = m_directory.filePath(QStringLiteral("for-provider.csv"));
    Dialogs::setNextFileName(handOffPath);
    handOff->click();
    QCOMPARE(Test::sandboxStat(*m_sandbox, "agreements"), agreementsBefore);

    // The provider's input: only the rows that passed, as written.
    const BulkInputResult read = BulkInputReader::readFile(handOffPath);
    QVERIFY(read.ok());
    QCOMPARE(read.input.rows.size(), 2);
    for (const auto& [back, original] : {std::pair{0, 0}, std::pair{1, 7}}) {
        const BulkRow& row = read.input.rows.at(back);
        QCOMPARE(row.customerId, lines.at(original).customerId);
        QCOMPARE(row.firstName, lines.at(original).firstName);
        QCOMPARE(row.lastName, lines.at(original).lastName);
        QCOMPARE(row.email, lines.at(original).email);
        QCOMPARE(row.dateAgreed, lines.at(original).date);
    }
    // Spreadsheet-safe: "-Hopper" is written guarded, and the formula row is not there at all.
    const CsvReadResult raw = CsvReader().readFile(handOffPath);
    QVERIFY(raw.ok());
    QCOMPARE(raw.document.records.constFirst().fields, BulkHandOffFile::columns());
    QCOMPARE(raw.document.records.at(2).fields.at(BulkHandOffFile::columns().indexOf(QStringLiteral("lastName"))),
        QStringLiteral("'-Hopper"));
    // The rest, with their problems, beside it.
    const CsvReadResult problems = CsvReader().readFile(BulkHandOffFile::problemsPath(handOffPath));
    QVERIFY(problems.ok());
    QCOMPARE(problems.document.records.size(), 7);
    const QStringList columns = problems.document.records.constFirst().fields;
    for (int i = 1; i < problems.document.records.size(); ++i) {
        const QString outcome = problems.document.records.at(i).fields.at(columns.indexOf(QStringLiteral("outcome")));
        QVERIFY(outcome == QLatin1String("invalid") || outcome == QLatin1String("skipped"));
        if (outcome == QLatin1String("invalid"))
            QVERIFY(!problems.document.records.at(i).fields.at(columns.indexOf(QStringLiteral("code"))).isEmpty());
    }
    QCOMPARE(problems.document.records.at(6).fields.at(columns.indexOf(QStringLiteral("firstName"))),
        QStringLiteral("'=cmd|' /C calc'!A0"));
}

void TestBulkWindow::helpdeskOnlyChecks()
{
    std::unique_ptr<Workspace> helpdesk = m_sandbox->createWorkspace(Role::HelpdeskAgent, PartnerType::DirectBill);
    QVERIFY(helpdesk);
    auto window = openWindow(helpdesk.get());
    QVERIFY(window);
    QVERIFY(window->isHandOffMode());
    QVERIFY(window->findChild<FieldMessage*>(QStringLiteral("handOffBanner"))->isVisible());
    QVERIFY(window->findChild<QPushButton*>(QStringLiteral("confirmButton"))->isHidden());
    QVERIFY(window->findChild<QPushButton*>(QStringLiteral("saveHandOffButton"))->isVisible());
    // Escape closes an idle window.
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_Escape);
    QVERIFY(!window->isVisible());
}

void TestBulkWindow::openedFromMainWindowAndCustomerPage()
{
    // The main window: one window, brought back on the second request.
    {
        MainWindow main(m_admin.get());
        main.show();
        auto* action = main.findChild<QAction*>(QStringLiteral("bulkAttestationAction"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        action->trigger();
        QList<BulkAttestationWindow*> windows = main.findChildren<BulkAttestationWindow*>();
        QCOMPARE(windows.size(), 1);
        QVERIFY(windows.constFirst()->isVisible());
        windows.constFirst()->close();
        main.openBulkAttestation();
        QCOMPARE(main.findChildren<BulkAttestationWindow*>().size(), 1);
        QVERIFY(windows.constFirst()->isVisible());
    }
    // A reseller's customer page leads there.
    std::unique_ptr<Workspace> reseller = m_sandbox->createWorkspace(Role::AdminAgent, PartnerType::IndirectReseller);
    RecordingNavigator navigator;
    CustomerPage page(reseller.get(), &navigator, m_customers.constLast());
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), runTimeout);
    auto* button = page.findChild<QPushButton*>(QStringLiteral("prepareHandOffButton"));
    QVERIFY(button);
    QTRY_VERIFY(button->isVisible());
    button->click();
    QCOMPARE(navigator.bulkAttestationCount, 1);
    // An admin agent of a direct-bill partner confirms itself: no such button.
    CustomerPage adminPage(m_admin.get(), &navigator, m_customers.constLast());
    adminPage.show();
    QTRY_VERIFY_WITH_TIMEOUT(!adminPage.isLoading(), runTimeout);
    QVERIFY(adminPage.findChild<QPushButton*>(QStringLiteral("prepareHandOffButton"))->isHidden());
}

void TestBulkWindow::hundredThousandRowsStayResponsive()
{
    // The model and the filter under a view, as in the window: one reset, then a dataChanged
    // per finished row. Timings are printed, not asserted.
    constexpr int count = 100000;
    QList<BulkRow> rows(count);
    for (int i = 0; i < count; ++i) {
        rows[i].index = i;
        rows[i].line = i + 2;
        rows[i].customerId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        rows[i].firstName = QStringLiteral("First");
        rows[i].lastName = QStringLiteral("Last");
        rows[i].email = QStringLiteral("row%1@contoso.com").arg(i);
        rows[i].dateAgreed = QStringLiteral("2025-01-01");
    }
    BulkRowsModel model;
    BulkRowsFilterModel filter;
    filter.setSourceModel(&model);
    QTableView view;
    view.setModel(&filter);
    view.setSortingEnabled(true);
    view.sortByColumn(BulkRowsModel::LineColumn, Qt::AscendingOrder);
    view.resize(900, 600);
    view.show();
    QElapsedTimer timer;
    timer.start();
    model.setRows(rows);
    const qint64 resetMs = timer.restart();
    filter.setFilter(BulkRowsFilterModel::Mode::Problems);
    int resetCount = 0;
    connect(&model, &QAbstractItemModel::modelReset, this, [&resetCount] { ++resetCount; });
    for (int i = 0; i < count; ++i) {
        BulkRowResult result;
        result.outcome = i % 10 == 0 ? BulkOutcome::Invalid : BulkOutcome::Valid;
        if (result.outcome == BulkOutcome::Invalid)
            result.problems.append({BulkColumn::Email, QStringLiteral("emailMissingAt"), QStringLiteral("x")});
        model.setResult(i, result);
    }
    const qint64 updateMs = timer.restart();
    QCoreApplication::processEvents();
    const qint64 paintMs = timer.elapsed();
    qInfo("100,000 rows: reset %lld ms, 100,000 row updates through the filter %lld ms, then events %lld ms", resetMs,
        updateMs, paintMs);
    QCOMPARE(resetCount, 0);
    QCOMPARE(filter.rowCount(), count / 10);
    QCOMPARE(filter.index(0, BulkRowsModel::LineColumn).data(BulkRowsModel::SortRole).toLongLong(), 2);
}

QTEST_MAIN(TestBulkWindow)
void TestBulkWindow::noRateCapOnTheSandboxOnly()
{
    // The embedded sandbox never throttles: no cap by default, and the check gets none.
    BulkAttestationWindow window(m_admin.get());
    auto* rate = window.findChild<QSpinBox*>(QStringLiteral("rateSpinBox"));
    QCOMPARE(rate->value(), 0);
    QCOMPARE(rate->text(), QStringLiteral("No cap"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString customer = nextCustomer();
    const QString path = writeCsv(QStringLiteral("no-cap.csv"),
        {Line{customer, QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("ada@contoso.com"), {},
            daysFromToday(-1)}});
    QVERIFY(importAndCheck(&window, path));
    auto* check = window.findChild<BulkAttestationRunner*>();
    QVERIFY(check);
    QCOMPARE(check->options().requestsPerMinute, 0);
    QCOMPARE(check->progress().count(BulkOutcome::Valid), 1);

    // Partner Center always has one: the default, never below one a minute.
    Workspace partnerCenter(m_sandbox->network(), Workspace::Connection::PartnerCenter, m_sandbox->baseUrl(),
        m_sandbox->baseUrl(), QStringLiteral("organizations"), QStringLiteral("04b07795-8ddb-461a-bbee-02f9e1bf7b46"));
    BulkAttestationWindow capped(&partnerCenter);
    auto* cappedRate = capped.findChild<QSpinBox*>(QStringLiteral("rateSpinBox"));
    QCOMPARE(cappedRate->value(), BulkRunOptions::defaultRequestsPerMinute);
    QCOMPARE(cappedRate->minimum(), 1);
    QVERIFY(cappedRate->specialValueText().isEmpty());
}

#include "TestBulkWindow.moc"
