#include "app/session/sessioncontrols.h"

#include "app/figure/figurestyle.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

// A focus ring thick enough to see from the floor; button edges mixed from
// the window's colours so they stand out (3:1) in light and dark themes alike;
// a disabled button dimmer than the others yet still readable (4.5:1);
// "It hurts" in a red that reads on both, with white text (7.5:1 contrast).
QString controlsStyle(const QColor &edge, const QColor &faintEdge)
{
    return uR"(
QPushButton {
    padding: 10px 16px; border-radius: 10px;
    border: 2px solid %1; background: palette(button); color: palette(button-text);
}
QPushButton:focus { border: 4px solid palette(highlight); padding: 8px 14px; }
QPushButton:disabled { color: %2; border-color: %2; }
QPushButton#painStopButton { background: #a3221b; color: white; border-color: #7a1914; }
QPushButton#painStopButton:focus { border: 4px solid palette(window-text); padding: 8px 14px; }
QPushButton#painStopButton:disabled { background: palette(button); color: %2; border-color: %2; }
)"_s.arg(edge.name(), faintEdge.name());
}

QString withKeys(const QString &text, const QList<QKeySequence> &keys)
{
    QStringList names;
    for (const QKeySequence &key : keys)
        names.append(key.toString(QKeySequence::NativeText));
    return u"%1 (%2)"_s.arg(text, names.join(u", "_s));
}

} // namespace

SessionControls::SessionControls(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"sessionControls"_s);
    applyStyle();

    m_pause = addButton(u"pauseButton"_s, &SessionControls::pauseToggled);
    m_back = addButton(u"backButton"_s, &SessionControls::backRequested);
    m_back->setText(tr("Back"));
    m_back->setAccessibleName(tr("Back to the start of this step"));
    m_skip = addButton(u"skipButton"_s, &SessionControls::skipRequested);
    m_skip->setText(tr("Skip"));
    m_skip->setAccessibleName(tr("Skip to the next step"));
    m_extend = addButton(u"extendButton"_s, &SessionControls::extendRequested);
    m_help = addButton(u"helpButton"_s, &SessionControls::helpRequested);
    m_help->setText(tr("Help"));
    m_help->setAccessibleName(tr("How to do this exercise"));
    m_stop = addButton(u"stopButton"_s, &SessionControls::stopRequested);
    m_stop->setText(tr("Stop"));
    m_stop->setAccessibleName(tr("Stop the session"));
    m_pain = addButton(u"painStopButton"_s, &SessionControls::painStopRequested);
    m_pain->setText(tr("It hurts — stop"));
    m_pain->setAccessibleName(tr("It hurts: stop the session"));
    setExtendStep(std::chrono::seconds(15));
    setState(false, false, false);
    keepPauseWidth();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // Spacing and padding leave room for the longer words of other languages
    // (German, French) within a 1024-pixel-wide screen.
    layout->setSpacing(8);
    for (QPushButton *button : {m_pause, m_back, m_skip, m_extend, m_help, m_stop})
        layout->addWidget(button);
    // Far from the others, so nobody presses it by mistake or misses it.
    layout->addStretch(1);
    layout->addSpacing(32);
    layout->addWidget(m_pain);
}

QPushButton *SessionControls::addButton(
    const QString &objectName, void (SessionControls::*signal)())
{
    auto *button = new QPushButton(this);
    button->setObjectName(objectName);
    QFont larger = button->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.3);
    button->setFont(larger);
    button->setFocusPolicy(Qt::StrongFocus);
    connect(button, &QPushButton::clicked, this, signal);
    return button;
}

QAction *SessionControls::addAction(QWidget *scope, QPushButton *button, QList<QKeySequence> keys)
{
    auto *action = new QAction(button->accessibleName(), scope);
    action->setObjectName(button->objectName() + u"Action"_s);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setEnabled(button->isEnabled());
    // The key presses the button, so both ways run the same code.
    connect(action, &QAction::triggered, button, &QPushButton::click);
    scope->addAction(action);
    m_bindings.append({button, action, std::move(keys)});
    refreshBindings();
    return action;
}

