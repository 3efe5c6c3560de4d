#include "app/routines/exercisethumbnails.h"

#include "app/figure/figurepainter.h"
#include "app/figure/figurestyle.h"
#include "core/content/contentlibrary.h"
#include "core/figure/figuregeometry.h"

#include <QGuiApplication>
#include <QPainter>

namespace limber {

namespace {

struct PoseView
{
    const Pose *pose = nullptr;
    double yaw = 90.0;
};

PoseView holdView(const Exercise &exercise)
{
    if (const auto it = exercise.poses.constFind(exercise.holdPose); it != exercise.poses.cend())
        return {&*it, exercise.holdCameraYawDegrees};
    for (const Step &step : exercise.steps) {
        if (const auto it = exercise.poses.constFind(step.pose); it != exercise.poses.cend())
            return {&*it, step.cameraYawDegrees};
    }
    return {};
}

} // namespace

ExerciseThumbnails::ExerciseThumbnails(
    const ContentLibrary &library, QSize size, QPalette::ColorRole background)
    : m_library(library)
    , m_size(size)
    , m_background(background)
    , m_palette(QGuiApplication::palette())
{ }

void ExerciseThumbnails::setPalette(const QPalette &palette)
{
    m_palette = palette;
    m_cache.clear();
}

QPixmap ExerciseThumbnails::thumbnail(const QString &exerciseId) const
{
    if (const auto it = m_cache.constFind(exerciseId); it != m_cache.cend())
        return *it;
    QPixmap pixmap;
    if (const Exercise *exercise = m_library.exercise(exerciseId)) {
        const qreal ratio = qApp ? qApp->devicePixelRatio() : 1.0;
        pixmap = paint(*exercise, m_size, m_palette, m_background, ratio);
    }
    m_cache.insert(exerciseId, pixmap);
    return pixmap;
}

QPixmap ExerciseThumbnails::paint(const Exercise &exercise, QSize size, const QPalette &palette,
    QPalette::ColorRole background, qreal devicePixelRatio)
{
    const PoseView view = holdView(exercise);
    if (!view.pose)
        return {};
    QPixmap pixmap(size * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const FigurePainter figurePainter(FigureStyle::fromPalette(palette, background));
    figurePainter.paint(painter, QRectF(QPointF(0, 0), QSizeF(size)),
        figureGeometry(*view.pose, Camera {view.yaw, 0}));
    return pixmap;
}

} // namespace limber
