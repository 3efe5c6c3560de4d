#pragma once

#include "app/audio/cuesink.h"

#include <QList>

namespace limber::test {

/// A CueSink that keeps every cue it is given, in order, for tests to inspect.
class RecordingCueSink final : public CueSink
{
public:
    void play(const Cue &cue) override { m_cues.append(cue); }

    const QList<Cue> &cues() const { return m_cues; }
    qsizetype count() const { return m_cues.size(); }
    void clear() { m_cues.clear(); }

    QList<Cue> cuesOfKind(Cue::Kind kind) const
    {
        QList<Cue> matching;
        for (const Cue &cue : m_cues) {
            if (cue.kind == kind)
                matching.append(cue);
        }
        return matching;
    }

private:
    QList<Cue> m_cues;
};

} // namespace limber::test
