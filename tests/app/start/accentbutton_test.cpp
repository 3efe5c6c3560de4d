#include "app/history/chartstyle.h"
#include "app/start/accentbutton.h"

#include <QApplication>
#include <QImage>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace limber {
namespace {

class AccentButtonTest : public ::testing::Test
{
protected:
    AccentButtonTest()
    {
        QFont large = button.font();
        large.setPointSizeF(large.pointSizeF() * 1.8);
        large.setBold(true);
        button.setFont(large);
        button.resize(280, 76);
        button.show();
        QApplication::processEvents();
        // Shown alone, it takes the focus and may be under the pointer.
        button.clearFocus();
        button.setAttribute(Qt::WA_UnderMouse, false);
    }

    /// Compared as 8-bit colours, as they are drawn.
    QRgb colour(QPalette::ColorRole role) const
    {
        return button.palette().color(QPalette::Active, role).rgb();
    }
    /// Just inside the left edge, halfway down: the edge.
    QRgb edgeAt(const QImage &image) const { return image.pixel(1, image.height() / 2); }
    /// Inside the edge, left of the text: the fill.
    QRgb fillAt(const QImage &image) const
    {
        return image.pixel(AccentButton::ringWidth + 4, image.height() / 2);
    }

    AccentButton button {u"Start"_s};
};

TEST_F(AccentButtonTest, IsABlockOfTheAccentColourLabelledInItsTextColour)
{
    const QImage image = button.grab().toImage();
    EXPECT_EQ(edgeAt(image), colour(QPalette::Highlight));
    EXPECT_EQ(fillAt(image), colour(QPalette::Highlight));
    int labelPixels = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            labelPixels += image.pixel(x, y) == colour(QPalette::HighlightedText);
    EXPECT_GT(labelPixels, 50) << "the label, in the accent's text colour";
    EXPECT_EQ(image.pixel(0, 0), colour(QPalette::Window)) << "rounded: the corner is not filled";
}

TEST_F(AccentButtonTest, TheFocusRingsItInTheTextColour)
{
    button.activateWindow();
    button.setFocus(Qt::TabFocusReason);
    QApplication::processEvents();
    ASSERT_TRUE(button.hasFocus());
    const QImage image = button.grab().toImage();
    EXPECT_EQ(edgeAt(image), colour(QPalette::Text));
    EXPECT_EQ(fillAt(image), colour(QPalette::Highlight));
}

TEST_F(AccentButtonTest, UnderTheMouseAndPressedTheLabelOnlyGainsContrast)
{
    const auto contrastWithLabel = [this](QRgb fill) {
        return contrastRatio(QColor(fill), QColor(colour(QPalette::HighlightedText)));
    };
    const double normal = contrastWithLabel(fillAt(button.grab().toImage()));

    button.setAttribute(Qt::WA_UnderMouse);
    QImage image = button.grab().toImage();
    const QRgb hovered = fillAt(image);
    EXPECT_NE(hovered, colour(QPalette::Highlight)) << "the pointer shows on it";
    EXPECT_EQ(edgeAt(image), hovered);
    EXPECT_GT(contrastWithLabel(hovered), normal);

    button.setDown(true);
    const QRgb pressed = fillAt(button.grab().toImage());
    EXPECT_GT(contrastWithLabel(pressed), contrastWithLabel(hovered));

    // A theme whose accent is light and its label dark: lighter, not darker.
    QPalette light = button.palette();
    light.setColor(QPalette::Highlight, QColor(0xff, 0xd7, 0x00));
    light.setColor(QPalette::HighlightedText, Qt::black);
    button.setPalette(light);
    button.setDown(false);
    EXPECT_GT(contrastWithLabel(fillAt(button.grab().toImage())),
        contrastRatio(QColor(0xff, 0xd7, 0x00), Qt::black));
}

TEST_F(AccentButtonTest, AThemeSwitchedWhileItShowsReachesIt)
{
    QPalette dark = button.palette();
    dark.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    dark.setColor(QPalette::HighlightedText, Qt::black);
    button.setPalette(dark);
    const QImage image = button.grab().toImage();
    EXPECT_EQ(fillAt(image), qRgb(0x2a, 0x82, 0xda));
}

TEST_F(AccentButtonTest, HasRoomForALongLabelAndItsEdge)
{
    const QSize before = button.sizeHint();
    button.setText(u"Start the routine you chose today"_s);
    const QSize text = button.fontMetrics().size(Qt::TextShowMnemonic, button.text());
    EXPECT_GT(button.sizeHint().width(), before.width());
    EXPECT_EQ(button.sizeHint().width(),
        text.width() + 2 * (AccentButton::paddingX + AccentButton::ringWidth));
    EXPECT_EQ(button.sizeHint().height(),
        text.height() + 2 * (AccentButton::paddingY + AccentButton::ringWidth));
}

} // namespace
} // namespace limber
