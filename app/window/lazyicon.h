#pragma once

#include <QIcon>

#include <functional>

namespace limber {

/// An icon made only when it is first drawn or measured, by \a make, and
/// from then on that icon (a copy shares it). It is never null, so a
/// button lays itself out for an icon from the start.
///
/// What makes an icon early, before the window's first frame, can then
/// wait: decoding a file the button may never show, or joining a drawing
/// that was begun on another thread.
QIcon lazyIcon(std::function<QIcon()> make);

} // namespace limber
