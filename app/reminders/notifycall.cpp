#include "app/reminders/notifycall.h"

#include "app/reminders/reminderanswerlabel.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

/// The spec's "normal" urgency: a reminder matters, but is never critical
/// (critical notifications do not expire and may sound on some desktops).
constexpr uchar normalUrgency = 1;

} // namespace

QVariantList NotifyCall::arguments() const
{
    return {appName, replacesId, appIcon, summary, body, actions, hints, expireTimeout};
}

NotifyCall reminderNotifyCall(
    const ReminderNotice &notice, const QStringList &capabilities, uint replacesId)
{
    NotifyCall call;
    call.appName = u"Limber"_s;
    call.replacesId = replacesId;
    call.appIcon = u"io.github.limber.Limber"_s;
    call.summary = notice.title;
    call.body
        = capabilities.contains(u"body-markup"_s) ? notice.message.toHtmlEscaped() : notice.message;
    const auto offer = [&call](QStringView key, const QString &label) {
        call.actions << key.toString() << label;
    };
    // Most servers draw no button for "default"; those that do say what it does.
    offer(NotifyAction::open, QCoreApplication::translate("Reminder", "Open Limber"));
    offer(NotifyAction::start, reminderAnswerLabel(ReminderAnswer::Start));
    offer(NotifyAction::snooze, reminderAnswerLabel(ReminderAnswer::Snooze));
    offer(NotifyAction::skipToday, reminderAnswerLabel(ReminderAnswer::SkipToday));
    // desktop-entry lets the desktop group it under Limber and use its icon.
    call.hints = {
        {u"desktop-entry"_s, u"io.github.limber.Limber"_s},
        {u"urgency"_s, QVariant::fromValue(normalUrgency)},
    };
    call.expireTimeout = 0;
    return call;
}

bool notificationServerShowsButtons(const QStringList &capabilities)
{
    return capabilities.contains(u"actions"_s);
}

std::optional<ReminderAnswer> answerForNotifyAction(const QString &actionKey)
{
    if (actionKey == NotifyAction::start)
        return ReminderAnswer::Start;
    if (actionKey == NotifyAction::snooze)
        return ReminderAnswer::Snooze;
    if (actionKey == NotifyAction::skipToday)
        return ReminderAnswer::SkipToday;
    return std::nullopt;
}

} // namespace limber
