#pragma once

#include <future>

namespace limber {

/// Loads the system's font configuration on a thread of its own while the
/// application is built. Fontconfig reads its XML configuration and its font
/// caches the first time any font is used: 7 ms here, which the window's
/// thread spent before its first frame. Started at the top of main(), the
/// loading runs on another core while QApplication connects to the display;
/// Qt's own FcInit() then finds the configuration loaded. Where Qt does not
/// use fontconfig (Windows, macOS) this does nothing.
class FontWarmUp
{
public:
    /// Starts loading.
    FontWarmUp();
    /// Waits for the loading, as wait() does.
    ~FontWarmUp();
    FontWarmUp(const FontWarmUp &) = delete;
    FontWarmUp &operator=(const FontWarmUp &) = delete;

    /// Returns once the configuration is loaded: call it before the first
    /// font is used, so that the window's thread does not load it a second
    /// time alongside. Returns whether this loaded it (false without
    /// fontconfig, or when it failed: Qt then tries again itself).
    bool wait();

private:
    std::future<bool> m_loaded;
    bool m_result = false;
};

} // namespace limber
