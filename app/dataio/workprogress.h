#pragma once

#include "core/history/historyexport.h"

#include <QProgressDialog>

namespace limber {

/// A window-modal progress dialog for work on a thread of its own
/// (runInBackground) that appears only when the work takes a moment. It has
/// no Cancel button: the work cannot be stopped half-way.
class WorkProgress
{
public:
    /// How far the work is: told through callback(), or not known (a
    /// moving bar).
    enum class Steps { Counted, Unknown };

    WorkProgress(QWidget *parent, const QString &label, Steps steps = Steps::Counted);

    /// Safe to call from another thread: the dialog is moved on this one,
    /// and not at all once it is gone.
    ProgressCallback callback();

private:
    QProgressDialog m_dialog;
};

} // namespace limber
