#include "app/window/firstpaint.h"

#include <QEvent>
#include <QFile>
#include <QMetaObject>
#include <QWidget>
#include <QWindow>

#include <chrono>
#include <cstdlib>

namespace limber {

FirstPaint::FirstPaint(QWidget &window, QObject *parent)
    : QObject(parent)
    , m_window(window.windowHandle())
{
    if (m_window)
        m_window->installEventFilter(this);
}

bool FirstPaint::eventFilter(QObject *watched, QEvent *event)
{
    // The first expose of a widget window is painted and flushed to the
    // window system while that event is handled; a call queued now runs
    // once the frame is out.
    if (watched == m_window && event->type() == QEvent::Expose && !m_exposed
        && m_window->isExposed()) {
        m_exposed = true;
        QMetaObject::invokeMethod(this, &FirstPaint::frameShown, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

void FirstPaint::frameShown()
{
    if (m_window)
        m_window->removeEventFilter(this);
    m_happened = true;
    writeTraceMark("first-paint");
    // For a profiler (bench/first_paint_instructions.sh): what it counts is
    // the start alone, up to the first frame. Nothing is saved or closed.
    if (qEnvironmentVariableIsSet("LIMBER_STARTUP_EXIT"))
        std::_Exit(0);
    Q_EMIT painted();
}

void FirstPaint::writeTraceMark(const char *what)
{
    const QString path = qEnvironmentVariable("LIMBER_STARTUP_TRACE");
    if (path.isEmpty())
        return;
    const auto since = std::chrono::steady_clock::now().time_since_epoch();
    const double ms = std::chrono::duration<double, std::milli>(since).count();
    QFile trace(path);
    if (trace.open(QIODevice::WriteOnly | QIODevice::Append))
        trace.write(QByteArray(what) + ' ' + QByteArray::number(ms, 'f', 3) + '\n');
}

} // namespace limber
