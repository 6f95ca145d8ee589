#include "WindowGeometry.h"

#include "util/Settings.h"

#include <QWidget>

namespace PartnerDesk::WindowGeometry {

void restore(QWidget* window, const QSize& fallback)
{
    const QByteArray geometry = Settings::geometry(window->objectName());
    if ((geometry.isEmpty() || !window->restoreGeometry(geometry)) && fallback.isValid())
        window->resize(fallback);
}

void save(const QWidget* window)
{
    Settings::setGeometry(window->objectName(), window->saveGeometry());
}

} // namespace PartnerDesk::WindowGeometry
