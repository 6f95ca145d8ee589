// The executables answer --version and --help without a display.
#include "TestEnvironment.h"

#include <QProcess>
#include <QTest>

class TestExecutables : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { PartnerDesk::Test::isolateEnvironment(); }
    void versionAndHelp_data();
    void versionAndHelp();
};

void TestExecutables::versionAndHelp_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("expectedOutput");
    for (const char* program : {"partnerdesk", "partnerdesk-cli", "partnerdesk-sandbox"}) {
        QTest::addRow("%s --version", program)
            << QString::fromLatin1(program) << QStringLiteral("--version") << QStringLiteral(PARTNERDESK_VERSION);
        QTest::addRow("%s --help", program)
            << QString::fromLatin1(program) << QStringLiteral("--help") << QStringLiteral("--version");
    }
}

void TestExecutables::versionAndHelp()
{
    QFETCH(QString, program);
    QFETCH(QString, argument);
    QFETCH(QString, expectedOutput);

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(PartnerDesk::Test::binaryDirectory() + QLatin1Char('/') + program, {argument});
    QVERIFY2(process.waitForFinished(30000), qPrintable(process.errorString()));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(output.contains(expectedOutput), qPrintable(output));
}

QTEST_GUILESS_MAIN(TestExecutables)
#include "TestExecutables.moc"
