// A flow destroyed while its request is on the wire stops that request without emitting
// anything: its owner (a window) is usually being destroyed at the same moment, and a signal
// then reaches a half-destroyed widget. Found by the sanitizer build (InvitationComposer).
// The contract is the same for every flow that cancels in its destructor, hence one suite.
#include "FakeNetworkAccessManager.h"
#include "TestEnvironment.h"
#include "api/PartnerCenterClient.h"
#include "auth/TokenSource.h"
#include "flows/DocumentDownload.h"
#include "flows/account/CustomerAccountLoader.h"
#include "flows/invite/InvitationDraft.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace PartnerDesk;
using PartnerDesk::Test::FakeNetworkAccessManager;

class TestFlowTeardown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::isolateEnvironment(); }
    void init();
    void cleanup();
    void invitationDraftEndsQuietly();
    void customerAccountLoaderEndsQuietly();
    void documentDownloadEndsQuietly();

private:
    FakeNetworkAccessManager* m_network = nullptr;
    StaticTokenSource* m_tokens = nullptr;
    PartnerCenterClient* m_client = nullptr;
};

void TestFlowTeardown::init()
{
    m_network = new FakeNetworkAccessManager(this);
    m_network->setHandler(FakeNetworkAccessManager::never());
    m_tokens = new StaticTokenSource(QStringLiteral("test-token-value"));
    m_client = new PartnerCenterClient(
        m_network, QUrl(QStringLiteral("https://api.partnercenter.microsoft.com")), m_tokens, this);
}

void TestFlowTeardown::cleanup()
{
    delete m_client;
    m_client = nullptr;
    delete m_tokens;
    m_tokens = nullptr;
    delete m_network;
    m_network = nullptr;
}

void TestFlowTeardown::invitationDraftEndsQuietly()
{
    auto* draft = new InvitationDraft(m_client, InvitationKind::ResellerRelationship);
    draft->fetchLink();
    QTRY_COMPARE(m_network->requests().size(), 1);
    QSignalSpy linkState(draft, &InvitationDraft::linkStateChanged);
    QSignalSpy changed(draft, &InvitationDraft::changed);

    delete draft;

    QCOMPARE(linkState.size(), 0);
    QCOMPARE(changed.size(), 0);
    QVERIFY(m_network->replies().constFirst()->isFinished()); // aborted, not left running
}

void TestFlowTeardown::customerAccountLoaderEndsQuietly()
{
    auto* loader = new CustomerAccountLoader(m_client, QStringLiteral("14876998-c0dc-46e6-9d0c-65a57a6c32ec"));
    loader->load(CustomerAccountLoader::Part::Customer | CustomerAccountLoader::Part::AgreementStatus);
    QTRY_COMPARE(m_network->requests().size(), 1);
    QSignalSpy partFailed(loader, &CustomerAccountLoader::partFailed);
    QSignalSpy busyChanged(loader, &CustomerAccountLoader::busyChanged);
    QSignalSpy finished(loader, &CustomerAccountLoader::finished);

    delete loader;

    QCOMPARE(partFailed.size(), 0);
    QCOMPARE(busyChanged.size(), 0);
    QCOMPARE(finished.size(), 0);
    QVERIFY(m_network->replies().constFirst()->isFinished());
}

void TestFlowTeardown::documentDownloadEndsQuietly()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    auto* download = new DocumentDownload(m_network);
    ApiError error;
    QVERIFY(download->start(QUrl(QStringLiteral("https://download.microsoft.com/agreement.pdf")), folder.path(),
        QStringLiteral("agreement.pdf"), &error));
    QCOMPARE(m_network->requests().size(), 1);
    QSignalSpy failed(download, &DocumentDownload::failed);

    delete download;

    QCOMPARE(failed.size(), 0);
    QVERIFY(m_network->replies().constFirst()->isFinished());
    QVERIFY(!QFileInfo::exists(folder.filePath(QStringLiteral("agreement.pdf")))); // nothing half-written
}

QTEST_GUILESS_MAIN(TestFlowTeardown)
#include "TestFlowTeardown.moc"
