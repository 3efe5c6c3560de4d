#include "app/history/chartstyle.h"

#include "app/figure/figurestyle.h"

#include <algorithm>
#include <cmath>
#include <initializer_list>

namespace limber {

namespace {

// Hatching is thin; lines need this much contrast with the fill under
// them to be seen (the WCAG figure for graphics).
constexpr double hatchContrast = 3.0;

double relativeLuminance(const QColor &colour)
{
    const auto linear
        = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const QColor rgb = colour.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF())
        + 0.0722 * linear(rgb.blueF());
}

// The first candidate that stands out enough from `fill`, else the one
// that stands out most: on a light theme the accent's own dark shade, on a
// dark one a light mix of text and accent.
QColor hatchOver(const QColor &fill, std::initializer_list<QColor> candidates)
{
    QColor best;
    double bestContrast = 0;
    for (const QColor &candidate : candidates) {
        const double contrast = contrastRatio(candidate, fill);
        if (contrast >= hatchContrast)
            return candidate;
        if (contrast > bestContrast) {
            best = candidate;
            bestContrast = contrast;
        }
    }
    return best;
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

const SeriesLook &ChartStyle::look(SeriesRole role) const
{
    switch (role) {
    case SeriesRole::Left:
        return left;
    case SeriesRole::Right:
        return right;
    case SeriesRole::Unsided:
        return unsided;
    case SeriesRole::Primary:
        return primary;
    case SeriesRole::Secondary:
        break;
    }
    return secondary;
}

ChartStyle ChartStyle::fromPalette(const QPalette &palette, const QFont &font)
{
    const QColor background = palette.color(QPalette::Active, QPalette::Window);
    const QColor text = palette.color(QPalette::Active, QPalette::WindowText);
    const QColor accent = palette.color(QPalette::Active, QPalette::Highlight);

    ChartStyle style;
    style.font = font;
    style.background = background;
    style.text = text;
    style.mutedText = blendColours(text, background, 0.35);
    style.grid = blendColours(text, background, 0.86);
    style.axis = blendColours(text, background, 0.55);
    style.currentBand = blendColours(accent, background, 0.84);
    style.focusFrame = accent;
    style.practisedFill = accent;
    style.practisedText = palette.color(QPalette::Active, QPalette::HighlightedText);
    style.warning = blendColours(QColor(0xc0, 0x5a, 0x00), text, 0.15);

    // Left and right differ in lightness as well as by hatching, so they
    // stay apart for every kind of colour vision.
    style.left.fill = accent;
    style.right.fill = blendColours(accent, background, 0.6);
    style.right.hatch = Hatch::Diagonal;
    style.right.hatchColour = hatchOver(style.right.fill,
        {blendColours(accent, background, 0.2), blendColours(accent, text, 0.5),
            blendColours(accent, text, 0.8), text});
    style.unsided.fill = blendColours(text, background, 0.6);

    style.primary.fill = blendColours(text, background, 0.5);
    style.primary.line = accent;
    style.primary.marker = Marker::Circle;
    style.secondary.line = blendColours(text, background, 0.25);
    style.secondary.penStyle = Qt::DashLine;
    style.secondary.marker = Marker::Square;
    style.secondary.hollowMarker = true;
    return style;
}

ChartStyle ChartStyle::forPaper(const QFont &font)
{
    const QColor ink(0x14, 0x14, 0x14);
    ChartStyle style;
    style.font = font;
    style.background = Qt::white;
    style.text = ink;
    style.mutedText = QColor(0x55, 0x55, 0x55);
    style.grid = QColor(0xd4, 0xd4, 0xd4);
    style.axis = QColor(0x80, 0x80, 0x80);
    style.currentBand = QColor(0xee, 0xee, 0xee);
    style.focusFrame = ink;
    style.practisedFill = QColor(0x33, 0x33, 0x33);
    style.practisedText = Qt::white;
    style.warning = ink;

    style.left.fill = QColor(0x4d, 0x4d, 0x4d);
    style.left.outline = ink;
    style.right.fill = Qt::white;
    style.right.hatch = Hatch::Diagonal;
    style.right.hatchColour = ink;
    style.right.outline = ink;
    style.unsided.fill = QColor(0xc4, 0xc4, 0xc4);
    style.unsided.hatch = Hatch::Cross;
    style.unsided.hatchColour = QColor(0x80, 0x80, 0x80);
    style.unsided.outline = ink;

    style.primary.fill = QColor(0x80, 0x80, 0x80);
    style.primary.outline = ink;
    style.primary.line = ink;
    style.primary.marker = Marker::Circle;
    style.secondary.line = ink;
    style.secondary.penStyle = Qt::DashLine;
    style.secondary.marker = Marker::Square;
    style.secondary.hollowMarker = true;
    return style;
}

} // namespace limber
