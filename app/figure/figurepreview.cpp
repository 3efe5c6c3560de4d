// limber-figure-preview: renders poses to PNG files so the figure can be
// judged by eye, light and dark, large (800 px) and thumbnail (96 px, also
// mirrored), plus a strip of a movement at t = 0, 0.5 and 1. A developer
// tool; the app never runs it.
//
//   limber-figure-preview [--poses FILE] [--out DIR] [--yaw 90,45] [--pitch 0]
//                         [--strip FROM,TO] [--tint] [--parts] [--dump]
//   limber-figure-preview --exercise ID [--out DIR]
//   limber-figure-preview --contact-sheet FILE.png [--content DIR]
//
// Without --poses it reads the bundled :/content/poses/seated-leg-cross.json.
// --parts draws every part in its own colour to check the paint order;
// --dump prints the 3D joints instead of drawing.
// --exercise draws every pose of one exercise with the camera its step
// uses, both sides, 800 and 96 px, the active leg coloured.
// --contact-sheet draws every exercise of the content (bundled unless
// --content names a root) in programme order: each pose it shows, with its
// camera, on the left and on the right side.
#include "app/figure/figurepainter.h"
#include "app/figure/figurestyle.h"
#include "app/figure/previewsheet.h"
#include "core/content/contentlibrary.h"
#include "core/figure/figuregeometry.h"
#include "core/figure/motionarrow.h"
#include "core/figure/posemath.h"
#include "core/model/pose.h"
#include "resources/content_resources.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QPainter>
#include <QPalette>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace limber;

namespace {

LimbAngles readLimb(const QJsonObject &o)
{
    LimbAngles l;
    l.hipFlexion = o.value(u"hipFlexion"_s).toDouble();
    l.hipAbduction = o.value(u"hipAbduction"_s).toDouble();
    l.hipRotation = o.value(u"hipRotation"_s).toDouble();
    l.kneeFlexion = o.value(u"kneeFlexion"_s).toDouble();
    l.ankleFlexion = o.value(u"ankleFlexion"_s).toDouble();
    l.shoulderFlexion = o.value(u"shoulderFlexion"_s).toDouble();
    l.shoulderAbduction = o.value(u"shoulderAbduction"_s).toDouble();
    l.elbowFlexion = o.value(u"elbowFlexion"_s).toDouble();
    l.wristFlexion = o.value(u"wristFlexion"_s).toDouble();
    return l;
}

/// Deliberately lenient: the real loader validates content; this only
/// needs to read a file a developer is editing.
QMap<QString, Pose> readPoses(const QString &path)
{
    QMap<QString, Pose> poses;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return poses;
    const QJsonObject all
        = QJsonDocument::fromJson(file.readAll()).object().value(u"poses"_s).toObject();
    for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
        const QJsonObject o = it.value().toObject();
        Pose p;
        p.pelvisPitch = o.value(u"pelvisPitch"_s).toDouble();
        p.spineFlexion = o.value(u"spineFlexion"_s).toDouble();
        p.spineLateral = o.value(u"spineLateral"_s).toDouble();
        p.spineTwist = o.value(u"spineTwist"_s).toDouble();
        p.neckFlexion = o.value(u"neckFlexion"_s).toDouble();
        p.left = readLimb(o.value(u"left"_s).toObject());
        p.right = readLimb(o.value(u"right"_s).toObject());
        if (o.value(u"support"_s).toString() == u"chair"_s)
            p.support = PoseSupport::Chair;
        poses.insert(it.key(), p);
    }
    return poses;
}

struct Options
{
    QString outDir;
    double pitch = 0;
    bool tint = false;
};

