#include "app/session/sessionsummaryview.h"

#include "app/palettefollower.h"
#include "app/selfreport/selfreportpanel.h"
#include "app/session/phasetext.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

QLabel *centred(const QString &objectName, QWidget *parent, double scale, bool bold)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    label->setFont(font);
    return label;
}

QString minutesAndSeconds(std::chrono::milliseconds time)
{
    // Held time is counted down to the second, not up: 59.6 s held is 0:59.
    const qint64 seconds = time.count() / 1000;
    return u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

SessionSummaryView::SessionSummaryView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"sessionSummary"_s);
    m_heading = centred(u"summaryHeading"_s, this, 2.2, true);
    m_advice = centred(u"summaryAdvice"_s, this, 1.6, true);
    m_advice->setAccessibleName(tr("How to come out of the stretch"));
    m_advice->hide();
    m_reason = centred(u"summaryReason"_s, this, 1.3, false);
    m_holds = centred(u"summaryHolds"_s, this, 1.5, false);
    m_total = centred(u"summaryTotal"_s, this, 1.5, true);

    // Asked only when there is a history to keep the answers in.
    m_selfReports = new SelfReportPanel(this);
    m_selfReports->hide();

    m_done = new QPushButton(tr("Done"), this);
    m_done->setObjectName(u"summaryDoneButton"_s);
    m_done->setAccessibleName(tr("Done: back to the start page"));
    m_done->setToolTip(tr("Back to the start page (Enter)"));
    QFont larger = m_done->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.6);
    larger.setBold(true);
    m_done->setFont(larger);
    m_done->setMinimumSize(220, 64);
    m_done->setAutoDefault(true);
    // One frame: the sheet draws the whole button (background included) and
    // no focus rectangle inside it; the focus shows as the accent-coloured edge.
    setPaletteStyleSheet(m_done,
        u"QPushButton { padding: 8px 36px; border-radius: 12px; border: 3px solid palette(mid);"
        " background: palette(button); color: palette(button-text); outline: none; }"
        " QPushButton:focus { border: 4px solid palette(highlight); padding: 7px 35px; }"
        " QPushButton:pressed { background: palette(midlight); }"_s);
    connect(m_done, &QPushButton::clicked, this, &SessionSummaryView::doneRequested);
    setFocusProxy(m_done);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->addStretch(2);
    layout->addWidget(m_heading);
    layout->addSpacing(8);
    layout->addWidget(m_advice);
    layout->addWidget(m_reason);
    layout->addSpacing(24);
    layout->addWidget(m_holds);
    layout->addWidget(m_total);
    layout->addSpacing(24);
    layout->addWidget(m_selfReports);
    layout->addSpacing(24);
    layout->addWidget(m_done, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

void SessionSummaryView::showSummary(
    const SessionSummary &summary, const SideNames &sides, const QList<ExerciseHolds> &unsided)
{
    switch (summary.stopReason) {
    case StopReason::None:
        // Say what happened: reaching the end by skipping is not finishing.
        if (!summary.completed) {
            m_heading->setText(tr("No holds done this time"));
            m_reason->setText(tr("You skipped to the end without holding a stretch to its end, "
                                 "so this session does not count as done."));
        } else if (summary.cutShortHolds > 0 || summary.skippedHolds > 0) {
            m_heading->setText(tr("Well done"));
            m_reason->setText(
                tr("You reached the end of the routine, with some holds skipped or cut short."));
        } else {
            m_heading->setText(tr("Well done"));
            m_reason->setText(tr("You finished the whole routine."));
        }
        break;
    case StopReason::User:
        m_heading->setText(tr("Session stopped"));
        m_reason->setText(tr("You stopped before the end. What you held still counts."));
        break;
    case StopReason::Pain:
        m_heading->setText(tr("Stopped because it hurt"));
        m_reason->setText(tr("Rest now. If the pain is sharp or keeps growing, do not go on "
                             "with the exercise and ask your doctor."));
        break;
    }

    m_holdLines.clear();
    if (summary.completedLeftHolds > 0)
        m_holdLines.append(
            tr("%1: %n hold(s)", nullptr, summary.completedLeftHolds)
                .arg(sides.left.isEmpty() ? phasetext::sideName(Side::Left, {}) : sides.left));
    if (summary.completedRightHolds > 0)
        m_holdLines.append(
            tr("%1: %n hold(s)", nullptr, summary.completedRightHolds)
                .arg(sides.right.isEmpty() ? phasetext::sideName(Side::Right, {}) : sides.right));
    for (const ExerciseHolds &exercise : unsided) {
        if (exercise.holds > 0)
            m_holdLines.append(tr("%1: %n hold(s)", nullptr, exercise.holds).arg(exercise.title));
    }
    if (unsided.isEmpty() && summary.completedUnsidedHolds > 0)
        m_holdLines.append(tr("%n hold(s) done", nullptr, summary.completedUnsidedHolds));
    if (summary.cutShortHolds > 0)
        m_holdLines.append(tr("%n hold(s) cut short", nullptr, summary.cutShortHolds));
    if (summary.skippedHolds > 0)
        m_holdLines.append(tr("%n hold(s) skipped", nullptr, summary.skippedHolds));
    if (m_holdLines.isEmpty())
        m_holdLines.append(tr("No holds this time."));
    m_holds->setText(m_holdLines.join(u'\n'));
    m_total->setText(tr("Time holding: %1").arg(minutesAndSeconds(summary.totalHeld)));
}

void SessionSummaryView::setAdvice(const QString &advice)
{
    m_advice->setText(advice);
    m_advice->setVisible(!advice.isEmpty());
}

QString SessionSummaryView::adviceText() const
{
    return m_advice->text();
}

QString SessionSummaryView::headingText() const
{
    return m_heading->text();
}

QString SessionSummaryView::reasonText() const
{
    return m_reason->text();
}

QStringList SessionSummaryView::holdLines() const
{
    return m_holdLines;
}

QString SessionSummaryView::totalText() const
{
    return m_total->text();
}

} // namespace limber
