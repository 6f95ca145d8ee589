// The security checks of issue 8 that no other suite owns: what a crash leaves behind, contact
// data in logs, where the sandbox listens, file names made from data, text from the service
// shown in a terminal or a label, and answers from a hostile service.
// Elsewhere: tokens in logs, settings and data files during a full sign-in
// (TestSignInSession::noSecretInLogsOrSettings); the sandbox refusing every partner route
// without its token (TestSandboxServer::partnerApiNeedsIssuedToken); mailto: header injection
// (TestInvitation::mailto*); formula injection in each CSV writer (TestStatusExport,
// TestBulkAttestation, TestBulkHandOffFile and outputWriterNeutralisesFormulas below).
#include "Await.h"
#include "FakeNetworkAccessManager.h"
#include "LogCapture.h"
#include "SandboxFixture.h"
#include "TestEnvironment.h"
#include "api/PartnerCenterClient.h"
#include "auth/TokenSource.h"
#include "cli/OutputWriter.h"
#include "flows/AttestationChannel.h"
#include "flows/CustomerListLoader.h"
#include "flows/DocumentDownload.h"
#include "flows/Workspace.h"
#include "flows/invite/AgreementTemplateSource.h"
#include "util/CrashGuard.h"
#include "util/Paths.h"
#include "widgets/PlainTextPolicy.h"

#include "flows/CustomerListLoader.h"
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHelpEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <QTest>
#include <QToolTip>

#include <csignal>

using namespace PartnerDesk;
using namespace PartnerDesk::Test;
using Fake = FakeNetworkAccessManager;

namespace {

// A client against a fake service, with quick retries.
struct FakeService
{
    FakeNetworkAccessManager network;
    StaticTokenSource tokens{QStringLiteral("test-token")};
    PartnerCenterClient client{&network, QUrl(QStringLiteral("https://api.partnercenter.microsoft.com")), &tokens};

    FakeService()
    {
        RetryPolicy policy;
        policy.baseDelay = std::chrono::milliseconds(1);
        policy.maxDelay = std::chrono::milliseconds(2);
        policy.timeout = std::chrono::milliseconds(2000);
        policy.random = [] { return 0.5; };
        client.setRetryPolicy(policy);
    }
};

QByteArray customerJson(int index)
{
    return QStringLiteral(R"({"id":"c-%1","companyProfile":{"companyName":"Company %1","domain":"c%1.example"},)"
                          R"("billingProfile":{"defaultAddress":{"country":"TR"}}})")
        .arg(index)
        .toUtf8();
}

} // namespace

class TestSecurity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void crashLeavesNoSecretAndNoCoreDump();
    void contactDataIsMaskedInLogs();
    void sandboxListensOnLoopbackOnly();
    void sandboxRefusesCallsWithoutItsToken_data();
    void sandboxRefusesCallsWithoutItsToken();
    void fileNamesFromDataStayInTheFolder_data();
    void fileNamesFromDataStayInTheFolder();
    void downloadLandsInTheChosenFolder();
    void terminalOutputCannotCarryControlSequences();
    void outputWriterNeutralisesFormulas();
    void labelsAndToolTipsShowServiceTextAsPlainText();
    void hostileAnswersEndInWords_data();
    void hostileAnswersEndInWords();
    void endlessListingStops();
    void nextLinkIsOnlyReadWithGet();
    void listLoaderStopsWhereTheClientDoes();
};

void TestSecurity::initTestCase()
{
    Test::isolateEnvironment();
    LogCapture::start();
}

void TestSecurity::cleanupTestCase()
{
    LogCapture::stop();
}

