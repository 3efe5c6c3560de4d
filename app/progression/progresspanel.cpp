#include "app/progression/progresspanel.h"

#include "app/keeproom.h"
#include "app/mutedtext.h"
#include "app/palettefollower.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

// Wide enough that a proposal takes two or three lines, narrow enough to
// read each line in one sweep of the eye.
constexpr int readableWidth = 600;

QLabel *sentence(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    return label;
}

QFrame *card(const QString &objectName, QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(objectName);
    frame->setFrameShape(QFrame::StyledPanel);
    // A fixed width: a word-wrapped label alone would shrink to a sliver.
    frame->setFixedWidth(readableWidth);
    return frame;
}

// A word-wrapped label in a centred layout is given the height of one
// line; give it the height its text needs at the card's fixed width.
void fitToCard(QLabel *label, const QFrame *card)
{
    const QMargins margins = card->layout()->contentsMargins();
    const int width = readableWidth - margins.left() - margins.right() - 2 * card->frameWidth();
    label->setMinimumHeight(std::max(0, label->heightForWidth(width)));
}

QHBoxLayout *buttonRow(QVBoxLayout *into)
{
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    into->addLayout(row);
    return row;
}

} // namespace

ProgressPanel::ProgressPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"progressPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    m_proposals = new QVBoxLayout;
    m_proposals->setSpacing(8);
    layout->addLayout(m_proposals);

    m_next = card(u"nextExercise"_s, this);
    auto *nextLayout = new QVBoxLayout(m_next);
    m_nextText = sentence(u"nextExerciseText"_s, m_next);
    nextLayout->addWidget(m_nextText);
    QHBoxLayout *nextButtons = buttonRow(nextLayout);
    m_nextAbout = new QPushButton(tr("&Read about it"), m_next);
    m_nextAbout->setObjectName(u"nextExerciseAbout"_s);
    m_nextAdd = new QPushButton(tr("&Add to this routine"), m_next);
    m_nextAdd->setObjectName(u"nextExerciseAdd"_s);
    auto *nextDecline = new QPushButton(tr("Not now"), m_next);
    nextDecline->setObjectName(u"nextExerciseDecline"_s);
    nextDecline->setAccessibleName(tr("Not now: do not suggest this exercise again"));
    for (QPushButton *button : {m_nextAbout, m_nextAdd, nextDecline})
        nextButtons->addWidget(button);
    connect(m_nextAbout, &QPushButton::clicked, this, &ProgressPanel::nextExerciseAboutRequested);
    connect(m_nextAdd, &QPushButton::clicked, this, &ProgressPanel::nextExerciseAddRequested);
    connect(nextDecline, &QPushButton::clicked, this, &ProgressPanel::nextExerciseDeclined);
    layout->addWidget(m_next, 0, Qt::AlignHCenter);

    m_targets = new QPushButton(tr("Hold &targets…"), this);
    m_targets->setObjectName(u"holdTargetsButton"_s);
    m_targets->setToolTip(tr("See and change how long and how often each exercise is held"));
    m_targets->setFlat(true);
    setMutedText(m_targets);
    connect(m_targets, &QPushButton::clicked, this, &ProgressPanel::targetsRequested);
    layout->addWidget(m_targets, 0, Qt::AlignHCenter);
    // Hidden from the start, so that the panel, empty, is never shown: made
    // without a parent, it would be shown as a window of its own.
    m_targets->hide();

    setNextExercise({}, {}, false);
    // Whether targets can be changed is known once the history is open, a
    // moment after the first frame. Most starts then show the button: its
    // room is kept meanwhile, so that Start below does not move.
    keepRoomWhenHidden(this, true);
    keepRoomWhenHidden(m_targets, true);
}

void ProgressPanel::setHistoryKnown()
{
    keepRoomWhenHidden(this, false);
    keepRoomWhenHidden(m_targets, false);
    updateVisibility();
}

QWidget *ProgressPanel::proposalRow(int index, const ProposalView &proposal)
{
    QFrame *frame = card(u"targetProposal"_s, this);
    auto *layout = new QVBoxLayout(frame);
    QLabel *text = sentence(u"proposalText"_s, frame);
    text->setText(proposal.text);
    layout->addWidget(text);
    fitToCard(text, frame);
    QHBoxLayout *buttons = buttonRow(layout);
    auto *accept = new QPushButton(tr("Accept"), frame);
    accept->setObjectName(u"acceptProposal"_s);
    accept->setAccessibleName(tr("Accept the new target for %1").arg(proposal.exerciseTitle));
    auto *decline = new QPushButton(tr("Not now"), frame);
    decline->setObjectName(u"declineProposal"_s);
    decline->setAccessibleName(tr("Keep the target for %1").arg(proposal.exerciseTitle));
    buttons->addWidget(accept);
    buttons->addWidget(decline);
    connect(accept, &QPushButton::clicked, this, [this, index] { Q_EMIT proposalAccepted(index); });
    connect(
        decline, &QPushButton::clicked, this, [this, index] { Q_EMIT proposalDeclined(index); });
    return frame;
}

void ProgressPanel::setProposals(const QList<ProposalView> &proposals)
{
    qDeleteAll(m_rows);
    m_rows.clear();
    for (int i = 0; i < proposals.size(); ++i) {
        QWidget *row = proposalRow(i, proposals.at(i));
        m_proposals->addWidget(row, 0, Qt::AlignHCenter);
        m_rows.append(row);
    }
    updateVisibility();
}

void ProgressPanel::setNextExercise(const QString &text, const QString &nextTitle, bool canAdd)
{
    m_nextText->setText(text);
    fitToCard(m_nextText, qobject_cast<QFrame *>(m_next));
    m_nextAbout->setAccessibleName(tr("Read about %1").arg(nextTitle));
    m_nextAdd->setAccessibleName(tr("Add %1 to this routine").arg(nextTitle));
    m_nextAdd->setVisible(canAdd);
    m_next->setVisible(!text.isEmpty());
    updateVisibility();
}

bool ProgressPanel::hasNextExercise() const
{
    return !m_nextText->text().isEmpty();
}

void ProgressPanel::setTargetsAvailable(bool available)
{
    // A flat button draws no focus frame of its own; one that Tab reaches
    // must show it. Set when first shown rather than for the first frame,
    // where the button is hidden and the sheet's parsing costs 0.2 ms; it
    // changes nothing until the button has the focus.
    if (available && m_targets->styleSheet().isEmpty()) {
        setPaletteStyleSheet(m_targets,
            u"QPushButton:focus { border: 2px solid palette(highlight);"
            " border-radius: 4px; padding: 4px 8px; }"_s);
    }
    m_targets->setVisible(available);
    updateVisibility();
}

void ProgressPanel::updateVisibility()
{
    setVisible(!m_rows.isEmpty() || hasNextExercise() || !m_targets->isHidden());
}

} // namespace limber
