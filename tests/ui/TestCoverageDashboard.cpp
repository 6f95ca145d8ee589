// The coverage dashboard against the in-process sandbox: its numbers, chart and tables equal
// the sandbox's own counts (GET /sandbox/coverage), a needs-attention row opens its customer,
// and the exported CSV and PDF files read back right.
#include "AccountTestSupport.h"
#include "FixedClock.h"
#include "SandboxFixture.h"
#include "TestEnvironment.h"
#include "customers/StatusPresentation.h"
#include "dashboard/AttentionListModel.h"
#include "dashboard/CountryCoverageModel.h"
#include "dashboard/CoverageDashboard.h"
#include "dashboard/CoveragePdf.h"
#include "flows/Workspace.h"
#include "util/CsvReader.h"
#include "util/Settings.h"
#include "widgets/Dialogs.h"
#include "widgets/FieldMessage.h"
#include "widgets/LocaleText.h"

#include <QChartView>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLegend>
#include <QPieSeries>
#include <QPieSlice>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace PartnerDesk;
using namespace PartnerDesk::Test;

namespace {
// A translation that puts the percent sign after a space, as French does.
class SpacedPercentTranslator : public QTranslator
{
public:
    QString translate(const char* context, const char* sourceText, const char* disambiguation, int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (QLatin1String(context) == QLatin1String("PartnerDesk::LocaleText")
            && QLatin1String(sourceText) == QLatin1String("%1%"))
            return QStringLiteral("%1\u00a0%");
        return {};
    }
    bool isEmpty() const override { return false; }
};

constexpr int scanTimeout = 120000;
constexpr int seededCustomers = 200;
const McaStatus knownStatuses[] = {McaStatus::ConfirmedByPartner, McaStatus::AcceptedDirectly, McaStatus::NotConfirmed};
} // namespace

class TestCoverageDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void numbersMatchTheSandbox();
    void countryTableSorts();
    void percentagesFollowTheLanguage();
    void enterOpensTheCustomer();
    void csvExportReadsBack();
    void pdfExportReadsBack();
    void escapeCancelsThenCloses();

private:
    QJsonObject truth() { return m_sandbox->sandboxJson(QStringLiteral("/sandbox/coverage")).toObject(); }

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<Workspace> m_workspace;
    RecordingNavigator m_navigator;
    std::unique_ptr<CoverageDashboard> m_dashboard;
    QTemporaryDir m_directory;
};

void TestCoverageDashboard::initTestCase()
{
    Test::isolateEnvironment();
    SandboxFixture::Options options;
    options.seedCustomers = seededCustomers;
    m_sandbox = std::make_unique<SandboxFixture>(options);
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->startError()));
    m_workspace = m_sandbox->createWorkspace(Role::HelpdeskAgent, PartnerType::DirectBill);
    QVERIFY(m_workspace);

    m_dashboard = std::make_unique<CoverageDashboard>(m_workspace.get(), &m_navigator);
    m_dashboard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dashboard.get()));
    auto* exportCsv = m_dashboard->findChild<QPushButton*>(QStringLiteral("exportCsvButton"));
    QVERIFY(exportCsv);
    QVERIFY(!exportCsv->isEnabled()); // nothing to export before a scan

    QSignalSpy finished(m_dashboard.get(), &CoverageDashboard::scanFinished);
    auto* scan = m_dashboard->findChild<QPushButton*>(QStringLiteral("scanButton"));
    QVERIFY(scan);
    QTest::mouseClick(scan, Qt::LeftButton);
    QVERIFY(m_dashboard->isScanning());
    QVERIFY(m_dashboard->findChild<QPushButton*>(QStringLiteral("cancelScanButton"))->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, scanTimeout);
    QVERIFY(exportCsv->isEnabled());
    QVERIFY(!m_dashboard->findChild<QLabel*>(QStringLiteral("lastScannedLabel"))->text().isEmpty());
}

