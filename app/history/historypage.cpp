#include "app/history/historypage.h"

#include "app/history/firstusestate.h"
#include "app/history/historychartspanel.h"
#include "app/history/historyformat.h"
#include "app/history/historytablemodel.h"
#include "app/history/historytext.h"
#include "app/history/sessionlist.h"
#include "app/history/sessiontablemodel.h"
#include "core/content/contentlibrary.h"
#include "core/history/historystore.h"
#include "core/util/clock.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

constexpr int ladderSteps = 4;

QLabel *titleLabel(const QString &text, double scale, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    return label;
}

QStringList namesOf(const Exercise &exercise, const QLocale &locale)
{
    QStringList names;
    for (const LocalizedText &level : exercise.reachLevels)
        names.append(level.text(locale.uiLanguages()));
    return names;
}

} // namespace

HistoryPage::HistoryPage(HistoryStore &store, const ContentLibrary *library, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_queries(store)
    , m_library(library)
{
    setObjectName(u"historyPage"_s);
    m_states = new QStackedWidget(this);
    m_content = new QWidget(m_states);
    m_charts = new HistoryChartsPanel;
    connect(m_charts, &HistoryChartsPanel::monthStepRequested, this,
        [this](int step) { step < 0 ? showPreviousMonth() : showNextMonth(); });

    auto *scroll = new QScrollArea;
    scroll->setObjectName(u"chartsScrollArea"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_charts);

    m_model = new HistoryTableModel(this);
    m_table = new QTableView;
    m_table->setObjectName(u"historyTable"_s);
    m_table->setAccessibleName(tr("Weekly numbers"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_views = new QTabWidget(m_content);
    m_views->setObjectName(u"historyViews"_s);
    m_views->setDocumentMode(true);
    m_views->addTab(scroll, tr("&Charts"));
    m_views->addTab(m_table, tr("&Table"));
    m_sessions = new SessionList(store);
    connect(m_sessions, &SessionList::sessionDeleted, this, [this] {
        refresh();
        Q_EMIT historyChanged();
    });
    m_views->addTab(m_sessions, tr("Sess&ions"));

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->addWidget(buildHeader());
    contentLayout->addWidget(m_views, 1);

    m_firstUse = new FirstUseState(m_states);
    connect(m_firstUse, &FirstUseState::startSessionRequested, this,
        &HistoryPage::startSessionRequested);
    m_error = buildError();
    m_states->addWidget(m_content);
    m_states->addWidget(m_firstUse);
    m_states->addWidget(m_error);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_states);
}

HistoryPage::~HistoryPage() = default;

SessionTableModel *HistoryPage::sessionModel() const
{
    return m_sessions->sessionModel();
}

SessionDeletion &HistoryPage::sessionDeletion() const
{
    return m_sessions->deletion();
}

void HistoryPage::deleteSelectedSession()
{
    m_sessions->deleteSelected();
}

QWidget *HistoryPage::buildHeader()
{
    auto *header = new QWidget(m_content);
    auto *title = titleLabel(tr("History"), 1.6, header);

    m_exerciseCombo = new QComboBox(header);
    m_exerciseCombo->setObjectName(u"exerciseFilter"_s);
    m_exerciseCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *exerciseLabel = new QLabel(tr("&Exercise:"), header);
    exerciseLabel->setBuddy(m_exerciseCombo);
    connect(m_exerciseCombo, &QComboBox::activated, this,
        [this](int index) { setExerciseFilter(m_exerciseCombo->itemData(index).toString()); });

    m_previousWeek = new QPushButton(tr("‹ &Previous week"), header);
    m_previousWeek->setObjectName(u"previousWeekButton"_s);
    m_thisWeek = new QPushButton(tr("This &week"), header);
    m_thisWeek->setObjectName(u"thisWeekButton"_s);
    m_nextWeek = new QPushButton(tr("&Next week ›"), header);
    m_nextWeek->setObjectName(u"nextWeekButton"_s);
    connect(m_previousWeek, &QPushButton::clicked, this, &HistoryPage::showPreviousWeek);
    connect(m_thisWeek, &QPushButton::clicked, this, &HistoryPage::showThisWeek);
    connect(m_nextWeek, &QPushButton::clicked, this, &HistoryPage::showNextWeek);
    m_range = titleLabel(QString(), 1.0, header);
    m_range->setObjectName(u"weekRangeLabel"_s);

    m_weekCountCombo = new QComboBox(header);
    m_weekCountCombo->setObjectName(u"weekCountCombo"_s);
    m_weekCountCombo->addItem(tr("8 weeks"), 8);
    m_weekCountCombo->addItem(tr("12 weeks"), 12);
    m_weekCountCombo->setCurrentIndex(1);
    auto *countLabel = new QLabel(tr("&Show:"), header);
    countLabel->setBuddy(m_weekCountCombo);
    connect(m_weekCountCombo, &QComboBox::activated, this,
        [this](int index) { setWeekCount(m_weekCountCombo->itemData(index).toInt()); });

    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch();
    top->addWidget(exerciseLabel);
    top->addWidget(m_exerciseCombo);
    auto *navigation = new QHBoxLayout;
    navigation->addWidget(m_previousWeek);
    navigation->addWidget(m_thisWeek);
    navigation->addWidget(m_nextWeek);
    navigation->addSpacing(12);
    navigation->addWidget(m_range);
    navigation->addStretch();
    navigation->addWidget(countLabel);
    navigation->addWidget(m_weekCountCombo);
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(navigation);
    return header;
}

QWidget *HistoryPage::buildError()
{
    auto *page = new QWidget(m_states);
    page->setObjectName(u"errorState"_s);
    m_errorText = new QLabel(page);
    m_errorText->setObjectName(u"errorText"_s);
    m_errorText->setWordWrap(true);
    m_errorText->setAlignment(Qt::AlignCenter);
    auto *retry = new QPushButton(tr("&Try again"), page);
    connect(retry, &QPushButton::clicked, this, &HistoryPage::refresh);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(
        titleLabel(tr("The history could not be read."), 1.3, page), 0, Qt::AlignCenter);
    layout->addWidget(m_errorText);
    layout->addWidget(retry, 0, Qt::AlignCenter);
    layout->addStretch();
    return page;
}

QDate HistoryPage::today() const
{
    return localDate(m_store.clock().nowUtc(), m_store.clock().utcOffsetSeconds());
}

QDate HistoryPage::lastWeekDay() const
{
    return m_lastWeekDay.isValid() ? m_lastWeekDay : today();
}

WeekWindow HistoryPage::window() const
{
    return WeekWindow(lastWeekDay(), m_weekCount, locale().firstDayOfWeek());
}

QDate HistoryPage::calendarMonth() const
{
    const QDate month = m_month.isValid() ? m_month : today();
    return QDate(month.year(), month.month(), 1);
}

bool HistoryPage::isShowingFirstUse() const
{
    return m_states->currentWidget() == m_firstUse;
}

QStringList HistoryPage::levelNames() const
{
    if (m_library) {
        const QLocale here = locale();
        if (!m_exerciseId.isEmpty()) {
            if (const Exercise *exercise = m_library->exercise(m_exerciseId);
                exercise && !exercise->reachLevels.isEmpty())
                return namesOf(*exercise, here);
        } else {
            // All exercises share one ladder only when one of them has names for it.
            QList<const Exercise *> withLadder;
            for (const QString &id : m_snapshot.exerciseIds) {
                const Exercise *exercise = m_library->exercise(id);
                if (exercise && !exercise->reachLevels.isEmpty())
                    withLadder.append(exercise);
            }
            if (withLadder.size() == 1)
                return namesOf(*withLadder.constFirst(), here);
        }
    }
    return HistoryText::genericLevelNames(ladderSteps);
}

void HistoryPage::refresh()
{
    m_stale = true;
    if (isVisible())
        reload();
}

void HistoryPage::showPreviousWeek()
{
    m_lastWeekDay = lastWeekDay().addDays(-7);
    refresh();
}

void HistoryPage::showNextWeek()
{
    const QDate next = lastWeekDay().addDays(7);
    const Qt::DayOfWeek first = locale().firstDayOfWeek();
    // Never past the week of today; reaching it follows today again.
    m_lastWeekDay = startOfWeek(next, first) >= startOfWeek(today(), first) ? QDate() : next;
    refresh();
}

void HistoryPage::showThisWeek()
{
    m_lastWeekDay = QDate();
    refresh();
}

void HistoryPage::setWeekCount(int count)
{
    m_weekCount = std::max(1, count);
    const int index = m_weekCountCombo->findData(m_weekCount);
    if (index >= 0)
        m_weekCountCombo->setCurrentIndex(index);
    refresh();
}

void HistoryPage::setExerciseFilter(const QString &exerciseId)
{
    m_exerciseId = exerciseId;
    refresh();
}

void HistoryPage::showPreviousMonth()
{
    m_month = calendarMonth().addMonths(-1);
    showMonth();
}

void HistoryPage::showNextMonth()
{
    const QDate next = calendarMonth().addMonths(1);
    const QDate now = today();
    m_month = next >= QDate(now.year(), now.month(), 1) ? QDate() : next;
    showMonth();
}

void HistoryPage::showEvent(QShowEvent *event)
{
    // A new day moves this week, the streaks and the four weeks of the balance.
    if (m_stale || m_loadedOn != today())
        reload();
    QWidget::showEvent(event);
}

void HistoryPage::changeEvent(QEvent *event)
{
    // Another locale may start its weeks on another day.
    if (event->type() == QEvent::LocaleChange)
        refresh();
    QWidget::changeEvent(event);
}

void HistoryPage::setTargetLineSource(TargetLineSource source)
{
    m_targetSource = std::move(source);
    refresh();
}

void HistoryPage::reload()
{
    m_stale = false;
    m_loadedOn = today();
    const QLocale here = locale();
    HistoryRequest request;
    request.today = today();
    request.lastWeekDay = lastWeekDay();
    request.weekCount = m_weekCount;
    request.firstDayOfWeek = here.firstDayOfWeek();
    request.filter.exerciseId = m_exerciseId;
    auto snapshot = loadHistory(m_queries, request);
    if (!snapshot) {
        m_errorText->setText(snapshot.error().message);
        m_states->setCurrentWidget(m_error);
        return;
    }
    m_snapshot = std::move(snapshot).value();
    if (!m_exerciseId.isEmpty() && !m_snapshot.exerciseIds.contains(m_exerciseId)) {
        // The exercise's holds are gone (a restored backup): show everything.
        m_exerciseId.clear();
        reload();
        return;
    }
    updateExerciseChoices();
    if (!m_snapshot.hasHolds()) {
        m_states->setCurrentWidget(m_firstUse);
        return;
    }
    m_states->setCurrentWidget(m_content);
    const QStringList levels = levelNames();
    // A target line needs one exercise: the one chosen, or the only one practised.
    const QString targetExercise = !m_exerciseId.isEmpty() ? m_exerciseId
        : m_snapshot.exerciseIds.size() == 1               ? m_snapshot.exerciseIds.constFirst()
                                                           : QString();
    m_targetLine = m_targetSource && !targetExercise.isEmpty() ? m_targetSource(targetExercise)
                                                               : TargetLine {};
    m_charts->showWeeks(m_snapshot.weeks, levels, here, m_targetLine, request.today);
    if (!m_snapshot.weeks.isEmpty()) {
        const WeekRow &latest = m_snapshot.weeks.constLast();
        m_charts->showLatestWeek(latest, !m_lastWeekDay.isValid(), here);
    }
    if (!loadSessions(request))
        return;
    // The newest session, in the same words as the Sessions tab.
    const SessionTableModel &listed = *m_sessions->sessionModel();
    m_charts->showLastSession(
        listed.sessions().isEmpty() ? QString() : listed.whenText(listed.sessions().constFirst()));
    m_charts->showStreaks(m_snapshot.streaks, here);
    m_charts->showBalance(m_snapshot.balance, here);
    m_model->setWeeks(m_snapshot.weeks, levels, here);
    updateNavigation();
    showMonth();
}

bool HistoryPage::loadSessions(const HistoryRequest &request)
{
    const WeekWindow shown = window();
    auto sessions
        = SessionRecords(m_store).between(shown.firstDay(), shown.lastDay(), request.filter);
    if (!sessions) {
        m_errorText->setText(sessions.error().message);
        m_states->setCurrentWidget(m_error);
        return false;
    }
    const QStringList uiLanguages = locale().uiLanguages();
    m_sessions->sessionModel()->setSessions(
        *sessions, request.today, locale(), [this, uiLanguages](const QString &id) {
            const Exercise *exercise = m_library ? m_library->exercise(id) : nullptr;
            return exercise ? exercise->title.text(uiLanguages) : QString();
        });
    return true;
}

void HistoryPage::showMonth()
{
    if (m_stale || !m_snapshot.hasHolds())
        return;
    const QDate month = calendarMonth();
    auto days = m_queries.practisedDays(month.year(), month.month(), {m_exerciseId});
    if (!days) {
        m_errorText->setText(days.error().message);
        m_states->setCurrentWidget(m_error);
        return;
    }
    MonthData shown;
    shown.year = month.year();
    shown.month = month.month();
    shown.practisedDays = *days;
    shown.firstDayOfWeek = locale().firstDayOfWeek();
    shown.today = today();
    shown.locale = locale();
    const QDate now = today();
    m_charts->showMonth(shown, month < QDate(now.year(), now.month(), 1));
}

void HistoryPage::updateExerciseChoices()
{
    m_exerciseCombo->clear();
    m_exerciseCombo->addItem(tr("All exercises"), QString());
    const QStringList uiLanguages = locale().uiLanguages();
    for (const QString &id : std::as_const(m_snapshot.exerciseIds)) {
        const Exercise *exercise = m_library ? m_library->exercise(id) : nullptr;
        const QString title = exercise ? exercise->title.text(uiLanguages) : QString();
        m_exerciseCombo->addItem(title.isEmpty() ? id : title, id);
    }
    m_exerciseCombo->setCurrentIndex(std::max(0, m_exerciseCombo->findData(m_exerciseId)));
}

void HistoryPage::updateNavigation()
{
    const WeekWindow shown = window();
    m_range->setText(dayRangeLabel(shown.firstDay(), shown.lastDay(), locale()));
    const bool atThisWeek = !m_lastWeekDay.isValid();
    m_nextWeek->setEnabled(!atThisWeek);
    m_thisWeek->setEnabled(!atThisWeek);
}

} // namespace limber
