#include "app/session/sessionscreen.h"

#include "app/figure/figureview.h"
#include "app/mutedtext.h"
#include "app/session/announcer.h"
#include "app/session/breathpacer.h"
#include "app/session/phasetext.h"
#include "app/session/sessioncontrols.h"
#include "app/session/sidebadge.h"
#include "app/session/stopconfirmation.h"
#include "app/session/timerring.h"
#include "core/session/sessionrunner.h"
#include "core/session/timeline.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

QLabel *textLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

/// A font \a divisor times smaller than the screen is high, never smaller than \a base.
QFont typeFor(const QFont &base, int height, int divisor, bool bold)
{
    QFont font = base;
    const int basePixels = QFontInfo(base).pixelSize();
    font.setPixelSize(std::max(basePixels, height / divisor));
    font.setBold(bold);
    return font;
}

bool shownOnCueLine(Cue::Kind kind)
{
    switch (kind) {
    case Cue::Kind::Reminder:
    case Cue::Kind::Halfway:
    case Cue::Kind::TenSecondsLeft:
    case Cue::Kind::Paused:
    case Cue::Kind::Finish:
    case Cue::Kind::StoppedForPain:
        return true;
    // The phase's own lines (cautions included), the ring and the pacer
    // already show the rest.
    case Cue::Kind::PhaseStart:
    case Cue::Kind::StepText:
    case Cue::Kind::Caution:
    case Cue::Kind::Countdown:
    case Cue::Kind::SwitchSides:
    case Cue::Kind::BreatheIn:
    case Cue::Kind::BreatheOut:
    case Cue::Kind::Done:
        break;
    }
    return false;
}

/// How long words about a moment of a hold stay on the cue line: "Ten seconds
/// remaining" read at 0:01 would be wrong.
constexpr std::chrono::milliseconds momentCueShownFor {4000};

bool namesAMoment(Cue::Kind kind)
{
    return kind == Cue::Kind::Halfway || kind == Cue::Kind::TenSecondsLeft;
}

} // namespace

SessionScreen::SessionScreen(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"sessionScreen"_s);
    m_headline = textLabel(u"sessionHeadline"_s, this);
    setMutedText(m_headline);
    m_badge = new SideBadge(this);
    m_pacer = new BreathPacer(this);
    QSizePolicy keepSpace = m_pacer->sizePolicy();
    keepSpace.setRetainSizeWhenHidden(true);
    m_pacer->setSizePolicy(keepSpace);
    m_figureView = new FigureView(this);
    m_figureView->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_figure = std::make_unique<SessionFigure>(m_figureView);
    m_ring = new TimerRing(this);
    m_instruction = textLabel(u"instruction"_s, this);
    m_instruction->setAccessibleName(tr("Instruction"));
    m_caution = textLabel(u"cautionText"_s, this);
    m_caution->setAccessibleName(tr("Caution"));
    // Its room is kept when a step has no caution, so the figure keeps its size.
    QSizePolicy keepCautionSpace = m_caution->sizePolicy();
    keepCautionSpace.setRetainSizeWhenHidden(true);
    m_caution->setSizePolicy(keepCautionSpace);
    m_caution->hide();
    m_cue = textLabel(u"cueText"_s, this);
    // Its accessible name carries the latest news for screen readers.
    m_cue->setAccessibleDescription(tr("Spoken cue"));
    m_announcer = std::make_unique<Announcer>(m_cue);
    m_next = textLabel(u"nextLine"_s, this);
    setMutedText(m_next);
    m_controls = new SessionControls(this);
    // Over the screen, not in its layout: asking moves nothing.
    m_stopConfirmation = new StopConfirmation(this);
    buildLayout();
    scaleType();
}

SessionScreen::~SessionScreen() = default;

