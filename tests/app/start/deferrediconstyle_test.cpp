// DeferredIconStyle: the overflow buttons' icons are read when first drawn,
// and then look as the style draws them; everything else is the style's own.
#include "app/window/deferrediconstyle.h"

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QPixmap>
#include <QStyleFactory>
#include <QToolBar>
#include <QToolButton>

#include <gtest/gtest.h>

#include <memory>

using namespace limber;
using namespace Qt::Literals::StringLiterals;

namespace {

/// Fusion, counting the icons asked of it.
class CountingStyle : public QProxyStyle
{
public:
    CountingStyle()
        : QProxyStyle(QStyleFactory::create(u"Fusion"_s))
    { }

    QIcon standardIcon(
        StandardPixmap which, const QStyleOption *option, const QWidget *widget) const override
    {
        ++asked;
        return QProxyStyle::standardIcon(which, option, widget);
    }

    mutable int asked = 0;
};

QImage imageOf(const QIcon &icon)
{
    return icon.pixmap(QSize(16, 16)).toImage().convertToFormat(QImage::Format_ARGB32);
}

TEST(DeferredIconStyle, AnOverflowIconIsReadOnlyWhenFirstDrawn)
{
    auto *counting = new CountingStyle;
    const DeferredIconStyle style(counting);
    const QIcon icon = style.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton);
    EXPECT_EQ(counting->asked, 0) << "nothing is read while the bar is made";
    EXPECT_FALSE(icon.isNull());

    const QImage drawn = imageOf(icon);
    EXPECT_EQ(counting->asked, 1);
    imageOf(icon);
    EXPECT_EQ(counting->asked, 1) << "read once, then kept";

    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
    EXPECT_EQ(drawn, imageOf(fusion->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton)));
}

TEST(DeferredIconStyle, OtherIconsAreTheStylesAtOnce)
{
    auto *counting = new CountingStyle;
    const DeferredIconStyle style(counting);
    const QIcon icon = style.standardIcon(QStyle::SP_DialogOkButton);
    EXPECT_EQ(counting->asked, 1);
    EXPECT_FALSE(icon.isNull());
    EXPECT_FALSE(DeferredIconStyle::defers(QStyle::SP_DialogOkButton));
    EXPECT_TRUE(DeferredIconStyle::defers(QStyle::SP_ToolBarVerticalExtensionButton));
}

TEST(DeferredIconStyle, ANarrowToolBarShowsItsOverflowButtonWithTheStylesArrow)
{
    // As in main(): the application's style, before the bar is made (a
    // widget's own style would not reach the bar's overflow button).
    auto *counting = new CountingStyle;
    QApplication::setStyle(new DeferredIconStyle(counting));
    QToolBar bar;
    EXPECT_EQ(counting->asked, 0);
    for (int i = 0; i < 8; ++i)
        bar.addAction(u"Entry number %1"_s.arg(i));
    bar.resize(160, 40);
    bar.show();
    QApplication::processEvents();

    auto *overflow = bar.findChild<QToolButton *>(u"qt_toolbar_ext_button"_s);
    ASSERT_NE(overflow, nullptr);
    EXPECT_TRUE(overflow->isVisible()) << "the entries do not fit";
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
    const QImage arrow = imageOf(fusion->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton));
    ASSERT_FALSE(arrow.isNull());
    EXPECT_EQ(imageOf(overflow->icon()), arrow);
    EXPECT_EQ(counting->asked, 1);
}

} // namespace
