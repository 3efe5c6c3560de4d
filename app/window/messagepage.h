#pragma once

#include <QString>

class QWidget;

namespace limber {

/// Fills `page` (which has no layout yet) with a message in a narrow centred
/// column: a heading, a short muted note under it, and the text, wrapped.
/// Used where a page has nothing else to show: one not built yet, or the
/// History page when the history could not be opened.
void fillWithMessage(QWidget &page, const QString &title, const QString &note, const QString &text);

} // namespace limber
