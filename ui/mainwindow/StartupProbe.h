#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QAbstractItemView;

namespace PartnerDesk {

class MainWindow;

// For the benchmarks (`partnerdesk --startup-probe` / `--load-probe`, hidden options): waits
// until the main window has painted the first page of customers (or every customer), prints
// one JSON line on stdout — milliseconds since main() began, rows, peak resident memory — and
// quits. Without one of the options nothing of this exists, so normal runs are untouched.
class StartupProbe : public QObject
{
    Q_OBJECT

public:
    enum class Until {
        FirstPage, // the window shows the first page of customers
        AllCustomers, // every customer is in the list
    };

    // `sinceStart` was started as main() began.
    StartupProbe(Until until, const QElapsedTimer& sinceStart, QObject* parent = nullptr);

    void watch(MainWindow* window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void report();

    Until m_until;
    QElapsedTimer m_sinceStart;
    QPointer<MainWindow> m_window;
    QPointer<QAbstractItemView> m_view;
    bool m_allLoaded = false;
    bool m_reported = false;
};

} // namespace PartnerDesk
