#pragma once

#include <QStackedWidget>

namespace limber {

/// The main window's pages, one shown at a time. Unlike QStackedWidget it
/// asks only for the room of the page shown: the session page needs more
/// height than the start page, and a small screen should not have to fit
/// every page's needs at once, only the one in view.
class PageStack : public QStackedWidget
{
    Q_OBJECT

public:
    explicit PageStack(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
};

} // namespace limber
