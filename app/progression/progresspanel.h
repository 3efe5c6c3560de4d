#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace limber {

/// A proposal as the panel shows it.
struct ProposalView
{
    QString text; ///< ProgressText::proposal()
    QString exerciseTitle; ///< for the buttons' accessible names
};

/// The start page's progress corner: each proposed target change with
/// Accept and Not now, at most one "next exercise" suggestion with Read
/// about it, Add to this routine and Not now, and a button that opens the
/// hold targets of today's routine. It only shows and reports; the
/// ProgressController decides.
class ProgressPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProgressPanel(QWidget *parent = nullptr);

    void setProposals(const QList<ProposalView> &proposals);
    /// Empty text: no suggestion. \a canAdd: whether "Add to this routine" can be done.
    void setNextExercise(const QString &text, const QString &nextTitle, bool canAdd);
    /// Whether targets can be changed (a writable history and a routine).
    void setTargetsAvailable(bool available);
    /// The history has been read: the room kept for the targets button
    /// until then is given back if it is not shown.
    void setHistoryKnown();

    int proposalCount() const { return static_cast<int>(m_rows.size()); }
    bool hasNextExercise() const;

Q_SIGNALS:
    void proposalAccepted(int index);
    void proposalDeclined(int index);
    void nextExerciseAboutRequested();
    void nextExerciseAddRequested();
    void nextExerciseDeclined();
    void targetsRequested();

private:
    QWidget *proposalRow(int index, const ProposalView &proposal);
    void updateVisibility();

    QVBoxLayout *m_proposals = nullptr;
    QList<QWidget *> m_rows;
    QWidget *m_next = nullptr;
    QLabel *m_nextText = nullptr;
    QPushButton *m_nextAbout = nullptr;
    QPushButton *m_nextAdd = nullptr;
    QPushButton *m_targets = nullptr;
};

} // namespace limber
