// A bare Qt Widgets window titled "Floor" that shows one line of text: the
// baseline that Limber's time to its first painted frame is compared against
// (bench/first_paint.py, docs/performance.md). It marks its first painted
// frame the way Limber does.
#include "app/window/firstpaint.h"

#include <QApplication>
#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

int main(int argc, char **argv)
{
    // The same marks as Limber's main(), so the two can be compared step by step.
    limber::FirstPaint::writeTraceMark("main");
    QApplication app(argc, argv);
    limber::FirstPaint::writeTraceMark("application");
    QWidget window;
    window.setWindowTitle(QStringLiteral("Floor"));
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(new QLabel(QStringLiteral("Stretch for your hips and lower back")));
    window.resize(1024, 720);
    window.show();
    limber::FirstPaint::writeTraceMark("shown");
    limber::FirstPaint firstPaint(window);
    return app.exec();
}
