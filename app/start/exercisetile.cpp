#include "app/start/exercisetile.h"

#include "app/figure/figurepainter.h"
#include "app/figure/figurestyle.h"

#include <QEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPixmap>

using namespace Qt::Literals::StringLiterals;

namespace limber {

ExerciseTile::ExerciseTile(
    const QString &exerciseId, const QString &title, const QString &detail, QWidget *parent)
    : QToolButton(parent)
    , m_exerciseId(exerciseId)
{
    setObjectName(u"exerciseTile"_s);
    setText(detail.isEmpty() ? title : title + u'\n' + detail);
    setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    // A raised button, so it reads as something to press.
    setAutoRaise(false);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setIconSize(QSize(figureSide, figureSide));
    setAccessibleName(title);
    setAccessibleDescription(tr("Shows how to do %1, step by step").arg(title));
    setToolTip(tr("How to do %1").arg(title));
    connect(this, &QToolButton::clicked, this, [this] { Q_EMIT exerciseRequested(m_exerciseId); });
}

void ExerciseTile::setFigure(const std::optional<Pose> &pose, const Camera &camera)
{
    m_pose = pose;
    m_camera = camera;
    renderIcon();
}

void ExerciseTile::renderIcon()
{
    if (!m_pose) {
        setIcon({});
        setToolButtonStyle(Qt::ToolButtonTextOnly);
        return;
    }
    setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap(QSize(figureSide, figureSide) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const FigurePainter figurePainter(FigureStyle::fromPalette(palette(), QPalette::Button));
    const FigureGeometry geometry = figureGeometry(*m_pose, m_camera);
    figurePainter.paint(painter, QRectF(0, 0, figureSide, figureSide), geometry);
    painter.end();
    setIcon(QIcon(pixmap));
}

void ExerciseTile::keyPressEvent(QKeyEvent *event)
{
    // A tool button answers Space only; Enter shows the exercise too.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->accept();
        click();
        return;
    }
    QToolButton::keyPressEvent(event);
}

void ExerciseTile::changeEvent(QEvent *event)
{
    QToolButton::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_pose)
        renderIcon();
}

} // namespace limber
