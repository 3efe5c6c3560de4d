#pragma once

#include <QSizePolicy>
#include <QWidget>

namespace limber {

/// Whether a hidden `widget` keeps its room in the layout. Something that may
/// appear a moment after the first frame (once the history is read) keeps it
/// until then, so that what lies below it does not move when it appears.
inline void keepRoomWhenHidden(QWidget *widget, bool keep)
{
    QSizePolicy policy = widget->sizePolicy();
    policy.setRetainSizeWhenHidden(keep);
    widget->setSizePolicy(policy);
}

} // namespace limber
