#pragma once

#include "app/reminders/remindernotice.h"

#include <QFrame>

class QLabel;

namespace limber {

/// The reminder inside the window: a bar above the page with the message and
/// Start, Snooze 10 min, Skip today and a close button. It is there whatever
/// the desktop offers, so a reminder is never lost with a notification. It
/// never takes the keyboard: showing it leaves focus where it was.
class ReminderBar : public QFrame
{
    Q_OBJECT

public:
    explicit ReminderBar(QWidget *parent = nullptr);

    /// Shows \a notice (replacing one shown before).
    void showNotice(const ReminderNotice &notice);

Q_SIGNALS:
    /// A button was pressed; the bar has hidden itself.
    void answered(limber::ReminderAnswer answer);

private:
    void answer(ReminderAnswer answer);

    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace limber
