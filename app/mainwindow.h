#pragma once

#include <QMainWindow>

namespace limber {

/// The main window. It only navigates between pages; each page is its own class.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace limber