void TestCoverageDashboard::numbersMatchTheSandbox()
{
    const QJsonObject sandbox = truth();
    const CoverageReport& report = m_dashboard->report();
    QCOMPARE(report.totals().total(), seededCustomers);
    QCOMPARE(report.totals().count(McaStatus::Unknown), 0);
    for (McaStatus status : knownStatuses)
        QCOMPARE(report.totals().count(status), sandbox.value(mcaStatusToKey(status)).toInt(-1));

    // The labels.
    for (McaStatus status : StatusCounts::statuses) {
        auto* label = m_dashboard->findChild<QLabel*>(mcaStatusToKey(status) + QStringLiteral("CountLabel"));
        QVERIFY(label);
        QCOMPARE(label->text(), CoveragePdf::countText(report.totals(), status));
        QVERIFY(label->text().startsWith(QString::number(report.totals().count(status)) + QLatin1Char(' ')));
    }
    QCOMPARE(
        m_dashboard->findChild<QLabel*>(QStringLiteral("totalCountLabel"))->text(), QString::number(seededCustomers));

    // The chart: one slice per status, its value the count.
    QPieSeries* series = m_dashboard->series();
    QCOMPARE(series->count(), 4);
    double sum = 0;
    for (int i = 0; i < series->count(); ++i) {
        const McaStatus status = StatusCounts::statuses.at(static_cast<std::size_t>(i));
        QPieSlice* slice = series->slices().at(i);
        QCOMPARE(qRound(slice->value()), report.totals().count(status));
        QVERIFY(slice->label().contains(StatusPresentation::text(status)));
        QVERIFY(slice->label().contains(QString::number(report.totals().count(status))));
        QCOMPARE(slice->color(), StatusPresentation::color(status));
        sum += slice->value();
    }
    QCOMPARE(qRound(sum), seededCustomers);

    // By country, against the sandbox's counts per country.
    const QJsonObject byCountry = sandbox.value(QLatin1String("byCountry")).toObject();
    CountryCoverageModel* countries = m_dashboard->countryModel();
    QCOMPARE(countries->rowCount(), byCountry.size());
    const QList<std::pair<CountryCoverageModel::Column, McaStatus>> columns{
        {CountryCoverageModel::ConfirmedColumn, McaStatus::ConfirmedByPartner},
        {CountryCoverageModel::AcceptedColumn, McaStatus::AcceptedDirectly},
        {CountryCoverageModel::NotConfirmedColumn, McaStatus::NotConfirmed},
    };
    for (int row = 0; row < countries->rowCount(); ++row) {
        const QString code = countries->index(row, 0).data(CountryCoverageModel::CountryCodeRole).toString();
        QVERIFY2(byCountry.contains(code), qPrintable(code));
        const QJsonObject expected = byCountry.value(code).toObject();
        int total = 0;
        for (const auto& [column, status] : columns) {
            const int shown = countries->index(row, column).data(CountryCoverageModel::SortRole).toInt();
            QCOMPARE(shown, expected.value(mcaStatusToKey(status)).toInt(-1));
            total += shown;
        }
        QCOMPARE(countries->index(row, CountryCoverageModel::TotalColumn).data(CountryCoverageModel::SortRole).toInt(),
            total);
        QCOMPARE(countries->index(row, CountryCoverageModel::CountryColumn).data().toString(),
            CountryCoverageModel::countryName(code));
    }

    // Needs attention: every not confirmed customer, those with purchases first.
    AttentionListModel* attention = m_dashboard->attentionModel();
    QCOMPARE(attention->rowCount(), report.totals().count(McaStatus::NotConfirmed));
    const int withPurchases
        = sandbox.value(QLatin1String("withSubscriptions")).toObject().value(QLatin1String("notConfirmed")).toInt(-1);
    QVERIFY(withPurchases > 0);
    for (int row = 0; row < attention->rowCount(); ++row)
        QCOMPARE(attention->rowAt(row).hasPurchases.value_or(false), row < withPurchases);
}