void SessionScreen::buildLayout()
{
    auto *middle = new QGridLayout;
    m_middle = middle;
    middle->setHorizontalSpacing(24);
    // Pacer and ring share the width equally, so the figure sits in the centre.
    middle->addWidget(m_pacer, 0, 0);
    middle->addWidget(m_figureView, 0, 1);
    middle->addWidget(m_ring, 0, 2);
    middle->setColumnStretch(0, 2);
    middle->setColumnStretch(1, 5);
    middle->setColumnStretch(2, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(8);
    layout->addWidget(m_headline);
    layout->addWidget(m_badge);
    layout->addLayout(middle, 1);
    layout->addWidget(m_instruction);
    layout->addWidget(m_caution);
    layout->addWidget(m_cue);
    layout->addWidget(m_next);
    layout->addSpacing(8);
    layout->addWidget(m_controls);
}

void SessionScreen::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    scaleType();
    m_stopConfirmation->place();
}

void SessionScreen::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        styleQuestion();
}

void SessionScreen::styleQuestion()
{
    if (!m_painQuestion)
        return;
    // The buttons draw their own edges and the chosen answer from the
    // palette (ChoiceButton); the screen only gives the question its type
    // size, as the "Next" line's. A style sheet sets its widgets' fonts.
    const QString style = u"* { font-size: %1px; }"_s.arg(m_questionPixels);
    // Setting a style sheet repolishes, which may report a palette change again.
    if (style != m_painQuestion->styleSheet())
        m_painQuestion->setStyleSheet(style);
}

void SessionScreen::scaleType()
{
    const int h = height();
    const QFont base = QWidget::font();
    m_headline->setFont(typeFor(base, h, 34, false));
    m_badge->setFont(typeFor(base, h, 19, true));
    m_instruction->setFont(typeFor(base, h, 25, false));
    m_caution->setFont(typeFor(base, h, 32, true));
    m_cue->setFont(typeFor(base, h, 29, true));
    m_next->setFont(typeFor(base, h, 34, false));
    m_questionPixels = typeFor(base, h, 34, false).pixelSize();
    styleQuestion();
    // Room for two lines of instruction and one cue, so the figure keeps its
    // size from one step to the next.
    m_instruction->setMinimumHeight(2 * QFontMetrics(m_instruction->font()).lineSpacing());
    m_cue->setMinimumHeight(QFontMetrics(m_cue->font()).lineSpacing());
    m_caution->setMinimumHeight(QFontMetrics(m_caution->font()).lineSpacing());
    m_pacer->setFont(typeFor(base, h, 34, false));
    m_stopConfirmation->setTypeSize(typeFor(base, h, 25, true).pixelSize());
}

void SessionScreen::setPoseLookup(PoseLookup lookup)
{
    m_figure->setPoseLookup(std::move(lookup));
}

void SessionScreen::setBreathPacerEnabled(bool enabled)
{
    m_pacerEnabled = enabled;
    updatePacerVisibility();
}

void SessionScreen::updatePacerVisibility()
{
    const bool asking = m_painQuestion && !m_painQuestion->isHidden();
    m_pacer->setVisible(m_pacerEnabled && m_inHold && !asking);
}

void SessionScreen::setPainQuestion(QWidget *question)
{
    delete m_painQuestion;
    m_painQuestion = question;
    if (!question)
        return;
    question->setParent(this);
    question->hide();
    // Its room is kept when it goes, so the figure keeps its size at the first hold.
    QSizePolicy keepSpace = question->sizePolicy();
    keepSpace.setRetainSizeWhenHidden(true);
    question->setSizePolicy(keepSpace);
    // Beside the figure, where the pacer shows during holds.
    m_middle->addWidget(question, 0, 0, Qt::AlignCenter);
    scaleType();
}

void SessionScreen::setPainQuestionShown(bool shown)
{
    if (!m_painQuestion)
        return;
    m_painQuestion->setVisible(shown);
    updatePacerVisibility();
}

