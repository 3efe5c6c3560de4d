#include "app/dataio/workprogress.h"

namespace limber {

WorkProgress::WorkProgress(QWidget *parent, const QString &label, Steps steps)
    : m_dialog(label, QString(), 0, steps == Steps::Counted ? 100 : 0, parent)
{
    m_dialog.setWindowModality(Qt::WindowModal);
    m_dialog.setMinimumDuration(400);
    m_dialog.setAutoClose(true);
    // The first value starts the clock that shows the dialog after the
    // minimum duration, whether or not another value ever comes.
    m_dialog.setValue(0);
}

ProgressCallback WorkProgress::callback()
{
    return [dialog = &m_dialog](int done, int total) {
        const int value = total > 0 ? done * 100 / total : 100;
        QMetaObject::invokeMethod(
            dialog, [dialog, value] { dialog->setValue(value); }, Qt::QueuedConnection);
    };
}

} // namespace limber