void TestSecurity::crashLeavesNoSecretAndNoCoreDump()
{
    if (!CrashGuard::available())
        QSKIP("In this build (a sanitizer's, or not Linux) crashes are reported by other means.");
    // A service that takes the request and never answers: the CLI waits, holding the token.
    QTcpServer service;
    QVERIFY(service.listen(QHostAddress::LocalHost));
    QByteArray received;
    connect(&service, &QTcpServer::newConnection, this, [&] {
        QTcpSocket* socket = service.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, this, [&received, socket] { received += socket->readAll(); });
    });
    const QString secret
        = QStringLiteral("eyJhbGciOiJSUzI1NiJ9.eyJzZWNyZXQiOiJjcmFzaC10ZXN0In0.c2lnbmF0dXJlLXNlY3JldA");

    QTemporaryDir workDir;
    QProcess cli;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PARTNERDESK_TOKEN"), secret);
    environment.remove(QStringLiteral("PARTNERDESK_ALLOW_CORE_DUMPS"));
    cli.setProcessEnvironment(environment);
    cli.setWorkingDirectory(workDir.path());
    cli.start(Test::binaryDirectory() + QStringLiteral("/partnerdesk-cli"),
        {QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--api-base"),
            QStringLiteral("http://127.0.0.1:%1").arg(service.serverPort())});
    QVERIFY(cli.waitForStarted());
    // The token is in the process's memory: it was sent.
    QTRY_VERIFY_WITH_TIMEOUT(received.contains(secret.toLatin1()), 20000);

    // While it runs, no core dump can be written.
    QFile limits(QStringLiteral("/proc/%1/limits").arg(cli.processId()));
    QVERIFY(limits.open(QIODevice::ReadOnly));
    const QString coreLine = QString::fromLatin1(limits.readAll())
                                 .split(QLatin1Char('\n'))
                                 .filter(QStringLiteral("Max core file size"))
                                 .value(0);
    QVERIFY2(coreLine.simplified().startsWith(QLatin1String("Max core file size 0 0")), qPrintable(coreLine));

    ::kill(static_cast<pid_t>(cli.processId()), SIGSEGV);
    QVERIFY(cli.waitForFinished(20000));
    QCOMPARE(cli.exitStatus(), QProcess::CrashExit);
    const QByteArray output = cli.readAllStandardOutput() + cli.readAllStandardError();
    QVERIFY2(output.contains("partnerdesk-cli: stopped unexpectedly by SIGSEGV"), output.constData());
    QVERIFY(!output.contains(secret.toLatin1()));
    for (const QString& part : secret.split(QLatin1Char('.')))
        QVERIFY2(!output.contains(part.toLatin1()), "a part of the token is in the crash output");
    QVERIFY2(QDir(workDir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty(), "the crash left a file behind");
}

void TestSecurity::contactDataIsMaskedInLogs()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.isRunning());
    std::unique_ptr<Workspace> workspace = sandbox.createWorkspace(Role::AdminAgent, PartnerType::DirectBill);
    QVERIFY(workspace);
    QVERIFY(sandbox.signIn(Role::AdminAgent, PartnerType::DirectBill));
    const QStringList customers = sandbox.customerIds(2);
    QCOMPARE(customers.size(), 2);
    LogCapture::clear();

    // Names and an address found nowhere else in the sandbox.
    const Contact contact{QStringLiteral("Zephyrine"), QStringLiteral("Quillfeather"),
        QStringLiteral("zephyrine.quillfeather@fabrikam-logs.example"), QString()};
    const QDate yesterday = QDateTime::currentDateTimeUtc().date().addDays(-1);
    Await<AgreementConfirmation> confirmed;
    workspace->attestation()->attest(
        AttestationRequest{customers.at(0), contact, yesterday}, nullptr, confirmed.callback());
    QVERIFY(confirmed.wait() && confirmed.ok());
    // The paths that log most: every answer a 500, retries, the read after a lost answer.
    QString error;
    std::optional<Sandbox::FaultOptions> faults = Sandbox::FaultOptions::parseShares(QStringLiteral("500=100"), &error);
    QVERIFY2(faults, qPrintable(error));
    QVERIFY(sandbox.setFaults(*faults));
    Await<AgreementConfirmation> failed;
    workspace->attestation()->attest(
        AttestationRequest{customers.at(1), contact, yesterday}, nullptr, failed.callback());
    QVERIFY(failed.wait(60000));
    QVERIFY(!failed.ok());
    QVERIFY(sandbox.setFaults(Sandbox::FaultOptions()));

    const QString log = LogCapture::take();
    QVERIFY2(log.contains(QLatin1String("partnerdesk.")), "nothing was logged at all");
    for (const QString& value : {contact.firstName, contact.lastName, contact.email, QStringLiteral("quillfeather"),
             QStringLiteral("fabrikam-logs")})
        QVERIFY2(!log.contains(value, Qt::CaseInsensitive), qPrintable(QStringLiteral("%1 is in the log").arg(value)));
}

