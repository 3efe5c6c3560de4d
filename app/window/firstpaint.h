#pragma once

#include <QObject>
#include <QPointer>

class QWidget;
class QWindow;

namespace limber {

/// Notices when a shown top-level widget's first frame has been painted and
/// handed to the window system: the moment a person first sees the window,
/// not when it was mapped (a mapped window can still be blank).
///
/// With LIMBER_STARTUP_TRACE naming a file, that moment is appended to it as
/// "first-paint <steady clock ms>" (CLOCK_MONOTONIC on Linux), for
/// bench/first_paint.py to compare with the moment it started the program.
/// With LIMBER_STARTUP_EXIT set, the program ends right after that moment,
/// so that a profiler counts the start alone (bench/first_paint_instructions.sh).
class FirstPaint : public QObject
{
    Q_OBJECT

public:
    /// Watches `window`, which must have been shown. Calls back once.
    explicit FirstPaint(QWidget &window, QObject *parent = nullptr);

    bool hasHappened() const { return m_happened; }

    /// Appends the mark to the LIMBER_STARTUP_TRACE file, if one is named.
    static void writeTraceMark(const char *what);

Q_SIGNALS:
    void painted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void frameShown();

    QPointer<QWindow> m_window;
    bool m_exposed = false;
    bool m_happened = false;
};

} // namespace limber
