#pragma once

// A paint device that records which kinds of drawing calls reach its
// engine, to tell vector painting from raster painting.
#include <QPaintDevice>
#include <QPaintEngine>

#include <memory>

namespace limber::testing {

struct PaintCallCounts
{
    int paths = 0;
    int polygons = 0;
    int lines = 0;
    int ellipses = 0;
    int rects = 0;
    int images = 0;
    int pixmaps = 0;
    int text = 0;

    int vector() const { return paths + polygons + lines + ellipses + rects; }
    int raster() const { return images + pixmaps; }
};

class RecordingPaintEngine : public QPaintEngine
{
public:
    RecordingPaintEngine()
        : QPaintEngine(QPaintEngine::AllFeatures)
    { }

    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState &) override { }
    Type type() const override { return QPaintEngine::User; }

    void drawPath(const QPainterPath &) override { ++counts.paths; }
    void drawPolygon(const QPointF *, int, PolygonDrawMode) override { ++counts.polygons; }
    void drawPolygon(const QPoint *, int, PolygonDrawMode) override { ++counts.polygons; }
    void drawLines(const QLineF *, int) override { ++counts.lines; }
    void drawLines(const QLine *, int) override { ++counts.lines; }
    void drawEllipse(const QRectF &) override { ++counts.ellipses; }
    void drawEllipse(const QRect &) override { ++counts.ellipses; }
    void drawRects(const QRectF *, int) override { ++counts.rects; }
    void drawRects(const QRect *, int) override { ++counts.rects; }
    void drawPoints(const QPointF *, int) override { ++counts.lines; }
    void drawPoints(const QPoint *, int) override { ++counts.lines; }
    void drawTextItem(const QPointF &, const QTextItem &) override { ++counts.text; }
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override { ++counts.pixmaps; }
    void drawTiledPixmap(const QRectF &, const QPixmap &, const QPointF &) override
    {
        ++counts.pixmaps;
    }
    void drawImage(
        const QRectF &, const QImage &, const QRectF &, Qt::ImageConversionFlags) override
    {
        ++counts.images;
    }

    PaintCallCounts counts;
};

class RecordingPaintDevice : public QPaintDevice
{
public:
    RecordingPaintDevice(int width, int height)
        : m_width(width)
        , m_height(height)
    { }
    ~RecordingPaintDevice() override = default;

    QPaintEngine *paintEngine() const override { return &m_engine; }
    const PaintCallCounts &counts() const { return m_engine.counts; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return m_width;
        case PdmHeight:
            return m_height;
        case PdmWidthMM:
            return m_width * 254 / 960;
        case PdmHeightMM:
            return m_height * 254 / 960;
        case PdmNumColors:
            return 0x7fffffff;
        case PdmDepth:
            return 32;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return static_cast<int>(QPaintDevice::devicePixelRatioFScale());
        default:
            return 0;
        }
    }

private:
    int m_width;
    int m_height;
    mutable RecordingPaintEngine m_engine;
};

} // namespace limber::testing
