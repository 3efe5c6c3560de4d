#pragma once

#include <QString>

class QWidget;

namespace limber {

/// Gives a screen reader short news without moving the focus: a phase that
/// begins, the last seconds of a hold. The news becomes the accessible name
/// of a label that is always on the session screen (its cue line), and the
/// change goes out as an accessibility event, which AT-SPI passes on as
/// "object:property-change:accessible-name". Where Qt has announcement
/// events (6.8 and later) one is sent as well; screen readers speak those at
/// once, wherever the focus is.
class Announcer
{
public:
    explicit Announcer(QWidget *region);

    void announce(const QString &news);
    /// What was said last; empty before the first news.
    QString lastNews() const { return m_lastNews; }

private:
    QWidget *m_region;
    QString m_lastNews;
};

} // namespace limber
