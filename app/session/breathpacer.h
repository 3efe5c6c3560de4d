#pragma once

#include <QWidget>

#include <chrono>

namespace limber {

/// A calm circle that grows while breathing in and shrinks while breathing
/// out, to breathe along with during a hold. It follows the pattern it is
/// given (the one the breath cues use) from the time since the hold began,
/// so it stays in step with the cues and stands still while paused.
class BreathPacer : public QWidget
{
    Q_OBJECT

public:
    explicit BreathPacer(QWidget *parent = nullptr);

    void setPattern(std::chrono::milliseconds breatheIn, std::chrono::milliseconds breatheOut);
    /// Time since breathing began (the hold's start, pauses excluded).
    void setElapsed(std::chrono::milliseconds elapsed);

    /// How full the breath is, 0 (out) to 1 (in), eased.
    double fullness() const { return m_fullness; }
    bool isBreathingIn() const { return m_breathingIn; }
    /// "Breathe in" or "Breathe out".
    QString caption() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    /// The square the circle can fill, at its largest, with a little room for antialiasing.
    QRectF circleArea() const;

    std::chrono::milliseconds m_in {4000};
    std::chrono::milliseconds m_out {6000};
    double m_fullness = 0.0;
    double m_paintedFullness = -1.0;
    bool m_breathingIn = true;
};

} // namespace limber
