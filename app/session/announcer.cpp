#include "app/session/announcer.h"

#include <QAccessible>
#include <QWidget>

namespace limber {

Announcer::Announcer(QWidget *region)
    : m_region(region)
{ }

void Announcer::announce(const QString &news)
{
    if (news.isEmpty())
        return;
    m_lastNews = news;
    if (m_region->accessibleName() != news) {
        m_region->setAccessibleName(news); // which tells assistive technology itself
    } else {
        // The same words again (a second hold of the same side): said again.
        QAccessibleEvent changed(m_region, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&changed);
    }
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QAccessibleAnnouncementEvent announcement(m_region, news);
    QAccessible::updateAccessibility(&announcement);
#endif
}

} // namespace limber
