#include "app/figure/figurestyle.h"

#include <QWidget>

namespace limber {

QColor blendColours(const QColor &from, const QColor &to, double amount)
{
    const QColor a = from.toRgb();
    const QColor b = to.toRgb();
    const auto mix
        = [amount](float x, float y) { return x + (y - x) * static_cast<float>(amount); };
    return QColor::fromRgbF(mix(a.redF(), b.redF()), mix(a.greenF(), b.greenF()),
        mix(a.blueF(), b.blueF()), mix(a.alphaF(), b.alphaF()));
}

FigureStyle FigureStyle::fromPalette(const QPalette &palette, QPalette::ColorRole backgroundRole)
{
    FigureStyle style;
    style.background = palette.color(QPalette::Active, backgroundRole);
    // Pure text black is harsh for a large flat shape; soften it slightly.
    style.body = blendColours(
        palette.color(QPalette::Active, QPalette::WindowText), style.background, 0.12);
    style.farLimb = blendColours(style.body, style.background, 0.5);
    style.floor = blendColours(style.body, style.background, 0.6);
    style.prop = blendColours(style.body, style.background, 0.72);
    style.accent = palette.color(QPalette::Active, QPalette::Highlight);
    return style;
}

FigureStyle FigureStyle::forPaper()
{
    QPalette paper;
    paper.setColor(QPalette::Window, Qt::white);
    paper.setColor(QPalette::WindowText, QColor(0x14, 0x14, 0x14));
    paper.setColor(QPalette::Highlight, QColor(0xb8, 0x4a, 0x1a));
    return fromPalette(paper);
}

void tintBackground(QWidget &widget, const QColor &towards, double amount)
{
    widget.setAutoFillBackground(true);
    QPalette tinted = widget.palette();
    tinted.setColor(
        QPalette::Window, blendColours(tinted.color(QPalette::Window), towards, amount));
    widget.setPalette(tinted);
}

} // namespace limber
