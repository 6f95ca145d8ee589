#include "LogCapture.h"

#include <QLoggingCategory>
#include <QMutex>

#include <utility>

namespace PartnerDesk::Test::LogCapture {

namespace {

QMutex mutex;
QString kept;
QtMessageHandler previousHandler = nullptr;
bool capturing = false;

void keep(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&mutex);
        kept += QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message
            + QLatin1Char('\n');
    }
    if (previousHandler && type >= QtWarningMsg)
        previousHandler(type, context, message);
}

} // namespace

void start(const QString& filterRules)
{
    QLoggingCategory::setFilterRules(filterRules);
    if (capturing)
        return;
    capturing = true;
    previousHandler = qInstallMessageHandler(keep);
}

void stop()
{
    if (!capturing)
        return;
    capturing = false;
    qInstallMessageHandler(previousHandler);
}

QString take()
{
    QMutexLocker lock(&mutex);
    return std::exchange(kept, QString());
}

void clear()
{
    QMutexLocker lock(&mutex);
    kept.clear();
}

} // namespace PartnerDesk::Test::LogCapture
