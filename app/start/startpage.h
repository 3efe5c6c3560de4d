#pragma once

#include <QWidget>

#include <chrono>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace limber {

/// The first page: today's routine, how long it takes, a big Start button
/// (which has the focus, so Space or Enter begins) and the last session.
class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);

    /// The routine Start will begin and its total length.
    void setRoutine(const QString &title, std::chrono::seconds duration);
    /// One line about the last session, e.g. "Yesterday: 6 minutes, left and right".
    /// Empty: a friendly line for someone who has not started yet.
    void setLastSession(const QString &line);

    /// Puts \a widget (e.g. the "pain before" question) between the routine and
    /// the Start button. The page takes ownership.
    void setBeforeStartWidget(QWidget *widget);

    QString routineTitle() const;
    QString durationText() const;
    QString lastSessionText() const;

    /// "About 6 minutes", "Under a minute".
    static QString describeDuration(std::chrono::seconds duration);

Q_SIGNALS:
    void startRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QLabel *m_title = nullptr;
    QLabel *m_duration = nullptr;
    QLabel *m_lastSession = nullptr;
    QPushButton *m_start = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QWidget *m_beforeStart = nullptr;
};

} // namespace limber
