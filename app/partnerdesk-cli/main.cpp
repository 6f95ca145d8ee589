// partnerdesk-cli: the same operations as the window, for scripts. Wiring only.
#include <QCommandLineParser>
#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PartnerDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("partnerdesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARTNERDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "PartnerDesk command line: Microsoft Customer Agreement operations."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    parser.showHelp(2);
}
