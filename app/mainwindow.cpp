#include "mainwindow.h"

#include <QLabel>

namespace limber {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Limber"));
    auto *placeholder = new QLabel(tr("Limber"), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    resize(1024, 720);
}

} // namespace limber
