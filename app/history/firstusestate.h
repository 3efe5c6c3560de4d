#pragma once

#include <QWidget>

namespace limber {

/// What the History page shows before the first hold: a friendly sentence
/// instead of empty axes, what will appear, and a way to start.
class FirstUseState : public QWidget
{
    Q_OBJECT

public:
    explicit FirstUseState(QWidget *parent = nullptr);

Q_SIGNALS:
    void startSessionRequested();
};

} // namespace limber
