// The floor under partnerdesk's start-up (BenchPartnerScale's startup_floor_ms): a bare Qt
// Widgets main window holding an empty table. It prints the same probe line as
// `partnerdesk --startup-probe` once the table has been painted, and quits.
#include <QApplication>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTableView>

#include <cstdio>

namespace {

class FirstPaint : public QObject
{
public:
    explicit FirstPaint(const QElapsedTimer& sinceStart)
        : m_sinceStart(sinceStart)
    { }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_reported) {
            m_reported = true;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    std::printf("{\"probe\":\"floor\",\"ms\":%.1f,\"rows\":0}\n", m_sinceStart.nsecsElapsed() / 1e6);
                    std::fflush(stdout);
                    QCoreApplication::exit(0);
                },
                Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer m_sinceStart;
    bool m_reported = false;
};

} // namespace

int main(int argc, char** argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QMainWindow window;
    QStandardItemModel model(0, 6);
    auto* view = new QTableView(&window);
    view->setModel(&model);
    window.setCentralWidget(view);
    window.resize(1180, 720);
    FirstPaint probe(sinceStart);
    view->viewport()->installEventFilter(&probe);
    window.show();
    return QApplication::exec();
}