void TestCoverageDashboard::countryTableSorts()
{
    auto* view = m_dashboard->findChild<QTableView*>(QStringLiteral("countryTableView"));
    QVERIFY(view);
    QAbstractItemModel* model = view->model();
    view->sortByColumn(CountryCoverageModel::TotalColumn, Qt::DescendingOrder);
    for (int row = 1; row < model->rowCount(); ++row) {
        QVERIFY(model->index(row - 1, CountryCoverageModel::TotalColumn).data(CountryCoverageModel::SortRole).toInt()
            >= model->index(row, CountryCoverageModel::TotalColumn).data(CountryCoverageModel::SortRole).toInt());
    }
    view->sortByColumn(CountryCoverageModel::CountryColumn, Qt::AscendingOrder);
    for (int row = 1; row < model->rowCount(); ++row) {
        QVERIFY(QString::localeAwareCompare(
                    model->index(row - 1, 0).data().toString(), model->index(row, 0).data().toString())
            <= 0);
    }
    // The columns fit at the window's size: the numbers as wide as they and their titles need,
    // the country name stretches; no title is cut and nothing scrolls sideways.
    QHeaderView* header = view->horizontalHeader();
    QCOMPARE(header->sectionResizeMode(CountryCoverageModel::CountryColumn), QHeaderView::Stretch);
    for (int column = 0; column < CountryCoverageModel::ColumnCount; ++column)
        QVERIFY(view->columnWidth(column) >= header->sectionSizeHint(column));
    QTRY_VERIFY(!view->horizontalScrollBar()->isVisible());

    // The legend beside the pie shows whole labels (Qt Charts would cut them at 40 % of the width).
    auto* chartView = m_dashboard->findChild<QChartView*>(QStringLiteral("statusChartView"));
    QVERIFY(chartView);
    QLegend* legend = chartView->chart()->legend();
    QVERIFY(!legend->isAttachedToChart());
    QVERIFY(legend->geometry().width() >= legend->effectiveSizeHint(Qt::PreferredSize).width() - 0.5
        || legend->geometry().width() >= chartView->chart()->rect().width() * 0.6 - 1);
}

void TestCoverageDashboard::percentagesFollowTheLanguage()
{
    // One translatable pattern places the sign; the number comes from the locale.
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    SpacedPercentTranslator translator;
    QCoreApplication::installTranslator(&translator);
    const QString percent = LocaleText::percent(41.5, 1);
    auto* view = m_dashboard->findChild<QTableView*>(QStringLiteral("countryTableView"));
    QVERIFY(view);
    const QString covered = view->model()->index(0, CountryCoverageModel::CoveredColumn).data().toString();
    QCoreApplication::removeTranslator(&translator);
    QLocale::setDefault(saved);
    QCOMPARE(percent, QStringLiteral("41,5\u00a0%"));
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d+\u00a0%$")).match(covered).hasMatch(), qPrintable(covered));
    QCOMPARE(LocaleText::percent(41.5, 1), QStringLiteral("41.5%"));

    // Sentences: a space between them, none in Japanese or Chinese.
    QCOMPARE(LocaleText::joinSentences({QStringLiteral("One."), QStringLiteral("Two.")}), QStringLiteral("One. Two."));
    QVERIFY(LocaleText::joinsSentencesWithoutSpace(QLocale(QLocale::Japanese)));
    QVERIFY(LocaleText::joinsSentencesWithoutSpace(QLocale(QLocale::Chinese, QLocale::Taiwan)));
    QVERIFY(!LocaleText::joinsSentencesWithoutSpace(QLocale(QLocale::Arabic)));
    QLocale::setDefault(QLocale(QLocale::Japanese));
    const QString joined = LocaleText::joinSentences({QStringLiteral("一。"), QStringLiteral("二。")});
    QLocale::setDefault(saved);
    QCOMPARE(joined, QStringLiteral("一。二。"));
}

