// A bare Qt Widgets window titled "Floor": the baseline that Limber's
// start-up time is compared against (see docs/performance.md).
#include <QApplication>
#include <QWidget>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QWidget window;
    window.setWindowTitle(QStringLiteral("Floor"));
    window.resize(1024, 720);
    window.show();
    return app.exec();
}