void SessionScreen::prepare(const Timeline &timeline)
{
    const SessionOptions &options = timeline.options();
    m_languages = options.uiLanguages;
    m_pacer->setPattern(options.breatheIn, options.breatheOut);
    m_controls->setExtendStep(std::chrono::duration_cast<std::chrono::seconds>(options.extendStep));
    clearCue();
}

void SessionScreen::showPhase(const Timeline &timeline, int phaseIndex, bool jump)
{
    const Phase &phase = timeline.phase(phaseIndex);
    m_inHold = phase.isHold();
    m_headline->setText(phasetext::headline(phase, m_languages));
    m_badge->setText(phasetext::sideLine(phase, m_languages));
    // Outlined: a side or a stretch that is coming, not yet held.
    m_badge->setUpcoming(phase.kind == Phase::Kind::Switch || phase.kind == Phase::Kind::GetReady);
    m_instruction->setText(phasetext::instruction(phase, m_languages));
    const QString cautions = phasetext::cautions(phase, m_languages);
    m_caution->setText(cautions);
    m_caution->setVisible(!cautions.isEmpty());
    const bool last = phaseIndex + 1 >= timeline.phaseCount();
    m_next->setText(
        last ? QString() : phasetext::nextLine(timeline.phase(phaseIndex + 1), m_languages));
    m_ring->setEmphasised(phase.isHold());
    m_ring->setTime(phase.duration, phase.duration);
    if (m_inHold)
        m_pacer->setElapsed(std::chrono::milliseconds(0));
    updatePacerVisibility();

    m_figure->showPhase(timeline, phaseIndex, jump);
    QString description = m_instruction->text();
    if (!cautions.isEmpty())
        description += u' ' + cautions;
    if (!m_badge->text().isEmpty())
        description = m_badge->text() + u". "_s + description;
    m_figureView->setDescription(description);

    const QString what = m_badge->text().isEmpty() ? m_headline->text() : m_badge->text();
    m_announcer->announce(
        m_instruction->text().isEmpty() ? what : what + u". "_s + m_instruction->text());
}

void SessionScreen::clearCue()
{
    m_cue->clear();
    m_cueExpires.reset();
}

void SessionScreen::clearMomentCue()
{
    if (m_cueExpires)
        clearCue();
}

void SessionScreen::showCue(const Cue &cue)
{
    // The last seconds of a hold, which the ring shows and the tones sound.
    if (cue.kind == Cue::Kind::Countdown)
        m_announcer->announce(QString::number(cue.count));
    if (!shownOnCueLine(cue.kind))
        return;
    m_announcer->announce(cue.text);
    m_cue->setText(cue.text);
    if (namesAMoment(cue.kind))
        m_cueExpires = cue.at + momentCueShownFor;
    else
        m_cueExpires.reset();
}

void SessionScreen::showTime(const SessionRunner &runner)
{
    const Phase &phase = runner.currentPhase();
    const std::chrono::milliseconds left = runner.timeLeftInPhase();
    m_ring->setTime(left, phase.duration);
    if (phase.isHold() && m_pacerEnabled)
        m_pacer->setElapsed(phase.duration - left);
    m_figure->advance(runner.activeElapsed());
    if (m_cueExpires && runner.activeElapsed() >= *m_cueExpires)
        clearCue();
}

void SessionScreen::showRunState(const SessionRunner &runner)
{
    m_ring->setPaused(runner.isPaused());
    m_controls->setState(runner.isActive(), runner.isPaused(), runner.currentPhase().isHold());
}

QString SessionScreen::instructionText() const
{
    return m_instruction->text();
}

QString SessionScreen::cautionText() const
{
    return m_caution->isHidden() ? QString() : m_caution->text();
}

QString SessionScreen::cueText() const
{
    return m_cue->text();
}

QString SessionScreen::nextText() const
{
    return m_next->text();
}

QString SessionScreen::lastAnnouncement() const
{
    return m_announcer->lastNews();
}

QString SessionScreen::headlineText() const
{
    return m_headline->text();
}

} // namespace limber
