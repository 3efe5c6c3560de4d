#include "app/start/startpage.h"

#include "app/keeproom.h"
#include "app/mutedtext.h"
#include "app/routines/routineduration.h"
#include "app/selfreport/choicescale.h"
#include "app/start/accentbutton.h"
#include "app/start/exercisetile.h"

#include <QApplication>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProxyStyle>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

/// The routine's name and Start.
constexpr double largeTextScale = 1.8;
/// The heading, the routine's length and the last-session line.
constexpr double secondaryTextScale = 1.25;

QFont scaledFont(const QFont &base, double factor, bool bold)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

QLabel *centredLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    // Top, not centred: the label is as tall as its text, and once the text
    // is selectable a text document lays it out, whose fractional line
    // height put the large title a pixel higher when centred.
    label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    label->setWordWrap(true);
    return label;
}

} // namespace

StartPage::StartPage(QWidget *parent, std::optional<QSize> painQuestionRoom)
    : QWidget(parent)
{
    setObjectName(u"startPage"_s);

    // Three sizes of type, and two of them bold: each size and weight is a
    // font the window's first frame has to find and load.
    m_heading = centredLabel(u"todayHeading"_s, this);
    m_heading->setFont(scaledFont(font(), secondaryTextScale, false));
    m_heading->setText(tr("Today's routine"));
    setMutedText(m_heading);

    m_title = centredLabel(u"routineTitle"_s, this);
    m_title->setFont(scaledFont(font(), largeTextScale, true));

    m_duration = centredLabel(u"routineDuration"_s, this);
    m_duration->setFont(scaledFont(font(), secondaryTextScale, false));

    // The one thing to press on this page: the accent colour, and a focus
    // ring thick enough to see from a mat on the floor.
    m_start = new AccentButton(tr("Start"), this);
    m_start->setObjectName(u"startButton"_s);
    m_start->setAccessibleName(tr("Start the session"));
    m_start->setToolTip(tr("Begin today's routine (Space or Enter)"));
    m_start->setFont(scaledFont(font(), largeTextScale, true));
    m_start->setMinimumSize(280, 76);
    m_start->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    // Enter clicks a focused button only when it is an auto-default button.
    m_start->setAutoDefault(true);
    connect(m_start, &QPushButton::clicked, this, &StartPage::startRequested);
    setFocusProxy(m_start);

    m_lastSession = centredLabel(u"lastSession"_s, this);
    m_lastSession->setFont(scaledFont(font(), secondaryTextScale, false));
    setMutedText(m_lastSession);

    m_exercises = new QWidget(this);
    m_exercises->setObjectName(u"routineExercises"_s);
    m_exerciseGrid = new QGridLayout(m_exercises);
    m_exerciseGrid->setContentsMargins(0, 0, 0, 0);
    m_exerciseGrid->setHorizontalSpacing(16);

    m_picker = new QWidget(this);
    auto *pickerLayout = new QHBoxLayout(m_picker);
    pickerLayout->setContentsMargins(0, 0, 0, 0);
    auto *pickerLabel = new QLabel(tr("&Change routine:"), m_picker);
    setMutedText(pickerLabel);
    m_routines = new QComboBox(m_picker);
    m_routines->setObjectName(u"routineChoice"_s);
    m_routines->setAccessibleName(tr("Today's routine"));
    m_routines->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    pickerLabel->setBuddy(m_routines);
    pickerLayout->addWidget(pickerLabel);
    pickerLayout->addWidget(m_routines);
    // activated: only the person's choice, never a change made in code.
    connect(m_routines, &QComboBox::activated, this, [this](int index) {
        const QString id = m_routines->itemData(index).toString();
        if (!id.isEmpty())
            Q_EMIT routineChosen(id);
        // Back to Start, so Space or Enter begins the routine just chosen.
        m_start->setFocus(Qt::OtherFocusReason);
    });

    // Pain before the session: one key or click, just above Start, with the
    // same room below it as above. Hidden until there is a history to keep it.
    m_painBeforeBox = new QWidget(this);
    auto *painLayout = new QVBoxLayout(m_painBeforeBox);
    painLayout->setContentsMargins(0, 0, 0, 32);
    // Whether it is asked is known once the history is open, a moment after
    // the first frame; its room is kept meanwhile, so that Start and the rest
    // of the page do not move when it appears.
    keepRoomWhenHidden(m_painBeforeBox, true);
    m_painBeforeBox->hide();
    // Its eleven buttons are measured in a bold and a small type that
    // nothing else in the first frame uses: loading those two fonts and
    // measuring the labels cost the first frame about 2 ms. It is built
    // when first asked, in the room it took on an earlier start, or after
    // the first frame (preparePainQuestion) when there is none.
    m_painQuestionRoomRemembered = painQuestionRoom.has_value();
    if (painQuestionRoom)
        m_painBeforeBox->setMinimumSize(*painQuestionRoom);

    // In a scroll area: a long routine's tiles, or a small screen, scroll
    // rather than make the window taller than the screen.
    auto *content = new QWidget;
    content->setObjectName(u"startPageContent"_s);
    // Given to the scroll area before it is filled: the area measures what
    // it is given, and the page is measured again when it is shown.
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(u"startPageScroll"_s);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);
    m_layout = layout;
    layout->setContentsMargins(32, 16, 32, 16);
    layout->addStretch(3);
    layout->addWidget(m_heading);
    layout->addSpacing(4);
    layout->addWidget(m_title);
    layout->addSpacing(4);
    layout->addWidget(m_duration);
    layout->addSpacing(16);
    layout->addWidget(m_exercises, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addWidget(m_picker, 0, Qt::AlignHCenter);
    layout->addSpacing(24);
    layout->addWidget(m_painBeforeBox, 0, Qt::AlignHCenter);
    layout->addWidget(m_start, 0, Qt::AlignHCenter);
    layout->addSpacing(32);
    layout->addWidget(m_lastSession);
    layout->addStretch(4);

    // The window's colour, not the base colour of a list.
    m_scroll->viewport()->setBackgroundRole(QPalette::Window);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);

    setRoutine({}, std::chrono::seconds(0));
    // Nothing is said about past sessions until the history has been read
    // (it opens after the first frame); a space keeps the line's height.
    m_lastSession->setText(u" "_s);
    setExercises({});
    setRoutineChoices({});
}