void SessionControls::installShortcuts(QWidget *scope)
{
    addAction(scope, m_pause, {QKeySequence(Qt::Key_Space)});
    addAction(scope, m_back, {QKeySequence(Qt::Key_Left)});
    addAction(scope, m_skip, {QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_N)});
    addAction(scope, m_extend, {QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal)});
    addAction(scope, m_help, {QKeySequence(Qt::Key_Question), QKeySequence(Qt::Key_F1)});
    addAction(scope, m_pain, {QKeySequence(Qt::Key_H)});
    // Esc is not the Stop button's: full screen is left first, and while the
    // page asks whether to stop, Esc answers "Keep going" (SessionPage).
    m_escape = new QAction(tr("Leave full screen, or stop the session"), scope);
    m_escape->setObjectName(u"escapeAction"_s);
    m_escape->setShortcut(QKeySequence(Qt::Key_Escape));
    m_escape->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_escape->setEnabled(m_active);
    connect(m_escape, &QAction::triggered, this, &SessionControls::escapePressed);
    scope->addAction(m_escape);
    refreshBindings();
}

void SessionControls::setState(bool active, bool paused, bool inHold)
{
    m_active = active;
    m_paused = paused;
    m_inHold = inHold;
    const bool free = active && !m_askingToStop;
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    m_pause->setAccessibleName(paused ? tr("Resume the session") : tr("Pause the session"));
    m_pause->setEnabled(free);
    m_back->setEnabled(free);
    m_skip->setEnabled(free);
    m_extend->setEnabled(free && inHold);
    m_help->setEnabled(free);
    m_stop->setEnabled(free);
    m_pain->setEnabled(active);
    if (m_escape)
        m_escape->setEnabled(active);
    refreshBindings();
}

void SessionControls::setAskingToStop(bool asking)
{
    m_askingToStop = asking;
    setState(m_active, m_paused, m_inHold);
}

void SessionControls::refreshBindings()
{
    for (const Binding &binding : std::as_const(m_bindings)) {
        binding.action->setEnabled(binding.button->isEnabled());
        binding.action->setText(binding.button->accessibleName());
        binding.button->setToolTip(withKeys(binding.button->accessibleName(), binding.keys));
    }
    if (m_escape)
        m_stop->setToolTip(withKeys(m_stop->accessibleName(), m_escape->shortcuts()));
}

void SessionControls::keepPauseWidth()
{
    // As wide as its longer word, so the buttons beside it do not move when
    // Pause turns into Resume.
    const QString shown = m_pause->text();
    int widest = 0;
    for (const QString &text : {tr("Pause"), tr("Resume")}) {
        m_pause->setText(text);
        widest = std::max(widest, m_pause->sizeHint().width());
    }
    m_pause->setText(shown);
    m_pause->setMinimumWidth(widest);
}

void SessionControls::setExtendStep(std::chrono::seconds step)
{
    const int seconds = static_cast<int>(step.count());
    m_extend->setText(tr("+%1 s").arg(seconds));
    m_extend->setAccessibleName(tr("Add %n second(s) to this hold", nullptr, seconds));
    refreshBindings();
}

void SessionControls::applyStyle()
{
    const QColor window = palette().color(QPalette::Window);
    const QColor text = palette().color(QPalette::WindowText);
    const QString style
        = controlsStyle(blendColours(window, text, 0.5), blendColours(window, text, 0.55));
    // Setting a style sheet repolishes, which may report a palette change again.
    if (style != styleSheet())
        setStyleSheet(style);
}

void SessionControls::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyStyle();
}

QWidget *SessionControls::firstFocus() const
{
    return m_pause;
}

} // namespace limber
