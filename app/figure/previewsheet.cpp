#include "app/figure/previewsheet.h"

#include "app/figure/figurepainter.h"
#include "app/figure/figurestyle.h"
#include "core/content/contentlibrary.h"
#include "core/figure/figuregeometry.h"
#include "core/figure/posemath.h"

#include <QFont>
#include <QPainter>
#include <QPalette>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

constexpr int kCell = 170;
constexpr int kCaption = 34;
constexpr int kTitleWidth = 210;
constexpr int kPadding = 12;

void addView(QList<ExerciseView> &views, const QString &poseId, double yaw, const QString &role)
{
    if (poseId.isEmpty())
        return;
    const bool known = std::any_of(views.cbegin(), views.cend(),
        [&](const ExerciseView &v) { return v.poseId == poseId && v.yawDegrees == yaw; });
    if (!known)
        views.append({poseId, yaw, role});
}

void paintView(QPainter &painter, const QRectF &cell, const Exercise &exercise,
    const ExerciseView &view, bool rightSide, const FigureStyle &base)
{
    const Pose pose = exercise.poses.value(view.poseId);
    const Camera camera {view.yawDegrees, 0};
    const FigureGeometry geometry = rightSide ? figureGeometry(mirrored(pose), camera.mirrored())
                                              : figureGeometry(pose, camera);
    FigureStyle style = base;
    const bool sided = exercise.sideMode == SideMode::Alternating;
    style.highlightedLeg = sided ? (rightSide ? Side::Right : Side::Left) : Side::None;
    const FigurePainter figurePainter(style);
    figurePainter.paint(painter, cell, geometry);
    if (sided) {
        figurePainter.paintLegend(painter, cell,
            (rightSide ? exercise.rightSideLabel : exercise.leftSideLabel).english());
    }
}

} // namespace

QPalette previewPalette(bool dark)
{
    QPalette palette;
    const QColor window = dark ? QColor(0x2b, 0x2d, 0x30) : QColor(0xfb, 0xfb, 0xfb);
    const QColor text = dark ? QColor(0xe8, 0xe8, 0xe8) : QColor(0x1e, 0x1e, 0x1e);
    const QColor highlight = dark ? QColor(0xe0, 0x8a, 0x4f) : QColor(0xd0, 0x62, 0x2a);
    for (const auto role : {QPalette::Window, QPalette::Base})
        palette.setColor(role, window);
    for (const auto role : {QPalette::WindowText, QPalette::Text})
        palette.setColor(role, text);
    palette.setColor(QPalette::Highlight, highlight);
    return palette;
}

QList<ExerciseView> exerciseViews(const Exercise &exercise)
{
    QList<ExerciseView> views;
    const QString readyPose = !exercise.getReadyPose.isEmpty() ? exercise.getReadyPose
        : exercise.steps.isEmpty()                             ? QString()
                                                               : exercise.steps.first().pose;
    addView(views, readyPose, exercise.getReadyCameraYawDegrees, u"get ready"_s);
    for (qsizetype i = 0; i < exercise.steps.size(); ++i) {
        const Step &step = exercise.steps.at(i);
        if (step.motion)
            addView(
                views, step.motion->fromPose, step.cameraYawDegrees, u"step %1 from"_s.arg(i + 1));
        addView(views, step.pose, step.cameraYawDegrees, u"step %1"_s.arg(i + 1));
    }
    addView(views, exercise.holdPose, exercise.holdCameraYawDegrees, u"hold"_s);
    addView(views, exercise.goalPose, exercise.holdCameraYawDegrees, u"goal"_s);
    return views;
}

QImage renderExerciseView(
    const Exercise &exercise, const ExerciseView &view, bool rightSide, int size, bool dark)
{
    const FigureStyle style = FigureStyle::fromPalette(previewPalette(dark));
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(style.background);
    QPainter painter(&image);
    paintView(painter, QRectF(image.rect()), exercise, view, rightSide, style);
    return image;
}

QImage contactSheet(const ContentLibrary &library)
{
    const QList<Exercise> exercises = library.exercises();
    qsizetype widest = 1;
    for (const Exercise &exercise : exercises)
        widest = std::max(widest, exerciseViews(exercise).size());
    const int rowHeight = kCell + kCaption + kPadding;
    const int width = kTitleWidth + static_cast<int>(widest) * 2 * kCell + kPadding;
    const int height = static_cast<int>(exercises.size()) * rowHeight + kPadding;

    const FigureStyle style = FigureStyle::fromPalette(previewPalette(false));
    QImage image(width, std::max(height, 1), QImage::Format_ARGB32_Premultiplied);
    image.fill(style.background);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = painter.font();
    font.setPixelSize(12);
    QFont titleFont = font;
    titleFont.setPixelSize(14);
    titleFont.setBold(true);

    int top = kPadding;
    for (const Exercise &exercise : exercises) {
        painter.setPen(style.body);
        painter.setFont(titleFont);
        const QRectF titleBox(kPadding, top, kTitleWidth - 2 * kPadding, kCell);
        painter.drawText(titleBox, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
            u"%1. %2\n(%3)"_s.arg(exercise.programmeOrder)
                .arg(exercise.title.english(), exercise.id));
        int left = kTitleWidth;
        for (const ExerciseView &view : exerciseViews(exercise)) {
            for (const bool right : {false, true}) {
                const QRectF cell(left, top, kCell, kCell);
                paintView(painter, cell, exercise, view, right, style);
                painter.setPen(style.body);
                painter.setFont(font);
                painter.drawText(QRectF(left, top + kCell, kCell, kCaption),
                    Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                    u"%1 · %2 · yaw %3\n%4"_s.arg(view.role, right ? u"R"_s : u"L"_s)
                        .arg(right ? -view.yawDegrees : view.yawDegrees)
                        .arg(view.poseId));
                left += kCell;
            }
        }
        top += rowHeight;
    }
    return image;
}

} // namespace limber
