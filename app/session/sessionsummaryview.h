#pragma once

#include "core/session/sessionrecords.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace limber {

class SelfReportPanel;

/// The end of a session: how it ended (finished, stopped, stopped because
/// it hurt), the holds done on each side, the time spent holding, and a
/// Done button back to the start. Below the numbers, the self-reports
/// (pain, reach, a note) when there is a history to keep them.
class SessionSummaryView : public QWidget
{
    Q_OBJECT

public:
    /// How the two sides are named, e.g. "Left leg on top".
    struct SideNames
    {
        QString left;
        QString right;
    };

    /// Completed holds of one unsided exercise, e.g. "Cat and Cow", 2.
    struct ExerciseHolds
    {
        QString title;
        int holds = 0;
    };

    explicit SessionSummaryView(QWidget *parent = nullptr);

    /// \a unsided: the completed unsided holds per exercise, each named on
    /// its own line ("Cat and Cow: 1 hold"); when empty, the summary's
    /// unsided holds read "1 hold done" (one exercise needs no name).
    void showSummary(const SessionSummary &summary, const SideNames &sides,
        const QList<ExerciseHolds> &unsided = {});
    /// How to come out of the last stretch (its exercise's finish words),
    /// shown large under the heading; empty hides it.
    void setAdvice(const QString &advice);
    QString adviceText() const;

    QString headingText() const;
    QString reasonText() const;
    /// One line per side with holds held to their end, then the holds cut
    /// short, then the holds skipped, each only when there are some.
    QStringList holdLines() const;
    QString totalText() const;
    QPushButton *doneButton() const { return m_done; }

    /// The self-reports (pain, reach, a note), hidden until the history
    /// prepares and shows them.
    SelfReportPanel *selfReports() const { return m_selfReports; }

Q_SIGNALS:
    void doneRequested();

private:
    QLabel *m_heading = nullptr;
    QLabel *m_advice = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_holds = nullptr;
    QLabel *m_total = nullptr;
    SelfReportPanel *m_selfReports = nullptr;
    QPushButton *m_done = nullptr;
    QStringList m_holdLines;
};

} // namespace limber
