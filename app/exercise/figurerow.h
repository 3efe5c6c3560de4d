#pragma once

#include <QWidget>

class QBoxLayout;
class QVBoxLayout;

namespace limber {

/// A picture beside its words: the figure on the left and the text column
/// on the right; in a narrow window the figure goes above the words, so
/// neither is squeezed. A title heads the text column, or, when narrow,
/// the figure, so it always opens what it names.
class FigureRow : public QWidget
{
    Q_OBJECT

public:
    /// Below this width the figure stands above the text.
    static constexpr int narrowWidth = 560;

    FigureRow(QWidget *figure, QWidget *parent = nullptr);

    /// Adds \a widget to the text column, below what is there.
    void addText(QWidget *widget);
    void setTitle(QWidget *title);
    QWidget *figure() const { return m_figure; }
    bool isStacked() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void arrange(int width);

    void placeTitle();

    QWidget *m_figure;
    QWidget *m_title = nullptr;
    QBoxLayout *m_layout = nullptr;
    QVBoxLayout *m_text = nullptr;
};

} // namespace limber
