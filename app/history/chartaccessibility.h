#pragma once

namespace limber {

/// Makes assistive technology present the history's chart widgets as
/// charts (not as empty panes). Safe to call more than once.
void installChartAccessibility();

} // namespace limber