void TestCoverageDashboard::enterOpensTheCustomer()
{
    auto* view = m_dashboard->findChild<QTableView*>(QStringLiteral("attentionTableView"));
    QVERIFY(view);
    QVERIFY(view->model()->rowCount() > 3);
    m_navigator.opened.clear();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(2, 0));
    const QString expected = view->model()->index(2, 0).data(AttentionListModel::CustomerIdRole).toString();
    QCOMPARE(expected, m_dashboard->report().needsAttention().at(2).customer.customerId);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(m_navigator.opened, QStringList{expected});

    // Arrow down and Enter open the next one; double-click opens too.
    QTest::keyClick(view, Qt::Key_Down);
    QTest::keyClick(view, Qt::Key_Enter);
    QCOMPARE(m_navigator.opened.size(), 2);
    QCOMPARE(m_navigator.opened.at(1), m_dashboard->report().needsAttention().at(3).customer.customerId);
    const QRect cell = view->visualRect(view->model()->index(0, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(m_navigator.opened.size(), 3);
    QCOMPARE(m_navigator.opened.at(2), m_dashboard->report().needsAttention().at(0).customer.customerId);
}

void TestCoverageDashboard::csvExportReadsBack()
{
    const QString path = m_directory.filePath(QStringLiteral("status.csv"));
    Dialogs::setNextFileName(path);
    QTest::mouseClick(m_dashboard->findChild<QPushButton*>(QStringLiteral("exportCsvButton")), Qt::LeftButton);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const CsvReadResult read = CsvReader().read(&file);
    QVERIFY(read.ok());
    QVERIFY(read.document.hadByteOrderMark);
    const QList<CsvRecord>& records = read.document.records;
    QCOMPARE(records.size(), seededCustomers + 1);
    const QStringList header = records.at(0).fields;
    const int idColumn = static_cast<int>(header.indexOf(QStringLiteral("customerId")));
    const int statusColumn = static_cast<int>(header.indexOf(QStringLiteral("mcaStatus")));
    const int countryColumn = static_cast<int>(header.indexOf(QStringLiteral("country")));
    QVERIFY(idColumn >= 0 && statusColumn >= 0 && countryColumn >= 0);

    QHash<QString, const CoverageRow*> expected;
    for (const CoverageRow& row : m_dashboard->report().rows())
        expected.insert(row.customer.customerId, &row);
    QSet<QString> seen;
    QHash<QString, int> counts;
    for (qsizetype i = 1; i < records.size(); ++i) {
        const QStringList& fields = records.at(i).fields;
        QCOMPARE(fields.size(), header.size());
        const QString id = fields.at(idColumn);
        QVERIFY2(!seen.contains(id), qPrintable(id));
        seen.insert(id);
        QVERIFY2(expected.contains(id), qPrintable(id));
        QCOMPARE(fields.at(statusColumn), mcaStatusToKey(expected.value(id)->customer.status));
        QCOMPARE(fields.at(countryColumn), expected.value(id)->customer.country);
        ++counts[fields.at(statusColumn)];
    }
    QCOMPARE(seen.size(), seededCustomers);
    // The file's own counts equal the sandbox's.
    const QJsonObject sandbox = truth();
    for (McaStatus status : knownStatuses)
        QCOMPARE(counts.value(mcaStatusToKey(status)), sandbox.value(mcaStatusToKey(status)).toInt(-1));
    QVERIFY(m_dashboard->findChild<FieldMessage*>(QStringLiteral("dashboardMessageLabel"))->hasMessage());
}

void TestCoverageDashboard::pdfExportReadsBack()
{
    const QString partner = QStringLiteral("Anadolu Bulut Çözümleri A.Ş.");
    Settings::setValue(Settings::Key::PartnerName, partner);
    const FixedClock clock = FixedClock::at(2026, 3, 1, 14, 30, "Europe/Istanbul");
    const ScopedClock scopedClock(&clock);

    const QString path = m_directory.filePath(QStringLiteral("coverage.pdf"));
    Dialogs::setNextFileName(path);
    QTest::mouseClick(m_dashboard->findChild<QPushButton*>(QStringLiteral("exportPdfButton")), Qt::LeftButton);
    Settings::reset(Settings::Key::PartnerName);
    // Kept for a look, when screenshots are asked for (see README).
    const QString keep = qEnvironmentVariable("PARTNERDESK_SCREENSHOT_DIR");
    if (!keep.isEmpty()) {
        QFile::remove(QDir(keep).filePath(QStringLiteral("coverage-report.pdf")));
        QFile::copy(path, QDir(keep).filePath(QStringLiteral("coverage-report.pdf")));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5).startsWith("%PDF-"));
    QVERIFY(file.size() > 10000); // the chart is in it

    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: the PDF's text is not checked.");
    QProcess process;
    process.start(pdftotext,
        {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    // NFKC: pdftotext writes the ligatures of the font ("ﬁ") as they are.
    const QString text = QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    QVERIFY2(text.contains(partner), qPrintable(text.left(2000)));
    QVERIFY(text.contains(CoveragePdf::dateTimeText(clock.nowUtc())));
    QVERIFY(text.contains(QStringLiteral("1 March 2026")));
    const StatusCounts& totals = m_dashboard->report().totals();
    for (McaStatus status : StatusCounts::statuses) {
        // "Confirmed by partner   80   40.0%": the status, its count and its share on one line.
        const QRegularExpression line(QRegularExpression::escape(StatusPresentation::text(status))
            + QStringLiteral("\\s+%1\\s+%2%").arg(totals.count(status)).arg(totals.percent(status), 0, 'f', 1));
        QVERIFY2(line.match(text).hasMatch(), qPrintable(StatusPresentation::text(status)));
    }
    // The table by country: one line per country, its name then every count and the share
    // covered, as the dashboard's table has them; together every customer.
    QVERIFY(text.contains(QStringLiteral("By country")));
    CountryCoverageModel countries;
    countries.setCounts(m_dashboard->report().byCountry());
    QVERIFY(countries.rowCount() >= 2);
    int customersByCountry = 0;
    for (int row = 0; row < countries.rowCount(); ++row) {
        const QString name = countries.index(row, CountryCoverageModel::CountryColumn).data().toString();
        QStringList cells;
        for (int column = CountryCoverageModel::TotalColumn; column < CountryCoverageModel::ColumnCount; ++column)
            cells << QRegularExpression::escape(countries.index(row, column).data().toString());
        // A long name may wrap in its cell: its first word starts the line of numbers.
        const QRegularExpression countryLine(QStringLiteral("^\\s*")
                + QRegularExpression::escape(name.section(u' ', 0, 0)) + QStringLiteral("[^\\n]*?\\s")
                + cells.join(QStringLiteral("\\s+")) + QStringLiteral("\\s*$"),
            QRegularExpression::MultilineOption);
        QVERIFY2(countryLine.match(text).hasMatch(), qPrintable(name + QLatin1Char(' ') + cells.join(u' ')));
        customersByCountry
            += countries.index(row, CountryCoverageModel::TotalColumn).data(CountryCoverageModel::SortRole).toInt();
    }
    QCOMPARE(customersByCountry, seededCustomers);

    // Every customer that needs attention has its row: status and purchases on its first line.
    const QList<CoverageRow> attention = m_dashboard->report().needsAttention();
    QVERIFY(text.contains(QStringLiteral("(%1)").arg(attention.size())));
    CoverageRow sample;
    sample.customer.status = McaStatus::NotConfirmed;
    sample.hasPurchases = true;
    const QString yes = AttentionListModel::purchasesText(sample);
    sample.hasPurchases = false;
    const QString no = AttentionListModel::purchasesText(sample);
    const QRegularExpression attentionRow(QRegularExpression::escape(StatusPresentation::text(McaStatus::NotConfirmed))
            + QStringLiteral("\\s+(%1|%2)\\s*$").arg(QRegularExpression::escape(yes), QRegularExpression::escape(no)),
        QRegularExpression::MultilineOption);
    int rows = 0;
    int withPurchases = 0;
    for (auto it = attentionRow.globalMatch(text); it.hasNext();) {
        ++rows;
        if (it.next().captured(1) == yes)
            ++withPurchases;
    }
    QCOMPARE(rows, attention.size());
    QCOMPARE(withPurchases, m_dashboard->report().totals().notConfirmedWithPurchases());
}

void TestCoverageDashboard::escapeCancelsThenCloses()
{
    auto* scan = m_dashboard->findChild<QPushButton*>(QStringLiteral("scanButton"));
    QTest::mouseClick(scan, Qt::LeftButton);
    QVERIFY(m_dashboard->isScanning());
    QTest::keyClick(m_dashboard.get(), Qt::Key_Escape);
    QVERIFY(!m_dashboard->isScanning());
    QVERIFY(m_dashboard->isVisible());
    // The last complete scan stays, and stays exportable.
    QCOMPARE(m_dashboard->report().totals().total(), seededCustomers);
    QVERIFY(m_dashboard->findChild<QPushButton*>(QStringLiteral("exportCsvButton"))->isEnabled());
    QTest::keyClick(m_dashboard.get(), Qt::Key_Escape);
    QVERIFY(!m_dashboard->isVisible());
}

QTEST_MAIN(TestCoverageDashboard)
#include "TestCoverageDashboard.moc"
