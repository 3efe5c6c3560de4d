#pragma once

#include <QProxyStyle>

namespace limber {

/// The application's style, unchanged but for the icons of the tool bar's
/// and menu bar's overflow buttons, which are read from their PNG files only
/// when first drawn. Those buttons show only in a window too narrow for every
/// entry, yet Qt decodes their icons when the bars are made: 3 million
/// instructions before the window's first frame. Set on the application
/// before any widget exists (QApplication::setStyle takes it over).
class DeferredIconStyle : public QProxyStyle
{
public:
    /// Over the style the application would use anyway (a -style argument,
    /// QT_STYLE_OVERRIDE, the desktop's, or Fusion), or over \a base.
    explicit DeferredIconStyle(QStyle *base = nullptr);

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
        const QWidget *widget = nullptr) const override;

    /// Whether \a standardIcon is one read only when drawn.
    static bool defers(StandardPixmap standardIcon);
};

} // namespace limber
