// partnerdesk-sandbox: the Partner Center look-alike on its own, for tests and demos.
#include <QCommandLineParser>
#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PartnerDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("partnerdesk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARTNERDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "A Partner Center look-alike on 127.0.0.1 for tests and demos."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    return 0;
}
