#include "app/window/fontwarmup.h"

#ifdef LIMBER_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

namespace limber {

namespace {

bool loadFontConfiguration()
{
#ifdef LIMBER_HAVE_FONTCONFIG
    // Safe beside another thread's FcInit(): fontconfig keeps the first
    // configuration made and drops the other.
    return FcInit() == FcTrue;
#else
    return false;
#endif
}

} // namespace

FontWarmUp::FontWarmUp()
    : m_loaded(std::async(std::launch::async, loadFontConfiguration))
{ }

FontWarmUp::~FontWarmUp()
{
    wait();
}

bool FontWarmUp::wait()
{
    if (m_loaded.valid())
        m_result = m_loaded.get();
    return m_result;
}

} // namespace limber
