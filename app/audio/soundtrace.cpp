#include "app/audio/soundtrace.h"

#include "app/audio/tone.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

QString reasonName(DroppedSound::Reason reason)
{
    switch (reason) {
    case DroppedSound::Reason::ToneCollision:
        return u"tone-collision"_s;
    case DroppedSound::Reason::BreathUnderWords:
        return u"breath-under-words"_s;
    case DroppedSound::Reason::NoRoomForWords:
        return u"no-room-for-words"_s;
    case DroppedSound::Reason::WordsNotRendered:
        return u"words-not-rendered"_s;
    case DroppedSound::Reason::SameWordsAtOnce:
        return u"same-words-at-once"_s;
    }
    return {};
}

} // namespace

SoundTrace::SoundTrace()
{
    const QString path = qEnvironmentVariable("LIMBER_SOUND_TRACE");
    if (path.isEmpty())
        return;
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        qWarning("LIMBER_SOUND_TRACE: cannot write %s", qPrintable(path));
    m_sinceOpen.start();
}

namespace {

QJsonObject describe(const PlannedSound &sound)
{
    QJsonObject entry {
        {u"at_ms"_s, qint64(sound.at.count())}, {u"duration_ms"_s, qint64(sound.duration.count())}};
    if (sound.kind == PlannedSound::Kind::Tone) {
        entry.insert(u"kind"_s, u"tone"_s);
        entry.insert(u"tone"_s, toneName(sound.tone));
    } else {
        entry.insert(u"kind"_s, u"speech"_s);
        entry.insert(u"text"_s, sound.text);
    }
    return entry;
}

} // namespace

int SoundTrace::sessionPlanned(const SoundPlan &plan)
{
    const int session = ++m_sessions;
    if (!isOn())
        return session;
    QJsonArray sounds;
    for (const PlannedSound &sound : plan.sounds)
        sounds.append(describe(sound));
    QJsonArray dropped;
    for (const DroppedSound &sound : plan.dropped) {
        dropped.append(QJsonObject {
            {u"kind"_s, sound.kind == PlannedSound::Kind::Tone ? u"tone"_s : u"speech"_s},
            {u"what"_s, sound.kind == PlannedSound::Kind::Tone ? toneName(sound.tone) : sound.text},
            {u"reason"_s, reasonName(sound.reason)}});
    }
    writeLine(QJsonDocument(
        QJsonObject {{u"event"_s, u"plan"_s}, {u"session"_s, session},
            {u"trace_ms"_s, m_sinceOpen.elapsed()}, {u"sounds"_s, sounds}, {u"dropped"_s, dropped}})
                  .toJson(QJsonDocument::Compact));
    return session;
}

void SoundTrace::sessionFinished(int session, bool completed)
{
    if (isOn())
        writeLine(QJsonDocument(QJsonObject {{u"event"_s, u"finished"_s}, {u"session"_s, session},
                                    {u"reason"_s, completed ? u"completed"_s : u"stopped"_s}})
                      .toJson(QJsonDocument::Compact));
}

void SoundTrace::soundQueued(
    int session, const PlannedSound &sound, std::chrono::milliseconds fromNow)
{
    if (!isOn())
        return;
    QJsonObject event = describe(sound);
    event.insert(u"event"_s, u"queued"_s);
    event.insert(u"session"_s, session);
    // Milliseconds since the trace was opened, on the steady clock.
    event.insert(u"starts_ms"_s, m_sinceOpen.elapsed() + qint64(fromNow.count()));
    writeLine(QJsonDocument(event).toJson(QJsonDocument::Compact));
}

void SoundTrace::sessionIdle(int session)
{
    if (isOn())
        writeLine(QJsonDocument(QJsonObject {{u"event"_s, u"idle"_s}, {u"session"_s, session}})
                      .toJson(QJsonDocument::Compact));
}

void SoundTrace::writeLine(const QByteArray &json)
{
    m_file.write(json + '\n');
    m_file.flush();
}

} // namespace limber
