#pragma once

#include "core/session/cue.h"

namespace limber {

/// Anything that turns a Cue into something the person hears or sees.
/// The session page hands every due cue to one of these.
class CueSink
{
public:
    virtual ~CueSink() = default;
    virtual void play(const Cue &cue) = 0;

protected:
    CueSink() = default;
    CueSink(const CueSink &) = default;
    CueSink &operator=(const CueSink &) = default;
};

} // namespace limber
