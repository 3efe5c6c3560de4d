#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace limber {

/// A bar above the page while the history cannot take new holds (a full
/// disk, a read-only folder, a file from a newer Limber): "Recording is
/// off", why, and Try Again when the person can fix the cause. It stays
/// until recording works again, so the reason is never a message box
/// already closed and forgotten.
class RecordingNotice : public QFrame
{
    Q_OBJECT

public:
    explicit RecordingNotice(QWidget *parent = nullptr);

    /// Shows the bar with \a reason. \a canRetry offers Try Again.
    void showReason(const QString &reason, bool canRetry);
    QString reason() const;

Q_SIGNALS:
    void retryRequested();

private:
    QLabel *m_reason = nullptr;
    QPushButton *m_retry = nullptr;
};

} // namespace limber
