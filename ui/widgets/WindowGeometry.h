#pragma once

#include <QSize>

class QWidget;

namespace PartnerDesk::WindowGeometry {

// Windows and dialogs remember where they were, by object name (Settings::geometry).
// Restores it; without a saved one the window gets `fallback` (when valid).
void restore(QWidget* window, const QSize& fallback = {});
void save(const QWidget* window);

} // namespace PartnerDesk::WindowGeometry
