#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace limber {

/// Runs \a apply now, and again soon after each time the palette \a widget
/// inherits changes: a theme switched (light, dark, high contrast) while
/// Limber runs, or the widget moved under another parent. A change that
/// \a apply makes to the widget itself does not run it again.
void followPalette(QWidget *widget, std::function<void()> apply);

/// Gives \a widget a style sheet whose palette(...) colours stay those of
/// the theme in use: Qt reads them once, when the sheet is set, so it is
/// set again after each palette change.
void setPaletteStyleSheet(QWidget *widget, const QString &styleSheet);

} // namespace limber
