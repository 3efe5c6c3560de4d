#pragma once

#include <QWidget>

#include <chrono>

namespace limber {

/// A large ring with the time left in its middle ("0:42"), the arc showing
/// how much of the phase remains. Painted with QPainter at whatever size it
/// gets, with the digits scaled to the ring, so it stays crisp and can be
/// read from a mat two metres away.
class TimerRing : public QWidget
{
    Q_OBJECT

public:
    explicit TimerRing(QWidget *parent = nullptr);

    /// Time left and the phase's whole length; the arc is left / total.
    void setTime(std::chrono::milliseconds left, std::chrono::milliseconds total);
    /// A quieter ring for phases that are not holds (set-up, switch, rest).
    void setEmphasised(bool emphasised);
    /// Shows "Paused" under the time.
    void setPaused(bool paused);

    /// The time as shown, e.g. "1:00".
    QString text() const { return m_text; }
    /// What is written under the time: "to go" or "paused".
    QString caption() const;
    /// How much of the ring is drawn, 0 to 1.
    double fraction() const { return m_fraction; }
    bool isPaused() const { return m_paused; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Geometry
    {
        QRectF ring; ///< the circle through the middle of the ring's stroke
        double penWidth;
        double diameter;
    };
    Geometry geometry() const;
    /// What must be repainted when the arc's end moves between two fractions.
    QRect arcEndArea(double from, double to) const;

    QString m_text;
    double m_fraction = 0.0;
    double m_paintedFraction = -1.0;
    bool m_emphasised = true;
    bool m_paused = false;
};

} // namespace limber
