#include "app/reminders/limbericon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace limber {

namespace {

/// The printed sheet's accent: dark enough for a white figure on it.
const QColor background(0xb8, 0x4a, 0x1a);
const QColor figure(Qt::white);

} // namespace

void paintLimberIcon(QPainter &painter, const QRectF &square)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(square.topLeft());
    // Drawn on a 64-unit grid.
    painter.scale(square.width() / 64.0, square.width() / 64.0);

    painter.setPen(Qt::NoPen);
    painter.setBrush(background);
    painter.drawRoundedRect(QRectF(2, 2, 60, 60), 13, 13);

    const auto limb = [&painter](double width, const QList<QPointF> &points) {
        QPen pen(figure, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        QPainterPath path(points.first());
        for (qsizetype i = 1; i < points.size(); ++i)
            path.lineTo(points.at(i));
        painter.drawPath(path);
    };
    // Side view, facing right: sitting on the floor, the trunk leaning
    // forward from the hips over the crossed legs, a hand on the knee.
    const QPointF hip(18, 46);
    const QPointF shoulder(32, 31);
    const QPointF knee(42, 41.5);
    limb(7, {hip, knee, QPointF(51, 47)}); // the folded leg, knee up
    limb(9, {hip, shoulder}); // trunk
    limb(5, {shoulder, QPointF(41, 37)}); // arm, the hand resting on the knee
    painter.setPen(Qt::NoPen);
    painter.setBrush(figure);
    painter.drawEllipse(QPointF(38.5, 22), 6.5, 6.5); // head, in line with the back
    painter.setPen(QPen(figure, 2.5, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(QPointF(10, 53), QPointF(54, 53)); // floor
    painter.restore();
}

QIcon limberIcon()
{
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paintLimberIcon(painter, QRectF(0, 0, size, size));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace limber
