#pragma once

#include "core/session/sessionrecords.h"

#include <QWidget>

#include <optional>

class QLineEdit;

namespace limber {

class ChoiceScale;

/// The end screen's self-reports: pain now (0-10), how far the person got
/// on the exercise's reach ladder, and a short note. Each is optional and
/// is said (a signal) the moment it is given, for the history to store.
/// Pain is one key (0-9, T for 10) and reach one letter (A, B, ...) wherever
/// the focus is in the window, except in the note, which takes what is
/// typed; Tab goes pain, reach, note.
class SelfReportPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SelfReportPanel(QWidget *parent = nullptr);

    /// Clears earlier answers and asks how far the person got in \a hold
    /// (the session's last hold held to its end) on its exercise's ladder,
    /// \a reachLevels, easiest first. Without such a hold or a ladder the
    /// reach question is not asked.
    void prepare(const std::optional<HoldRecord> &hold, const QStringList &reachLevels);

    ChoiceScale *painScale() const { return m_pain; }
    ChoiceScale *reachScale() const { return m_reach; }
    QLineEdit *noteField() const { return m_note; }

Q_SIGNALS:
    void painAfterGiven(int level);
    /// \a level of the ladder, 0 the easiest, for the hold prepare() named.
    void reachGiven(const limber::HoldRecord &hold, int level);
    /// The note as typed, once its field is left or Enter is pressed.
    void noteGiven(const QString &note);

protected:
    void changeEvent(QEvent *event) override;

private:
    /// The ladder wraps to the pain scale's width, the widest the panel
    /// has to be anyway.
    void limitReachWidth();

    std::optional<HoldRecord> m_reachHold;
    ChoiceScale *m_pain = nullptr;
    ChoiceScale *m_reach = nullptr;
    QLineEdit *m_note = nullptr;
    QWidget *m_reachBox = nullptr;
};

} // namespace limber
