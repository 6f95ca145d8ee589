// Below the Partner Center client: requests take the system's proxy (set by the one function
// both executables call at start), and a TLS certificate that does not verify ends the request
// in an error with words, never retried and never ignored. Nothing leaves the machine: the
// proxy and the TLS server listen on 127.0.0.1, and the proxy is checked before anything is sent.
#include "Await.h"
#include "TestEnvironment.h"
#include "api/NetworkSetup.h"
#include "api/PartnerCenterClient.h"
#include "auth/TokenSource.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace PartnerDesk;
using PartnerDesk::Test::Await;

namespace {

const char* const proxyVariables[]
    = {"http_proxy", "https_proxy", "all_proxy", "no_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"};

// Quick retries, so that a retry (which must not happen) would not make the test wait.
RetryPolicy quickRetries()
{
    RetryPolicy policy;
    policy.baseDelay = std::chrono::milliseconds(1);
    policy.maxDelay = std::chrono::milliseconds(5);
    policy.timeout = std::chrono::milliseconds(20000);
    policy.random = [] { return 0.5; };
    return policy;
}

} // namespace

class TestTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void requestsGoThroughTheSystemProxy();
    void untrustedCertificateEndsInAnErrorNeverRetried();

private:
    QHash<QByteArray, QByteArray> m_savedEnvironment;
};

void TestTransport::initTestCase()
{
    Test::isolateEnvironment();
    for (const char* name : proxyVariables) {
        if (qEnvironmentVariableIsSet(name))
            m_savedEnvironment.insert(name, qgetenv(name));
    }
}

void TestTransport::cleanup()
{
    // As every other test runs: no proxy, the environment as it was.
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
    for (const char* name : proxyVariables) {
        if (m_savedEnvironment.contains(name))
            qputenv(name, m_savedEnvironment.value(name));
        else
            qunsetenv(name);
    }
}

void TestTransport::requestsGoThroughTheSystemProxy()
{
    // A proxy on loopback that reads the request and refuses it.
    QTcpServer proxy;
    QVERIFY(proxy.listen(QHostAddress::LocalHost));
    QByteArray seen;
    connect(&proxy, &QTcpServer::newConnection, this, [&proxy, &seen] {
        while (QTcpSocket* socket = proxy.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [socket, &seen] {
                seen += socket->readAll();
                if (seen.contains("\r\n\r\n")) {
                    socket->write("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                }
            });
        }
    });
    const QByteArray proxyUrl = "http://127.0.0.1:" + QByteArray::number(proxy.serverPort());
    for (const char* name : proxyVariables)
        qunsetenv(name);
    qputenv("https_proxy", proxyUrl);
    qputenv("http_proxy", proxyUrl);

    // Test::isolateEnvironment() switched proxies off; the executables' start-up turns the
    // system's on again.
    NetworkSetup::useSystemProxy();

    const QUrl partnerCenter(QStringLiteral("https://api.partnercenter.microsoft.com"));
    // Before anything is sent: the proxy is the loopback one (else nothing would hold the
    // request on this machine).
    const QList<QNetworkProxy> proxies = QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(partnerCenter));
    QVERIFY(!proxies.isEmpty());
    QCOMPARE(proxies.constFirst().type(), QNetworkProxy::HttpProxy);
    QCOMPARE(proxies.constFirst().hostName(), QStringLiteral("127.0.0.1"));
    QCOMPARE(proxies.constFirst().port(), proxy.serverPort());

    QNetworkAccessManager network;
    StaticTokenSource tokens(QStringLiteral("test-token"));
    PartnerCenterClient client(&network, partnerCenter, &tokens);
    RetryPolicy once = quickRetries();
    once.maxAttempts = 1;
    client.setRetryPolicy(once);
    Await<Page<Customer>> page;
    client.customers(1, nullptr, page.callback());
    QVERIFY(page.wait(30000));
    QVERIFY(!page.ok()); // the proxy refused it

    // The proxy was asked to open a tunnel to Partner Center: the request went to it first.
    QVERIFY2(seen.startsWith("CONNECT api.partnercenter.microsoft.com:443 HTTP/1.1\r\n"), seen.constData());
    QVERIFY2(!seen.contains("test-token"), "the sign-in travels inside the tunnel, never to the proxy");
}

void TestTransport::untrustedCertificateEndsInAnErrorNeverRetried()
{
    QVERIFY(QSslSocket::supportsSsl());
    // A certificate for 127.0.0.1 that no authority vouches for, made now.
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString keyPath = directory.filePath(QStringLiteral("key.pem"));
    const QString certificatePath = directory.filePath(QStringLiteral("certificate.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
            QStringLiteral("-nodes"), QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), certificatePath,
            QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
            QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
    QVERIFY2(openssl.waitForFinished(60000), "openssl did not run");
    QVERIFY2(openssl.exitStatus() == QProcess::NormalExit && openssl.exitCode() == 0,
        openssl.readAllStandardError().constData());
    QFile keyFile(keyPath);
    QFile certificateFile(certificatePath);
    QVERIFY(keyFile.open(QIODevice::ReadOnly) && certificateFile.open(QIODevice::ReadOnly));
    const QSslKey key(&keyFile, QSsl::Rsa);
    const QSslCertificate certificate(&certificateFile);
    QVERIFY(!key.isNull() && !certificate.isNull());

    // A TLS server that would answer a good page to whoever gets through the handshake.
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    QSslServer server;
    server.setSslConfiguration(configuration);
    int handshakes = 0;
    int answered = 0;
    connect(&server, &QSslServer::startedEncryptionHandshake, this, [&handshakes] { ++handshakes; });
    connect(&server, &QTcpServer::pendingConnectionAvailable, this, [&server, &answered] {
        while (QTcpSocket* socket = server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [socket, &answered] {
                if (!socket->readAll().contains("\r\n\r\n"))
                    return;
                ++answered;
                const QByteArray body = R"({"totalCount":0,"items":[]})";
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                socket->disconnectFromHost();
            });
        }
    });
    QVERIFY(server.listen(QHostAddress::LocalHost));

    QNetworkAccessManager network; // the system's certificate authorities, as in the app
    StaticTokenSource tokens(QStringLiteral("test-token"));
    PartnerCenterClient client(
        &network, QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort())), &tokens);
    client.setRetryPolicy(quickRetries()); // four attempts for errors worth retrying
    Await<Page<Customer>> page;
    client.customers(1, nullptr, page.callback());
    QVERIFY(page.wait(30000));

    // An error, in words, and no page: the certificate was not ignored.
    QVERIFY(!page.ok());
    QCOMPARE(page.error().kind, ApiError::Kind::Network);
    QVERIFY2(page.error().message().contains(QLatin1String("certificate")), qPrintable(page.error().message()));
    QVERIFY2(page.error().description.contains(QLatin1String("SSL"), Qt::CaseInsensitive),
        qPrintable(page.error().description));
    QCOMPARE(answered, 0);
    // One handshake: the TLS failure was not retried (each attempt is a new handshake, and the
    // answer comes only after the last one).
    QCOMPARE(handshakes, 1);
}

QTEST_GUILESS_MAIN(TestTransport)
#include "TestTransport.moc"