void TestSecurity::sandboxListensOnLoopbackOnly()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.isRunning());
    const int port = sandbox.baseUrl().port();
    QVERIFY(port > 0);
    // Every listening socket on the sandbox's port, from the kernel's own tables.
    QStringList listening;
    for (const QString& table : {QStringLiteral("/proc/net/tcp"), QStringLiteral("/proc/net/tcp6")}) {
        QFile file(table);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QStringList lines = QString::fromLatin1(file.readAll()).split(QLatin1Char('\n')).mid(1);
        for (const QString& line : lines) {
            const QStringList fields = line.simplified().split(QLatin1Char(' '));
            if (fields.size() < 4 || fields.at(3) != QLatin1String("0A")) // 0A: LISTEN
                continue;
            const QStringList local = fields.at(1).split(QLatin1Char(':'));
            if (local.value(1).toInt(nullptr, 16) == port)
                listening << local.value(0);
        }
    }
    QVERIFY2(!listening.isEmpty(), "the sandbox's socket was not found");
    for (const QString& address : std::as_const(listening)) {
        // 127.0.0.1 as /proc writes it; or ::1; never 0.0.0.0 / ::
        const bool loopback
            = address == QLatin1String("0100007F") || address == QLatin1String("00000000000000000000000001000000");
        QVERIFY2(loopback, qPrintable(QStringLiteral("the sandbox listens on %1").arg(address)));
    }
}

void TestSecurity::sandboxRefusesCallsWithoutItsToken_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("none") << QByteArray();
    QTest::newRow("not a bearer token") << QByteArray("Basic YWRtaW46YWRtaW4=");
    QTest::newRow("a token it did not issue")
        << QByteArray("Bearer eyJhbGciOiJub25lIn0.eyJyb2xlcyI6WyJBZG1pbkFnZW50Il19.");
}

void TestSecurity::sandboxRefusesCallsWithoutItsToken()
{
    QFETCH(QByteArray, authorization);
    SandboxFixture sandbox;
    QVERIFY(sandbox.isRunning());
    QVERIFY(sandbox.signIn(Role::AdminAgent, PartnerType::DirectBill));
    const QString customerId = sandbox.customerIds(1).value(0);
    QVERIFY(!customerId.isEmpty());
    for (const QString& path : {QStringLiteral("/v1/customers"), QStringLiteral("/v1/customers/%1").arg(customerId),
             QStringLiteral("/v1/customers/%1/agreements").arg(customerId)}) {
        QNetworkRequest request(sandbox.baseUrl().resolved(QUrl(path)));
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        QNetworkReply* reply = sandbox.network()->get(request);
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        QVERIFY(!reply->readAll().contains("companyProfile"));
        reply->deleteLater();
    }
}

void TestSecurity::fileNamesFromDataStayInTheFolder_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("parent folders") << QStringLiteral("../../.bashrc");
    QTest::newRow("absolute path") << QStringLiteral("/etc/cron.d/partnerdesk");
    QTest::newRow("Windows separators") << QStringLiteral("..\\..\\Startup\\run.bat");
    QTest::newRow("dots only") << QStringLiteral("..");
    QTest::newRow("empty") << QString();
    QTest::newRow("control characters") << QStringLiteral("a\nb\rc\td\x01.docx");
    QTest::newRow("Windows device") << QStringLiteral("CON.docx");
    QTest::newRow("right-to-left override") << QStringLiteral("invoice\u202Excod.exe");
    QTest::newRow("very long") << QString(5000, QLatin1Char('x'));
    QTest::newRow("trailing dots and spaces") << QStringLiteral("report. . .");
}

void TestSecurity::fileNamesFromDataStayInTheFolder()
{
    QFETCH(QString, name);
    QTemporaryDir folder;
    const QString safe = Paths::safeFileName(name);
    QVERIFY(!safe.isEmpty());
    QVERIFY(safe.size() <= 150);
    QVERIFY(!safe.contains(QLatin1Char('/')) && !safe.contains(QLatin1Char('\\')));
    QVERIFY(!safe.startsWith(QLatin1Char('.')));
    QVERIFY(!safe.contains(QChar(0x202E)));
    QVERIFY(!safe.startsWith(QLatin1String("CON."), Qt::CaseInsensitive));
    for (const QChar c : safe)
        QVERIFY2(c.unicode() >= 0x20, qPrintable(safe));
    const QString path = Paths::fileInFolder(folder.path(), name);
    QCOMPARE(QFileInfo(path).absolutePath(), QDir(folder.path()).absolutePath());

    // The agreement template's suggested name is built from the service's country and language.
    const QString suggested = AgreementTemplateSource::suggestedFileName(name, name);
    QCOMPARE(Paths::safeFileName(suggested), suggested);
    QCOMPARE(QFileInfo(QDir(folder.path()).filePath(suggested)).absolutePath(), QDir(folder.path()).absolutePath());
}

