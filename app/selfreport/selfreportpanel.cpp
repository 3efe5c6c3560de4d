#include "app/selfreport/selfreportpanel.h"

#include "app/selfreport/choicescale.h"

#include <QAbstractButton>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace limber {

SelfReportPanel::SelfReportPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"selfReports"_s);
    // Larger than the window's type: read after a session, from a little
    // further away than a desk.
    QFont larger = font();
    larger.setPointSizeF(larger.pointSizeF() * 1.25);
    setFont(larger);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);

    m_pain
        = new ChoiceScale(tr("Pain now, from 0 (none) to 10 (worst):"), painScaleLabels(), 0, this);
    m_pain->setObjectName(u"painAfter"_s);
    // One key each, wherever the focus is in the window: digits and T for
    // pain, letters for reach (so a digit can never land on the wrong
    // question). A note being typed keeps its keys.
    m_pain->installShortcuts(this, Qt::WindowShortcut);
    layout->addWidget(m_pain);
    connect(m_pain, &ChoiceScale::valueChanged, this, [this](std::optional<int> level) {
        if (level)
            Q_EMIT painAfterGiven(*level);
    });

    m_reachBox = new QWidget(this);
    auto *reachLayout = new QVBoxLayout(m_reachBox);
    reachLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_reachBox);

    auto *noteLabel = new QLabel(tr("A note for your history (optional):"), this);
    m_note = new QLineEdit(this);
    m_note->setObjectName(u"sessionNote"_s);
    m_note->setMaxLength(500);
    m_note->setPlaceholderText(tr("e.g. knees felt stiff"));
    m_note->setAccessibleName(tr("Note"));
    noteLabel->setBuddy(m_note);
    layout->addWidget(noteLabel);
    layout->addWidget(m_note);
    connect(
        m_note, &QLineEdit::editingFinished, this, [this] { Q_EMIT noteGiven(m_note->text()); });
}

void SelfReportPanel::prepare(const std::optional<HoldRecord> &hold, const QStringList &reachLevels)
{
    m_reachHold = hold;
    m_pain->setValue(std::nullopt);
    m_note->clear();
    delete m_reach;
    m_reach = nullptr;
    // A reach is a fact about a stretch held to its end.
    const bool asked = hold && !reachLevels.isEmpty();
    m_reachBox->setVisible(asked);
    if (!asked)
        return;
    m_reach = new ChoiceScale(tr("How far did you get?"), reachLevels, std::nullopt, m_reachBox);
    m_reach->setObjectName(u"reach"_s);
    // A, B, C, ...: up to S, since T is pain's 10.
    for (int level = 0; level < reachLevels.size() && level < Qt::Key_T - Qt::Key_A; ++level)
        m_reach->addKey(level, QKeySequence(Qt::Key(Qt::Key_A + level)));
    m_reach->installShortcuts(this, Qt::WindowShortcut);
    limitReachWidth();
    m_reachBox->layout()->addWidget(m_reach);
    // Tab goes through the questions in the order they are read: pain,
    // reach, then the note (the ladder is made after the note field).
    QWidget *previous = m_pain->buttons().constLast();
    for (QAbstractButton *button : m_reach->buttons()) {
        setTabOrder(previous, button);
        previous = button;
    }
    setTabOrder(previous, m_note);
    connect(m_reach, &ChoiceScale::valueChanged, this, [this](std::optional<int> level) {
        if (level && m_reachHold)
            Q_EMIT reachGiven(*m_reachHold, *level);
    });
}

void SelfReportPanel::limitReachWidth()
{
    if (m_reach)
        m_reach->setRowWidthLimit(m_pain->widestRow());
}

void SelfReportPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The children have their new type by now, and the pain scale its new width.
    if (event->type() == QEvent::FontChange)
        limitReachWidth();
}

} // namespace limber
