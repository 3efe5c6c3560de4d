#pragma once

#include <QPushButton>

namespace limber {

/// The one button a page is for (Start): a rounded block in the theme's
/// accent colour, its text in the accent's text colour, deeper under the
/// mouse and when pressed, and ringed in the text colour when it has the
/// keyboard focus, thick enough to see from a mat on the floor.
///
/// Painted here rather than by a style sheet: a sheet is parsed and its
/// style built for the window's first frame, and its border is drawn as a
/// stroke; together that cost the frame about a quarter of a millisecond.
/// The colours are read from the palette as it is painted, so a theme
/// switched while Limber runs reaches it without anything set again.
class AccentButton : public QPushButton
{
    Q_OBJECT

public:
    explicit AccentButton(const QString &text, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    static constexpr int ringWidth = 3; ///< the edge, in the focus colour when focused
    static constexpr int radius = 12;
    static constexpr int paddingX = 40;
    static constexpr int paddingY = 10;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace limber