void TestSecurity::downloadLandsInTheChosenFolder()
{
    FakeNetworkAccessManager network;
    network.setHandler(Fake::json(200, "document"));
    QTemporaryDir parent;
    QVERIFY(QDir(parent.path()).mkdir(QStringLiteral("chosen")));
    const QString chosen = parent.path() + QStringLiteral("/chosen");
    DocumentDownload download(&network);
    QSignalSpy finished(&download, &DocumentDownload::finished);
    QVERIFY(download.start(
        QUrl(QStringLiteral("https://download.microsoft.com/mca.docx")), chosen, QStringLiteral("../escaped.docx")));
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(QFileInfo(download.filePath()).absolutePath(), QDir(chosen).absolutePath());
    QVERIFY(QFile::exists(download.filePath()));
    QVERIFY(!QFile::exists(parent.path() + QStringLiteral("/escaped.docx")));
}

void TestSecurity::terminalOutputCannotCarryControlSequences()
{
    // A company name that would retitle the terminal, clear it, and one that reads backwards.
    const QString hostile = QStringLiteral("Contoso\x1b]0;owned\x07\x1b[2J\u202Egnp.exe\r\nFake line");
    QString text;
    QTextStream out(&text);
    OutputWriter writer(out, OutputFormat::Table);
    writer.writeRecords({{QStringLiteral("companyName"), QStringLiteral("Company")}}, {{hostile}}, QJsonArray());
    writer.writeObject({{QStringLiteral("companyName"), QStringLiteral("Company")}}, {hostile}, QJsonObject());
    QVERIFY(text.contains(QLatin1String("Contoso")));
    QVERIFY(!text.contains(QChar(0x1b)));
    QVERIFY(!text.contains(QChar(0x07)));
    QVERIFY(!text.contains(QLatin1Char('\r')));
    QVERIFY(!text.contains(QChar(0x202E)));
    // One line per record: the value's own line break does not start a line of its own.
    QVERIFY(!text.contains(QLatin1String("\nFake line")));

    // JSON escapes them, as JSON does.
    QString json;
    QTextStream jsonOut(&json);
    OutputWriter(jsonOut, OutputFormat::Json)
        .writeRecords({{QStringLiteral("companyName"), QStringLiteral("Company")}}, {{hostile}},
            QJsonArray{QJsonObject{{QStringLiteral("companyName"), hostile}}});
    QVERIFY(!json.contains(QChar(0x1b)));
}

void TestSecurity::outputWriterNeutralisesFormulas()
{
    QString text;
    QTextStream out(&text);
    OutputWriter(out, OutputFormat::Csv)
        .writeRecords({{QStringLiteral("companyName"), QStringLiteral("Company")},
                          {QStringLiteral("domain"), QStringLiteral("Domain")}},
            {{QStringLiteral("=HYPERLINK(\"https://evil.example\",\"x\")"), QStringLiteral("@SUM(1+1)")},
                {QStringLiteral("+cmd|' /C calc'!A0"), QStringLiteral("-2+3")}},
            QJsonArray());
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    for (const QString& line : lines.mid(1)) {
        for (const QString& cell : line.split(QLatin1Char(','))) {
            const QString value = cell.startsWith(QLatin1Char('"')) ? cell.mid(1) : cell;
            QVERIFY2(!value.isEmpty() && !QStringLiteral("=+-@").contains(value.at(0)), qPrintable(line));
        }
    }
}

