// partnerdesk: the desktop window. Wiring only.
#include "mainwindow/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <cstring>
#include <memory>

namespace {

// --help and --version must work without a display, so they are answered by a
// QCoreApplication before any window system is touched.
bool wantsTextOnly(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char* flag : {"-h", "--help", "-?", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

void describe(QCommandLineParser& parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "PartnerDesk: confirm and review customer acceptance of the Microsoft Customer Agreement."));
    parser.addHelpOption();
    parser.addVersionOption();
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PartnerDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("partnerdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARTNERDESK_VERSION));
}

} // namespace

int main(int argc, char** argv)
{
    if (wantsTextOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        QCommandLineParser parser;
        describe(parser);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("PartnerDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/partnerdesk/icons/partnerdesk.svg")));

    QCommandLineParser parser;
    describe(parser);
    parser.process(app);

    PartnerDesk::MainWindow window;
    window.setConnection(PartnerDesk::MainWindow::Connection::Sandbox);
    window.show();
    return QApplication::exec();
}
