#include "app/window/deferrediconstyle.h"

#include <QIconEngine>
#include <QPainter>
#include <QPointer>
#include <QStyleOption>

#include <optional>

namespace limber {

namespace {

/// An icon that asks its style for the real one when it is first drawn or
/// measured, and from then on is that icon.
class DeferredIconEngine : public QIconEngine
{
public:
    /// \a option, when given, is copied: it tells the style the direction.
    DeferredIconEngine(
        const QStyle *style, QStyle::StandardPixmap which, const QStyleOption *option)
        : m_style(style)
        , m_which(which)
    {
        if (option)
            m_option = *option;
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, mode, state);
    }

    QPixmap scaledPixmap(
        const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        return icon().pixmap(size, scale, mode, state);
    }

    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }

    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }

    QIconEngine *clone() const override { return new DeferredIconEngine(*this); }

    QString key() const override { return QStringLiteral("limber-deferred"); }

private:
    const QIcon &icon()
    {
        if (!m_icon) {
            // The style can be gone (replaced on the application): the
            // button then shows no icon rather than crash.
            const QStyle *style = m_style;
            m_icon
                = style ? style->standardIcon(m_which, m_option ? &*m_option : nullptr) : QIcon();
        }
        return *m_icon;
    }

    QPointer<const QStyle> m_style;
    QStyle::StandardPixmap m_which;
    std::optional<QStyleOption> m_option;
    std::optional<QIcon> m_icon;
};

} // namespace

DeferredIconStyle::DeferredIconStyle(QStyle *base)
    : QProxyStyle(base)
{ }

bool DeferredIconStyle::defers(StandardPixmap standardIcon)
{
    return standardIcon == SP_ToolBarHorizontalExtensionButton
        || standardIcon == SP_ToolBarVerticalExtensionButton;
}

QIcon DeferredIconStyle::standardIcon(
    StandardPixmap standardIcon, const QStyleOption *option, const QWidget *widget) const
{
    // The widget is not kept: the icons depend on the direction alone,
    // which the option holds.
    if (defers(standardIcon))
        return QIcon(new DeferredIconEngine(baseStyle(), standardIcon, option));
    return QProxyStyle::standardIcon(standardIcon, option, widget);
}

} // namespace limber
