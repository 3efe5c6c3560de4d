#include "app/exercise/exercisepage.h"

#include "app/exercise/exercisesections.h"
#include "app/exercise/movingfigure.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

// A line of about 80 characters reads best; wider windows get margins.
constexpr int readableWidth = 820;

} // namespace

ExercisePage::ExercisePage(QWidget *parent)
    : QWidget(parent)
    , m_languages(QLocale().uiLanguages())
    , m_motionReduced(platformReducesMotion())
{
    setObjectName(u"exercisePage"_s);

    m_back = new QPushButton(style()->standardIcon(QStyle::SP_ArrowBack), tr("Back"), this);
    m_back->setObjectName(u"exerciseBack"_s);
    m_back->setAccessibleName(tr("Back"));
    m_back->setToolTip(tr("Back to where you were (Esc or Alt+Left)"));
    m_back->setAutoDefault(true);
    connect(m_back, &QPushButton::clicked, this, &ExercisePage::backRequested);

    auto *escape = new QAction(tr("Back"), this);
    escape->setObjectName(u"exerciseBackAction"_s);
    escape->setShortcuts({QKeySequence(Qt::Key_Escape), QKeySequence(Qt::ALT | Qt::Key_Left)});
    escape->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QAction::triggered, this, &ExercisePage::backRequested);
    addAction(escape);
    m_backActions.append(escape);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(u"exerciseScroll"_s);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::StrongFocus);
    m_scroll->setAccessibleName(tr("Exercise"));
    m_scroll->installEventFilter(this); // Home and End, which a scroll area leaves alone
    // Figures start when scrolled into sight and stop when scrolled out.
    connect(m_scroll->verticalScrollBar(), &QScrollBar::valueChanged, this,
        &ExercisePage::updateFigureLoops);
    connect(m_scroll->verticalScrollBar(), &QScrollBar::rangeChanged, this,
        &ExercisePage::updateFigureLoops);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(12, 8, 12, 0);
    bar->addWidget(m_back);
    bar->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_scroll, 1);
    setFocusProxy(m_scroll);
    rebuild();
}

bool ExercisePage::platformReducesMotion()
{
    // Qt 6.4 has no "reduce motion" hint of its own; a style with widget
    // animations turned off is the closest the platform says.
    return QApplication::style()->styleHint(QStyle::SH_Widget_Animation_Duration) == 0;
}

void ExercisePage::setExercise(const Exercise &exercise)
{
    m_exercise = exercise;
    rebuild();
}

void ExercisePage::setLanguages(const QStringList &languages)
{
    m_languages = languages;
    rebuild();
}

void ExercisePage::setBackVisible(bool visible)
{
    m_back->setVisible(visible);
    for (QAction *action : std::as_const(m_backActions))
        action->setEnabled(visible);
}

void ExercisePage::setMotionReduced(bool reduced)
{
    m_motionReduced = reduced;
    for (MovingFigure *figure : std::as_const(m_figures))
        figure->setMotionReduced(reduced);
}

void ExercisePage::rebuild()
{
    m_figures.clear();
    auto *content = new QWidget;
    content->setObjectName(u"exerciseContent"_s);
    auto *column = new QVBoxLayout;
    column->setSpacing(22);
    ExerciseSections sections(m_exercise, m_languages);
    auto *inner = new QWidget(content);
    inner->setMaximumWidth(readableWidth);
    inner->setLayout(column);
    sections.build(inner, column);
    column->addStretch();
    m_figures = sections.figures();

    auto *centred = new QHBoxLayout(content);
    centred->setContentsMargins(24, 12, 24, 32);
    centred->addStretch(0);
    centred->addWidget(inner, 1);
    centred->addStretch(0);

    // setWidget() deletes the previous content and its figures.
    m_scroll->setWidget(content);
    m_content = content;
    for (MovingFigure *figure : std::as_const(m_figures))
        figure->setMotionReduced(m_motionReduced);
    m_scroll->verticalScrollBar()->setValue(0);
    // Once laid out, the figures in sight start moving.
    QTimer::singleShot(0, this, &ExercisePage::updateFigureLoops);
}

void ExercisePage::updateFigureLoops()
{
    for (MovingFigure *figure : std::as_const(m_figures))
        figure->updateLoop();
}

bool ExercisePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        QScrollBar *bar = m_scroll->verticalScrollBar();
        if (key->key() == Qt::Key_Home && key->modifiers() == Qt::NoModifier) {
            bar->triggerAction(QAbstractSlider::SliderToMinimum);
            return true;
        }
        if (key->key() == Qt::Key_End && key->modifiers() == Qt::NoModifier) {
            bar->triggerAction(QAbstractSlider::SliderToMaximum);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ExercisePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_scroll->setFocus(Qt::OtherFocusReason);
    updateFigureLoops();
}

void ExercisePage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateFigureLoops();
}

} // namespace limber
