#pragma once

#include <QWidget>

namespace limber {

/// The side line, "Left leg on top · hold 1 of 2", in large type on a
/// pill of the side colour (sideColour(), as the figure's active leg) so it
/// is the first thing seen during a hold.
/// While switching it is drawn outlined: the side that is coming, not yet held.
class SideBadge : public QWidget
{
    Q_OBJECT

public:
    explicit SideBadge(QWidget *parent = nullptr);

    /// Empty text hides the badge's content (the space stays, so nothing jumps).
    void setText(const QString &text);
    QString text() const { return m_text; }
    /// Outlined instead of filled: the side comes next.
    void setUpcoming(bool upcoming);
    bool isUpcoming() const { return m_upcoming; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int textWidth() const;

    QString m_text;
    bool m_upcoming = false;
};

} // namespace limber
