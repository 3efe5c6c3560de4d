#pragma once

#include "app/history/chartstyle.h"
#include "app/history/weekaxis.h"
#include "app/history/weekchartdata.h"

#include <QStringList>
#include <QWidget>

namespace limber {

/// A week chart on screen: paints with BarChartPainter or LineChartPainter
/// in the widget's palette and adds the interaction. Hovering a week shows
/// its tooltip; with the keyboard focus, Left and Right (Home, End) move
/// from week to week, show the tooltip and make the week's sentence the
/// accessible description, so a screen reader says it.
class WeekChartView : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Bars, Lines };

    explicit WeekChartView(Kind kind, QWidget *parent = nullptr);

    /// \a descriptions: one sentence per week (the tooltip and accessible
    /// description); \a summary: the description while no week is chosen.
    void setData(WeekChartData data, QStringList descriptions, QString summary);
    const WeekChartData &data() const { return m_data; }
    const QStringList &descriptions() const { return m_descriptions; }
    Kind kind() const { return m_kind; }

    /// The week chosen with the keyboard or a click; -1 for none.
    int currentIndex() const { return m_current; }
    void setCurrentIndex(int index);
    /// The week's column in widget coordinates.
    QRectF columnRect(int index) const;
    int columnAt(QPointF point) const;

    /// The preferred height, in lines of text.
    void setHeightInLines(int lines);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void currentIndexChanged(int index);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    QRectF chartRect() const;
    ChartStyle style() const;
    WeekAxis axis() const;
    void describeCurrent();
    void showCurrentToolTip();

    Kind m_kind;
    WeekChartData m_data;
    QStringList m_descriptions;
    QString m_summary;
    int m_current = -1;
    int m_hovered = -1;
    int m_heightInLines = 10;
};

} // namespace limber
