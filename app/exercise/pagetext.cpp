#include "app/exercise/pagetext.h"

#include <QAccessible>
#include <QAccessibleWidget>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

QAccessibleInterface *headingInterface(const QString &, QObject *object)
{
    if (auto *heading = qobject_cast<SectionHeading *>(object))
        return new QAccessibleWidget(heading, QAccessible::Heading);
    return nullptr;
}

void installHeadingAccessibility()
{
    static const bool installed = [] {
        QAccessible::installFactory(headingInterface);
        return true;
    }();
    Q_UNUSED(installed);
}

void makeReadable(QLabel *label)
{
    label->setWordWrap(true);
    // Mouse selection only: keyboard selection would make every paragraph
    // a stop for Tab, and the arrow keys should scroll the page.
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setFocusPolicy(Qt::NoFocus);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
}

} // namespace

SectionHeading::SectionHeading(const QString &text, int level, QWidget *parent)
    : QLabel(text, parent)
    , m_level(level)
{
    installHeadingAccessibility();
    setTextFormat(Qt::PlainText);
    makeReadable(this);
    setAccessibleName(text);
    const double scale = level <= 1 ? 2.0 : level == 2 ? 1.35 : 1.1;
    QFont headingFont = font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * scale);
    headingFont.setBold(true);
    setFont(headingFont);
}

namespace pagetext {

QLabel *paragraph(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    makeReadable(label);
    return label;
}

QLabel *bulletList(const QStringList &items, QWidget *parent)
{
    QString html = u"<ul style=\"margin-left: 0px; -qt-list-indent: 1;\">"_s;
    for (const QString &item : items)
        html += u"<li style=\"margin-bottom: 4px;\">"_s + item.toHtmlEscaped() + u"</li>"_s;
    html += u"</ul>"_s;
    auto *label = new QLabel(html, parent);
    label->setTextFormat(Qt::RichText);
    makeReadable(label);
    // What a screen reader says: the entries, without the markup.
    label->setAccessibleName(items.join(u'\n'));
    return label;
}

} // namespace pagetext

} // namespace limber
