#include "app/reminders/notifycall.h"

#include <QMetaType>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace limber {
namespace {

const ReminderNotice notice {u"chair-break"_s, u"Time for a stretch"_s,
    u"A good moment for the chair version of the Seated Leg Cross — 2 minutes."_s};

TEST(NotifyCall, OffersStartSnoozeAndSkipTodayAsButtons)
{
    const NotifyCall call = reminderNotifyCall(notice, {u"actions"_s});
    ASSERT_EQ(call.actions.size() % 2, 0) << "actions come in key, label pairs";
    QMap<QString, QString> labels;
    for (qsizetype i = 0; i < call.actions.size(); i += 2)
        labels.insert(call.actions.at(i), call.actions.at(i + 1));
    EXPECT_EQ(labels.value(u"start"_s), u"Start"_s);
    EXPECT_EQ(labels.value(u"snooze"_s), u"Snooze 10 min"_s);
    EXPECT_EQ(labels.value(u"skip-today"_s), u"Skip today"_s);
    EXPECT_TRUE(labels.contains(u"default"_s)) << "a click on the notification opens the window";
}

TEST(NotifyCall, EveryButtonKeyMapsBackToItsAnswer)
{
    const NotifyCall call = reminderNotifyCall(notice, {u"actions"_s});
    QList<ReminderAnswer> answers;
    for (qsizetype i = 0; i < call.actions.size(); i += 2) {
        if (const auto answer = answerForNotifyAction(call.actions.at(i)))
            answers.append(*answer);
    }
    EXPECT_EQ(answers,
        (QList<ReminderAnswer> {
            ReminderAnswer::Start, ReminderAnswer::Snooze, ReminderAnswer::SkipToday}));
    EXPECT_FALSE(answerForNotifyAction(u"default"_s).has_value());
    EXPECT_FALSE(answerForNotifyAction(u"something-else"_s).has_value());
}

TEST(NotifyCall, NamesLimberAndStaysUntilAnswered)
{
    const NotifyCall call = reminderNotifyCall(notice, {u"actions"_s}, 7);
    EXPECT_EQ(call.appName, u"Limber"_s);
    EXPECT_EQ(call.appIcon, u"io.github.limber.Limber"_s);
    EXPECT_EQ(call.summary, notice.title);
    EXPECT_EQ(call.body, notice.message);
    EXPECT_EQ(call.replacesId, 7u);
    EXPECT_EQ(call.expireTimeout, 0);
    EXPECT_EQ(call.hints.value(u"desktop-entry"_s).toString(), u"io.github.limber.Limber"_s);
}

TEST(NotifyCall, UrgencyIsANormalByte)
{
    // The spec types urgency as a byte: an int is ignored by some servers.
    const QVariant urgency = reminderNotifyCall(notice, {}).hints.value(u"urgency"_s);
    EXPECT_EQ(urgency.metaType(), QMetaType::fromType<uchar>());
    EXPECT_EQ(urgency.value<uchar>(), 1);
}

TEST(NotifyCall, BodyIsEscapedOnlyWhereMarkupIsRead)
{
    const ReminderNotice marked {u"r"_s, u"Stretch"_s, u"Hips & back <5 min>"_s};
    EXPECT_EQ(reminderNotifyCall(marked, {u"actions"_s, u"body-markup"_s}).body,
        u"Hips &amp; back &lt;5 min&gt;"_s);
    EXPECT_EQ(reminderNotifyCall(marked, {u"actions"_s}).body, marked.message);
}

TEST(NotifyCall, ArgumentsFollowTheNotifySignature)
{
    const QVariantList arguments = reminderNotifyCall(notice, {u"actions"_s}, 3).arguments();
    // Notify(s app_name, u replaces_id, s app_icon, s summary, s body, as actions,
    //        a{sv} hints, i expire_timeout)
    const QList<QMetaType> expected {QMetaType::fromType<QString>(), QMetaType::fromType<uint>(),
        QMetaType::fromType<QString>(), QMetaType::fromType<QString>(),
        QMetaType::fromType<QString>(), QMetaType::fromType<QStringList>(),
        QMetaType::fromType<QVariantMap>(), QMetaType::fromType<int>()};
    ASSERT_EQ(arguments.size(), expected.size());
    for (qsizetype i = 0; i < arguments.size(); ++i)
        EXPECT_EQ(arguments.at(i).metaType(), expected.at(i)) << "argument " << i;
    EXPECT_EQ(arguments.at(1).toUInt(), 3u);
    EXPECT_EQ(arguments.at(3).toString(), notice.title);
}

TEST(NotifyCall, OnlyAServerWithActionsCanCarryTheReminder)
{
    EXPECT_TRUE(notificationServerShowsButtons({u"body"_s, u"actions"_s}));
    EXPECT_FALSE(notificationServerShowsButtons({u"body"_s, u"body-markup"_s}));
    EXPECT_FALSE(notificationServerShowsButtons({}));
}

} // namespace
} // namespace limber
