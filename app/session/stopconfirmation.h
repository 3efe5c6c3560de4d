#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace limber {

/// "Stop the session? Holds done so far are kept." with Stop and Keep going,
/// shown over the session screen while the session waits. It only asks:
/// SessionPage pauses the session before it shows and decides what each
/// answer does. Keep going has the focus, so a stray Enter does not stop.
class StopConfirmation : public QFrame
{
    Q_OBJECT

public:
    explicit StopConfirmation(QWidget *parent = nullptr);

    /// Shows the question over the middle of the parent and focuses Keep going.
    void ask();
    /// Places the question over the middle of the parent (call on resize).
    void place();
    /// The question's type size in pixels (the screen's instruction size);
    /// the buttons are a little smaller.
    void setTypeSize(int pixels);

    QPushButton *stopButton() const { return m_stop; }
    QPushButton *keepGoingButton() const { return m_keepGoing; }
    QString questionText() const;

Q_SIGNALS:
    void stopConfirmed();
    void keepGoing();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyStyle();

    QLabel *m_question = nullptr;
    QLabel *m_detail = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_keepGoing = nullptr;
};

} // namespace limber