void TestSecurity::labelsAndToolTipsShowServiceTextAsPlainText()
{
    PlainTextPolicy::install(qApp);
    const QString hostile = QStringLiteral("Contoso <a href=\"https://evil.example/login\">Sign in again</a>");
    QVERIFY(Qt::mightBeRichText(hostile));

    QWidget window;
    auto* guessing = new QLabel(hostile, &window);
    auto* meantRich = new QLabel(QStringLiteral("<b>bold</b>"), &window);
    meantRich->setTextFormat(Qt::RichText);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(guessing->textFormat(), Qt::PlainText);
    QCOMPARE(meantRich->textFormat(), Qt::RichText);

    // The label inside a message box (how errors are shown) too.
    QMessageBox box(QMessageBox::Warning, QStringLiteral("Error"), hostile);
    box.show();
    QVERIFY(QTest::qWaitForWindowExposed(&box));
    bool found = false;
    for (QLabel* label : box.findChildren<QLabel*>()) {
        if (label->text() == hostile) {
            found = true;
            QCOMPARE(label->textFormat(), Qt::PlainText);
        }
    }
    QVERIFY(found);

    // Tooltips: an item's (a company name in a list) and a widget's show the text itself.
    QStandardItemModel model;
    auto* item = new QStandardItem(QStringLiteral("Contoso"));
    item->setToolTip(hostile);
    model.appendRow(item);
    QTableView view;
    view.setModel(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QRect cell = view.visualRect(model.index(0, 0));
    QHelpEvent itemHelp(QEvent::ToolTip, cell.center(), view.viewport()->mapToGlobal(cell.center()));
    QApplication::sendEvent(view.viewport(), &itemHelp);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(QLatin1String("&lt;a href=")), qPrintable(QToolTip::text()));
    QToolTip::hideText();

    guessing->setToolTip(hostile);
    QHelpEvent widgetHelp(QEvent::ToolTip, QPoint(2, 2), guessing->mapToGlobal(QPoint(2, 2)));
    QApplication::sendEvent(guessing, &widgetHelp);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(QLatin1String("&lt;a href=")), qPrintable(QToolTip::text()));
    QToolTip::hideText();
}

void TestSecurity::hostileAnswersEndInWords_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("readable");
    QTest::newRow("nested 100,000 deep") << QByteArray(100000, '[') + QByteArray(100000, ']') << false;
    QTest::newRow("objects nested 5,000 deep")
        << QByteArray("{\"a\":").repeated(5000) + "1" + QByteArray(5000, '}') << false;
    QTest::newRow("items is a string") << QByteArray(R"({"totalCount":"many","items":"everything"})") << true;
    QTest::newRow("items of every type") << QByteArray(
        R"({"totalCount":-5,"items":[null,1,"x",[],true,{"id":7,"companyProfile":"x"},)"
        R"({"id":"ok","companyProfile":{"companyName":["a"],"domain":{}}}]})")
                                         << true;
    QTest::newRow("huge totalCount") << QByteArray(R"({"totalCount":1e300,"items":[]})") << true;
    QTest::newRow("links of the wrong type")
        << QByteArray(R"({"items":[],"links":{"next":"/v1/customers?x"}})") << true;
    QTest::newRow("a string of 20 MB") << QByteArray(R"({"items":[{"id":")") + QByteArray(20 << 20, 'a') + "\"}]}"
                                       << true;
    QTest::newRow("larger than the limit") << QByteArray(40 << 20, ' ') + "{}" << false;
    QTest::newRow("not JSON at all") << QByteArray("\xff\xfe\x00<html>") << false;
}

void TestSecurity::hostileAnswersEndInWords()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, readable);
    FakeService service;
    service.network.setHandler(Fake::json(200, body));
    Await<Page<Customer>> page;
    service.client.customers(100, nullptr, page.callback());
    QVERIFY(page.wait(30000));
    if (readable) {
        QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().message()));
        for (const Customer& customer : page.value().items)
            Q_UNUSED(customer.companyProfile.companyName.size());
        QVERIFY(page.value().items.size() <= 7);
        return;
    }
    QVERIFY(!page.ok());
    QCOMPARE(page.error().kind, ApiError::Kind::InvalidResponse);
    QVERIFY(!page.error().message().isEmpty());
}

void TestSecurity::endlessListingStops()
{
    FakeService service;
    // Every page has customers and a link to itself.
    QByteArray body = R"({"totalCount":2,"items":[)" + customerJson(1) + "," + customerJson(2)
        + R"(],"links":{"next":{"uri":"/customers?size=2","method":"GET","headers":[{"key":"MS-ContinuationToken","value":"same"}]}}})";
    service.network.setHandler(Fake::json(200, body));
    Await<Page<Customer>> first;
    service.client.customers(2, nullptr, first.callback());
    QVERIFY(first.wait() && first.ok());
    QVERIFY(first.value().next);
    QCOMPARE(first.value().next->itemsBefore, 2);
    Await<Page<Customer>> second;
    service.client.nextCustomers(*first.value().next, nullptr, second.callback());
    QVERIFY(second.wait());
    QVERIFY(!second.ok());
    QCOMPARE(second.error().kind, ApiError::Kind::InvalidResponse);
    QVERIFY2(second.error().message().contains(QLatin1String("same page")), qPrintable(second.error().message()));

    // Pages that each lead somewhere new, past any partner's size.
    int served = 0;
    service.network.setHandler([&served](const Fake::Request&, FakeReply* reply) {
        ++served;
        reply->respond(200,
            R"({"totalCount":2,"items":[)" + customerJson(served) + R"(],"links":{"next":{"uri":"/customers?page=)"
                + QByteArray::number(served) + R"("}}})");
    });
    Link far;
    far.uri = QStringLiteral("/customers?page=0");
    far.itemsBefore = 2'000'000;
    Await<Page<Customer>> beyond;
    service.client.nextCustomers(far, nullptr, beyond.callback());
    QVERIFY(beyond.wait());
    QVERIFY(!beyond.ok());
    QVERIFY2(beyond.error().message().contains(QLatin1String("more than any partner")),
        qPrintable(beyond.error().message()));
    QCOMPARE(served, 1);
}