bool save(const QImage &image, const QString &path)
{
    if (!image.save(path)) {
        std::fprintf(stderr, "could not write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

QImage render(const FigureGeometry &geometry, int size, bool dark, bool tint,
    Side highlightedLeg = Side::None, const QString &legend = {})
{
    FigureStyle style = FigureStyle::fromPalette(previewPalette(dark));
    style.tintStretchedRegion = tint;
    style.highlightedLeg = highlightedLeg;
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(style.background);
    QPainter painter(&image);
    const FigurePainter figurePainter(style);
    figurePainter.paint(painter, QRectF(image.rect()), geometry);
    if (highlightedLeg != Side::None)
        figurePainter.paintLegend(painter, QRectF(image.rect()), legend);
    return image;
}

/// Every part outlined in its own colour, in paint order, so the depth order
/// and the trunk outlines can be checked by eye.
QImage renderParts(const FigureGeometry &geometry, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setTransform(FigurePainter::fitTransform(QRectF(image.rect()), geometry.bounds));
    int index = 0;
    for (const FigurePart &part : geometry.parts) {
        const QColor colour = QColor::fromHsv((index++ * 67) % 360, 160, 220, 170);
        if (const auto *limb = std::get_if<LimbSegment>(&part)) {
            painter.setPen(QPen(colour, limb->width, Qt::SolidLine, Qt::RoundCap));
            painter.drawLine(
                QPointF(limb->start.x, limb->start.y), QPointF(limb->end.x, limb->end.y));
        } else if (const auto *torso = std::get_if<TorsoShape>(&part)) {
            for (const auto *outline : {&torso->lowerTrunk, &torso->upperTrunk}) {
                QPolygonF polygon;
                for (const Point2 &p : *outline)
                    polygon << QPointF(p.x, p.y);
                painter.setPen(QPen(Qt::black, 0));
                painter.setBrush(colour);
                painter.drawPolygon(polygon);
            }
        } else if (const auto *head = std::get_if<HeadShape>(&part)) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(colour);
            painter.drawEllipse(
                QPointF(head->centre.x, head->centre.y), head->radius, head->radius);
        }
    }
    return image;
}

QImage renderStrip(const Pose &from, const Pose &to, const Camera &camera, bool dark, bool tint)
{
    constexpr int kFrame = 400;
    const double steps[] = {0.0, 0.5, 1.0};
    FigureStyle style = FigureStyle::fromPalette(previewPalette(dark));
    style.tintStretchedRegion = tint;
    const FigureGeometry first = figureGeometry(from, camera);
    const FigureGeometry last = figureGeometry(to, camera);
    Bounds bounds = first.bounds.united(last.bounds);
    for (const double t : steps)
        bounds = bounds.united(figureGeometry(interpolate(from, to, t), camera).bounds);
    if (const auto arrow = motionArrow(first, last))
        bounds = bounds.united(arrow->bounds());

    QImage image(kFrame * 3, kFrame, QImage::Format_ARGB32_Premultiplied);
    image.fill(style.background);
    QPainter painter(&image);
    const FigurePainter figurePainter(style);
    for (int i = 0; i < 3; ++i) {
        const QRectF cell(i * kFrame, 0, kFrame, kFrame);
        const QTransform fit = FigurePainter::fitTransform(cell, bounds);
        figurePainter.paint(painter, fit, figureGeometry(interpolate(from, to, steps[i]), camera));
        if (i == 2)
            figurePainter.paintMotionArrow(painter, fit, first, last);
    }
    return image;
}

void dumpJoints(const QString &id, const Skeleton &skeleton)
{
    static const char *const names[] = {"pelvis", "lumbar", "shoulders", "neck", "head", "L hip",
        "L knee", "L ankle", "L toe", "R hip", "R knee", "R ankle", "R toe", "L shoulder",
        "L elbow", "L wrist", "L hand tip", "R shoulder", "R elbow", "R wrist", "R hand tip"};
    std::printf("%s\n", qPrintable(id));
    for (std::size_t i = 0; i < kJointCount; ++i) {
        const Vec3 p = skeleton.joints[i];
        std::printf("  %-11s x %7.3f  y %7.3f  z %7.3f\n", names[i], p.x, p.y, p.z);
    }
}

QString yawName(double yaw)
{
    return yaw < 0 ? u"m%1"_s.arg(-yaw) : QString::number(yaw);
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Renders figure poses to PNG files."_s);
    parser.addHelpOption();
    const QCommandLineOption posesOption(
        u"poses"_s, u"Pose file (JSON)."_s, u"file"_s, u":/content/poses/seated-leg-cross.json"_s);
    const QCommandLineOption outOption(u"out"_s, u"Output folder."_s, u"dir"_s, u"."_s);
    const QCommandLineOption yawOption(
        u"yaw"_s, u"Camera yaws, comma separated."_s, u"degrees"_s, u"90,45"_s);
    const QCommandLineOption pitchOption(u"pitch"_s, u"Camera pitch."_s, u"degrees"_s, u"0"_s);
    const QCommandLineOption stripOption(u"strip"_s, u"Movement strip FROM,TO."_s, u"ids"_s,
        u"cross-legged-upright,cross-legged-lean-half"_s);
    const QCommandLineOption tintOption(u"tint"_s, u"Tint the stretched region."_s);
    const QCommandLineOption dumpOption(u"dump"_s, u"Print the 3D joints of each pose."_s);
    const QCommandLineOption partsOption(u"parts"_s, u"Also draw each part in its own colour."_s);
    const QCommandLineOption exerciseOption(
        u"exercise"_s, u"Draw every view of one exercise, both sides."_s, u"id"_s);
    const QCommandLineOption sheetOption(u"contact-sheet"_s,
        u"Write a contact sheet of every exercise's poses, both sides."_s, u"file.png"_s);
    const QCommandLineOption contentOption(u"content"_s,
        u"Content root for --exercise and --contact-sheet (default: the bundled content)."_s,
        u"dir"_s);
    parser.addOptions({posesOption, outOption, yawOption, pitchOption, stripOption, tintOption,
        dumpOption, partsOption, exerciseOption, sheetOption, contentOption});
    parser.process(app);

    if (parser.isSet(exerciseOption) || parser.isSet(sheetOption)) {
        const QString root
            = parser.isSet(contentOption) ? parser.value(contentOption) : bundledContentRoot();
        const ContentLibrary library = ContentLibrary::load({root});
        for (const ContentError &error : library.errors())
            std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
        if (parser.isSet(sheetOption))
            return save(contactSheet(library), parser.value(sheetOption)) ? 0 : 1;
        const Exercise *exercise = library.exercise(parser.value(exerciseOption));
        if (!exercise) {
            std::fprintf(stderr, "no exercise %s\n", qPrintable(parser.value(exerciseOption)));
            return 1;
        }
        const QString out = parser.value(outOption);
        QDir().mkpath(out);
        bool ok = true;
        for (const ExerciseView &view : exerciseViews(*exercise)) {
            for (const bool right : {false, true}) {
                for (const int size : {800, 96}) {
                    const QString path = u"%1/%2_%3_y%4_%5_%6.png"_s.arg(out, exercise->id,
                        view.poseId, yawName(view.yawDegrees), right ? u"R"_s : u"L"_s,
                        QString::number(size));
                    ok = save(renderExerciseView(*exercise, view, right, size, false), path) && ok;
                }
            }
        }
        return ok ? 0 : 1;
    }

    const QMap<QString, Pose> poses = readPoses(parser.value(posesOption));
    if (poses.isEmpty()) {
        std::fprintf(stderr, "no poses read from %s\n", qPrintable(parser.value(posesOption)));
        return 1;
    }
    if (parser.isSet(dumpOption)) {
        for (auto it = poses.constBegin(); it != poses.constEnd(); ++it)
            dumpJoints(it.key(), forwardKinematics(it.value()));
        return 0;
    }
    const QString out = parser.value(outOption);
    QDir().mkpath(out);
    const double pitch = parser.value(pitchOption).toDouble();
    const bool tint = parser.isSet(tintOption);

    bool ok = true;
    for (const QString &yawText : parser.value(yawOption).split(u',')) {
        const Camera camera {yawText.toDouble(), pitch};
        const QString yaw = yawName(camera.yawDegrees);
        for (auto it = poses.constBegin(); it != poses.constEnd(); ++it) {
            const FigureGeometry plain = figureGeometry(it.value(), camera);
            const FigureGeometry other = figureGeometry(mirrored(it.value()), camera.mirrored());
            if (parser.isSet(partsOption)) {
                ok = save(renderParts(plain, 800), u"%1/%2_y%3_parts.png"_s.arg(out, it.key(), yaw))
                    && ok;
            }
            for (const bool dark : {false, true}) {
                const QString theme = dark ? u"dark"_s : u"light"_s;
                for (const int size : {800, 96}) {
                    const QString stem
                        = u"%1/%2_y%3_%4_%5"_s.arg(out, it.key(), yaw, theme).arg(size);
                    ok = save(render(plain, size, dark, tint), stem + u".png"_s) && ok;
                    if (size == 96)
                        ok = save(render(other, size, dark, tint), stem + u"_mirrored.png"_s) && ok;
                }
            }
        }
        const QStringList strip = parser.value(stripOption).split(u',');
        if (strip.size() == 2 && poses.contains(strip[0]) && poses.contains(strip[1])) {
            for (const bool dark : {false, true}) {
                const QString path = u"%1/strip_%2_%3_y%4_%5.png"_s.arg(
                    out, strip[0], strip[1], yaw, dark ? u"dark"_s : u"light"_s);
                ok = save(renderStrip(poses[strip[0]], poses[strip[1]], camera, dark, tint), path)
                    && ok;
            }
        }
    }
    return ok ? 0 : 1;
}