void StartPage::makeTextSelectable()
{
    for (QLabel *label : {m_heading, m_title, m_duration, m_lastSession})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void StartPage::setExercises(const QList<RoutineExerciseEntry> &exercises)
{
    qDeleteAll(m_tiles);
    m_tiles.clear();
    // Five to a row: the bundled routines in one row inside a 1024-pixel
    // window; a longer routine wraps, and the page scrolls if it must.
    constexpr int perRow = 5;
    for (const RoutineExerciseEntry &entry : exercises) {
        auto *tile = new ExerciseTile(entry.id, entry.title, entry.detail, m_exercises);
        tile->setFigure(entry.pose, entry.camera);
        connect(tile, &ExerciseTile::exerciseRequested, this, &StartPage::exerciseRequested);
        const int index = static_cast<int>(m_tiles.size());
        m_exerciseGrid->addWidget(tile, index / perRow, index % perRow, Qt::AlignTop);
        m_tiles.append(tile);
    }
    m_exercises->setVisible(!m_tiles.isEmpty());
    // Tiles come after Start in the Tab order: Start is what the page is for.
    QWidget *previous = m_start;
    for (ExerciseTile *tile : std::as_const(m_tiles)) {
        setTabOrder(previous, tile);
        previous = tile;
    }
}

QStringList StartPage::exerciseIds() const
{
    QStringList ids;
    for (const ExerciseTile *tile : m_tiles)
        ids.append(tile->exerciseId());
    return ids;
}

void StartPage::setRoutineChoices(const QList<RoutineChoice> &choices)
{
    const QString current = currentRoutineId();
    m_routines->clear();
    for (const RoutineChoice &choice : choices) {
        const QString label = choice.duration.count() > 0
            ? tr("%1 · %2").arg(choice.title, describeRoutineLength(choice.duration))
            : choice.title;
        m_routines->addItem(label, choice.id);
    }
    setCurrentRoutine(current);
    m_picker->setVisible(choices.size() > 1);
}

void StartPage::setCurrentRoutine(const QString &id)
{
    const int index = m_routines->findData(id);
    if (index >= 0)
        m_routines->setCurrentIndex(index);
}

QString StartPage::currentRoutineId() const
{
    return m_routines->currentData().toString();
}

void StartPage::setRoutine(const QString &title, std::chrono::seconds duration)
{
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
    m_duration->setText(duration.count() > 0 ? describeRoutineLength(duration) : QString());
    m_duration->setVisible(duration.count() > 0);
}

void StartPage::setLastSession(const QString &line)
{
    m_lastSession->setText(
        line.isEmpty() ? tr("No sessions yet. Your first one starts with a single press.") : line);
}

QString StartPage::routineTitle() const
{
    return m_title->text();
}

QString StartPage::durationText() const
{
    return m_duration->text();
}

QString StartPage::lastSessionText() const
{
    return m_lastSession->text();
}

void StartPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_start->setFocus(Qt::OtherFocusReason);
    QMetaObject::invokeMethod(this, &StartPage::keepStartInView, Qt::QueuedConnection);
}

void StartPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    QMetaObject::invokeMethod(this, &StartPage::keepStartInView, Qt::QueuedConnection);
}

void StartPage::keepStartInView()
{
    if (m_painBeforeBox->isVisible())
        m_scroll->ensureWidgetVisible(m_painBeforeBox, 0, 0);
    m_scroll->ensureWidgetVisible(m_start, 0, 16);
}

void StartPage::setProgressWidget(QWidget *widget)
{
    delete m_progress;
    m_progress = widget;
    if (!widget)
        return;
    // Under the routine it is about, before anything asked before Start.
    const int pickerIndex = m_layout->indexOf(m_picker);
    m_layout->insertSpacing(pickerIndex + 1, 16);
    m_layout->insertWidget(pickerIndex + 2, widget, 0, Qt::AlignHCenter);
}

QString StartPage::painQuestionText()
{
    return tr("Pain right now, from 0 (none) to 10 (worst) — optional:");
}

QString StartPage::painQuestionRoomKey()
{
    const QStyle *style = QApplication::style();
    if (const auto *proxy = qobject_cast<const QProxyStyle *>(style))
        style = proxy->baseStyle();
    const QScreen *screen = QGuiApplication::primaryScreen();
    return QStringList {QApplication::font().toString(), style ? style->name() : QString(),
        screen ? QString::number(screen->logicalDotsPerInchY()) : QString(),
        screen ? QString::number(screen->devicePixelRatio()) : QString(), painQuestionText()}
        .join(u'|');
}

void StartPage::buildPainQuestion()
{
    m_painBefore = new ChoiceScale(painQuestionText(), painScaleLabels(), 0);
    m_painBefore->setObjectName(u"painBefore"_s);
    m_painBefore->installShortcuts(this);
    m_painBeforeBox->layout()->addWidget(m_painBefore);
    // Its own room from now on, not the one remembered for it. A hidden
    // box's layout does not tell the page that it grew: the box does.
    m_painBeforeBox->setMinimumSize(0, 0);
    m_painBeforeBox->updateGeometry();
    // Measured once the page is polished and the question is in it.
    QMetaObject::invokeMethod(this, &StartPage::measurePainQuestion, Qt::QueuedConnection);
}

void StartPage::measurePainQuestion()
{
    m_painBeforeBox->ensurePolished();
    // What the page's layout gives the question, so that the room kept on
    // the next start is exactly the room it takes.
    const QLayoutItem *item = m_layout->itemAt(m_layout->indexOf(m_painBeforeBox));
    if (item)
        Q_EMIT painQuestionMeasured(painQuestionRoomKey(), item->sizeHint());
}

void StartPage::preparePainQuestion()
{
    if (!m_painBefore && !m_painQuestionRoomRemembered)
        buildPainQuestion();
}

void StartPage::setPainBeforeAsked(bool asked)
{
    if (asked && !m_painBefore)
        buildPainQuestion();
    keepRoomWhenHidden(m_painBeforeBox, false);
    m_painBeforeBox->setVisible(asked);
    if (isVisible())
        QMetaObject::invokeMethod(this, &StartPage::keepStartInView, Qt::QueuedConnection);
    if (!asked && m_painBefore)
        m_painBefore->setValue(std::nullopt);
}

std::optional<int> StartPage::takePainBefore()
{
    if (!m_painBefore)
        return std::nullopt;
    const std::optional<int> answer
        = m_painBeforeBox->isHidden() ? std::nullopt : m_painBefore->value();
    m_painBefore->setValue(std::nullopt);
    return answer;
}

} // namespace limber
