// The one symbol Limber's audio module exports: the program finds it by
// name (audiomodule.cpp) once the window's first frame is on screen.
#include "app/audio/system/qtaudiosystem.h"

extern "C" Q_DECL_EXPORT limber::AudioSystem *limber_create_audio_system()
{
    return new limber::QtAudioSystem;
}
