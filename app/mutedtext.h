#pragma once

class QWidget;

namespace limber {

/// Gives a label secondary, quieter text that still reads easily: the
/// window text mixed a third of the way towards the background (about 6:1
/// contrast on the default light palette, above the 4.5:1 that small text
/// needs), so it follows light, dark and high-contrast themes, also one
/// chosen while Limber runs.
void setMutedText(QWidget *widget);

} // namespace limber
