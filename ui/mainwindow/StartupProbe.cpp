#include "StartupProbe.h"

#include "MainWindow.h"
#include "customers/CustomerListModel.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTableView>

#include <cstdio>

namespace PartnerDesk {

namespace {

// A "VmHWM:" (peak) or "VmRSS:" line of /proc/self/status in KiB; 0 where there is none.
long statusKiB(const QByteArray& key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLong();
    }
    return 0;
}

} // namespace

StartupProbe::StartupProbe(Until until, const QElapsedTimer& sinceStart, QObject* parent)
    : QObject(parent)
    , m_until(until)
    , m_sinceStart(sinceStart)
{ }

void StartupProbe::watch(MainWindow* window)
{
    m_window = window;
    m_view = window->findChild<QTableView*>(QStringLiteral("customerTableView"));
    if (!m_view)
        return;
    m_view->viewport()->installEventFilter(this);
    connect(window, &MainWindow::customersLoaded, this, [this] {
        m_allLoaded = true;
        if (m_view)
            m_view->viewport()->update(); // the next paint shows the whole list
    });
}

bool StartupProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && m_window && !m_reported) {
        const bool ready = m_until == Until::FirstPage ? m_window->customerModel()->rowCount() > 0 : m_allLoaded;
        // Reported after this paint event has been handled: the rows are on screen then.
        if (ready)
            QMetaObject::invokeMethod(this, &StartupProbe::report, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::report()
{
    if (m_reported || !m_window)
        return;
    m_reported = true;
    const QByteArray line = "{\"probe\":\"" + QByteArray(m_until == Until::FirstPage ? "firstPage" : "allCustomers")
        + "\",\"ms\":" + QByteArray::number(m_sinceStart.nsecsElapsed() / 1e6, 'f', 1)
        + ",\"rows\":" + QByteArray::number(m_window->customerModel()->rowCount())
        + ",\"rssKiB\":" + QByteArray::number(statusKiB("VmRSS:"))
        + ",\"rssPeakKiB\":" + QByteArray::number(statusKiB("VmHWM:")) + "}\n";
    std::fputs(line.constData(), stdout);
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

} // namespace PartnerDesk
