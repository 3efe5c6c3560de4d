#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>

namespace limber {

/// How an area is filled besides its colour, so that series stay apart in
/// grey print and for people who do not tell the colours apart.
enum class Hatch { None, Diagonal, Cross };

/// The mark drawn at each point of a line series.
enum class Marker { Circle, Square, Diamond };

/// What a chart series is, which decides how it looks.
enum class SeriesRole { Left, Right, Unsided, Primary, Secondary };

/// The look of one series: bars use fill, hatch and outline; lines use line,
/// pen style and marker (hollow markers are filled with the background).
struct SeriesLook
{
    QColor fill;
    Hatch hatch = Hatch::None;
    QColor hatchColour;
    /// Drawn around each bar segment when valid.
    QColor outline;
    QColor line;
    Qt::PenStyle penStyle = Qt::SolidLine;
    Marker marker = Marker::Circle;
    bool hollowMarker = false;
};

/// Colours, font and series looks of every history chart. Build it from the
/// widget's palette on screen, or take forPaper() for print, which uses
/// greys, hatching, dashes and marker shapes instead of colour.
struct ChartStyle
{
    QFont font;
    QColor background;
    QColor text;
    QColor mutedText;
    QColor grid;
    QColor axis;
    /// The band behind the week under the mouse or keyboard.
    QColor currentBand;
    QColor focusFrame;
    /// A practised day in the month calendar, and its number.
    QColor practisedFill;
    QColor practisedText;
    /// Marks a side that lags behind the other.
    QColor warning;

    SeriesLook left;
    SeriesLook right;
    SeriesLook unsided;
    SeriesLook primary;
    SeriesLook secondary;

    const SeriesLook &look(SeriesRole role) const;

    /// Follows the palette: light and dark themes, and the highlight colour.
    static ChartStyle fromPalette(const QPalette &palette, const QFont &font);
    /// Black on white, whatever the screen's theme; no distinction by colour alone.
    static ChartStyle forPaper(const QFont &font);
};

/// The WCAG contrast ratio of two colours, 1 (same) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);

} // namespace limber
