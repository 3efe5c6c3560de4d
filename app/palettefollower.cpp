#include "app/palettefollower.h"

#include <QCoreApplication>
#include <QEvent>
#include <QList>
#include <QPointer>
#include <QWidget>

namespace limber {

namespace {

class PaletteFollower;

/// Tells every follower when the application's palette changes. A widget
/// whose style sheet gave it a palette of its own hears nothing of that
/// change itself; the application object always does.
class ApplicationPaletteWatch : public QObject
{
public:
    static ApplicationPaletteWatch &instance()
    {
        if (!watch())
            watch() = new ApplicationPaletteWatch;
        return *watch();
    }
    /// The watch, unless there is none (yet, or any more).
    static ApplicationPaletteWatch *existing() { return watch(); }

    void add(PaletteFollower *follower) { m_followers.append(follower); }
    void remove(PaletteFollower *follower) { m_followers.removeOne(follower); }

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ApplicationPaletteWatch()
        : QObject(QCoreApplication::instance())
    {
        QCoreApplication::instance()->installEventFilter(this);
    }

    static QPointer<ApplicationPaletteWatch> &watch()
    {
        static QPointer<ApplicationPaletteWatch> theWatch;
        return theWatch;
    }

    QList<PaletteFollower *> m_followers;
};

/// Watches its parent widget for palette changes; owned by that widget.
/// The work is done from the event loop, not inside the change: setting a
/// style sheet while Qt delivers a palette change would pull the widget's
/// style from under Qt's own handling of it.
class PaletteFollower : public QObject
{
public:
    PaletteFollower(QWidget *widget, std::function<void()> apply)
        : QObject(widget)
        , m_apply(std::move(apply))
    {
        widget->installEventFilter(this);
        ApplicationPaletteWatch::instance().add(this);
        run();
    }
    ~PaletteFollower() override
    {
        if (ApplicationPaletteWatch *watch = ApplicationPaletteWatch::existing())
            watch->remove(this);
    }
    Q_DISABLE_COPY_MOVE(PaletteFollower)

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::PaletteChange)
            paletteChanged();
        return QObject::eventFilter(watched, event);
    }

    void paletteChanged()
    {
        if (m_running || m_queued)
            return;
        m_queued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_queued = false;
                run();
            },
            Qt::QueuedConnection);
    }

private:
    void run()
    {
        m_running = true;
        m_apply();
        m_running = false;
    }

    std::function<void()> m_apply;
    bool m_running = false;
    bool m_queued = false;
};

bool ApplicationPaletteWatch::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance()
        && event->type() == QEvent::ApplicationPaletteChange) {
        for (PaletteFollower *follower : std::as_const(m_followers))
            follower->paletteChanged();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace

void followPalette(QWidget *widget, std::function<void()> apply)
{
    new PaletteFollower(widget, std::move(apply));
}

void setPaletteStyleSheet(QWidget *widget, const QString &styleSheet)
{
    followPalette(widget, [widget, styleSheet] {
        // The same sheet set again is taken as no change; clearing it first
        // makes Qt read the palette anew.
        widget->setStyleSheet(QString());
        widget->setStyleSheet(styleSheet);
    });
}

} // namespace limber
