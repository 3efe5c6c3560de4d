#include "app/window/deferrediconstyle.h"

#include "app/window/lazyicon.h"

#include <QPointer>
#include <QStyleOption>

#include <optional>

namespace limber {

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
    if (defers(standardIcon)) {
        std::optional<QStyleOption> direction; // the option, when given, tells it
        if (option)
            direction = *option;
        return lazyIcon([style = QPointer<const QStyle>(baseStyle()), standardIcon, direction] {
            // The style can be gone (replaced on the application): the
            // button then shows no icon rather than crash.
            return style ? style->standardIcon(standardIcon, direction ? &*direction : nullptr)
                         : QIcon();
        });
    }
    return QProxyStyle::standardIcon(standardIcon, option, widget);
}

} // namespace limber
