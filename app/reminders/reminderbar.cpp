#include "app/reminders/reminderbar.h"

#include "app/figure/figurestyle.h"
#include "app/reminders/reminderanswerlabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

/// How far the bar's background leans from the window colour to the accent:
/// enough to be seen at a glance, little enough to keep black text readable.
constexpr double accentTint = 0.18;

} // namespace

ReminderBar::ReminderBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"reminderBar"_s);
    setAccessibleName(tr("Reminder"));
    setFrameShape(QFrame::StyledPanel);
    tintBackground(*this, palette().color(QPalette::Highlight), accentTint);

    m_title = new QLabel(this);
    m_title->setObjectName(u"reminderTitle"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_message = new QLabel(this);
    m_message->setObjectName(u"reminderMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_title->setTextFormat(Qt::PlainText);

    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_title);
    text->addWidget(m_message);

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(12, 8, 6, 8);
    row->addLayout(text, 1);

    const struct
    {
        ReminderAnswer answer;
        QString objectName;
    } buttons[] = {
        {ReminderAnswer::Start, u"reminderStart"_s},
        {ReminderAnswer::Snooze, u"reminderSnooze"_s},
        {ReminderAnswer::SkipToday, u"reminderSkipToday"_s},
    };
    for (const auto &entry : buttons) {
        auto *button = new QPushButton(reminderAnswerLabel(entry.answer), this);
        button->setObjectName(entry.objectName);
        // Clicks only: a bar appearing must not catch a Space meant for the page.
        button->setFocusPolicy(Qt::TabFocus);
        button->setAutoDefault(false);
        const ReminderAnswer answer = entry.answer;
        connect(button, &QPushButton::clicked, this, [this, answer] { this->answer(answer); });
        row->addWidget(button);
    }

    auto *close = new QToolButton(this);
    close->setObjectName(u"reminderDismiss"_s);
    close->setText(u"✕"_s);
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss this reminder"));
    close->setAccessibleName(tr("Dismiss reminder"));
    close->setFocusPolicy(Qt::TabFocus);
    connect(close, &QToolButton::clicked, this, [this] { answer(ReminderAnswer::Dismissed); });
    row->addWidget(close);

    hide();
}

void ReminderBar::showNotice(const ReminderNotice &notice)
{
    m_title->setText(notice.title);
    m_message->setText(notice.message);
    setAccessibleDescription(notice.message);
    show();
}

void ReminderBar::answer(ReminderAnswer answer)
{
    hide();
    Q_EMIT answered(answer);
}

} // namespace limber
