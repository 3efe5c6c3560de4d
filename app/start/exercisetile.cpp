#include "app/start/exercisetile.h"

#include "app/figure/figurepainter.h"
#include "app/figure/figurestyle.h"
#include "app/window/lazyicon.h"

#include <QEvent>
#include <QImage>
#include <QKeyEvent>
#include <QPainter>
#include <QPixmap>

#include <future>

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

QImage ExerciseTile::drawFigure(
    const FigureStyle &style, const Pose &pose, const Camera &camera, qreal ratio)
{
    QImage image(QSize(figureSide, figureSide) * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    FigurePainter(style).paint(
        painter, QRectF(0, 0, figureSide, figureSide), figureGeometry(pose, camera));
    return image;
}

void ExerciseTile::renderIcon()
{
    if (!m_pose) {
        setIcon({});
        setToolButtonStyle(Qt::ToolButtonTextOnly);
        return;
    }
    setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    // The figure takes about a millisecond to draw, and the start page is
    // built right before the window's first frame: it is drawn on a thread
    // of its own meanwhile, and waited for when the icon is first painted.
    // (Without a thread to spare it is drawn then, on this one.)
    auto drawing = std::async(std::launch::async | std::launch::deferred, &ExerciseTile::drawFigure,
        FigureStyle::fromPalette(palette(), QPalette::Button), *m_pose, m_camera,
        devicePixelRatioF());
    setIcon(
        lazyIcon([figure = drawing.share()] { return QIcon(QPixmap::fromImage(figure.get())); }));
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