void TestSecurity::nextLinkIsOnlyReadWithGet()
{
    FakeService service;
    service.network.setHandler(Fake::json(200, R"({"totalCount":0,"items":[]})"));
    // A next link that would delete, and one whose headers would speak for the user.
    Link deleting;
    deleting.uri = QStringLiteral("/customers/c-1");
    deleting.method = QStringLiteral("DELETE");
    Await<Page<Customer>> refused;
    service.client.nextCustomers(deleting, nullptr, refused.callback());
    QVERIFY(refused.wait());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ApiError::Kind::InvalidResponse);
    QCOMPARE(service.network.requests().size(), 0);

    Link sneaky;
    sneaky.uri = QStringLiteral("/customers?size=2");
    sneaky.method = QStringLiteral("get");
    sneaky.headers = {{QStringLiteral("MS-ContinuationToken"), QStringLiteral("token-1")},
        {QStringLiteral("X-Forwarded-For"), QStringLiteral("10.0.0.1")},
        {QStringLiteral("MS-PartnerCenter-Application"), QStringLiteral("someone else")}};
    Await<Page<Customer>> read;
    service.client.nextCustomers(sneaky, nullptr, read.callback());
    QVERIFY(read.wait() && read.ok());
    QCOMPARE(service.network.requests().size(), 1);
    const Fake::Request& request = service.network.requests().constFirst();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.header("MS-ContinuationToken"), QByteArray("token-1"));
    QVERIFY(request.header("X-Forwarded-For").isEmpty());
    QCOMPARE(request.header("MS-PartnerCenter-Application"), QByteArray("PartnerDesk"));
}

// The main window's loader reads pages as raw answers on its own; it stops where the client does.
void TestSecurity::listLoaderStopsWhereTheClientDoes()
{
    const auto loadWith = [](const QByteArray& body, int* requests) -> std::optional<ApiError> {
        FakeService service;
        service.network.setHandler(Fake::json(200, body));
        CustomerListLoader loader(&service.client, 2);
        int pages = 0;
        std::optional<ApiError> failure;
        connect(&loader, &CustomerListLoader::pageLoaded, &loader, [&pages] { ++pages; });
        connect(&loader, &CustomerListLoader::failed, &loader, [&failure](const ApiError& e) { failure = e; });
        loader.start();
        if (!QTest::qWaitFor([&] { return failure.has_value() || pages > 50; }, 30000))
            return std::nullopt;
        *requests = int(service.network.requests().size());
        return failure;
    };
    const QByteArray items = R"({"totalCount":2,"items":[)" + customerJson(1) + "," + customerJson(2) + "],";
    int requests = 0;
    const std::optional<ApiError> circle = loadWith(items
            + R"("links":{"next":{"uri":"/customers?size=2","method":"GET","headers":[{"key":"MS-ContinuationToken","value":"same"}]}}})",
        &requests);
    QVERIFY(circle);
    QCOMPARE(circle->kind, ApiError::Kind::InvalidResponse);
    QVERIFY2(circle->message().contains(QLatin1String("same page")), qPrintable(circle->message()));
    QCOMPARE(requests, 2); // the first page and the one that led back to itself

    const std::optional<ApiError> deleting
        = loadWith(items + R"("links":{"next":{"uri":"/customers/c-1","method":"DELETE"}}})", &requests);
    QVERIFY(deleting);
    QCOMPARE(deleting->kind, ApiError::Kind::InvalidResponse);
    QCOMPARE(requests, 1); // the DELETE was never sent
}

QTEST_MAIN(TestSecurity)
#include "TestSecurity.moc"
