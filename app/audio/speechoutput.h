#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace limber {

/// A voice that says one thing at a time. The queueing rules live in
/// VoiceQueue; this only talks to a speech engine.
class SpeechOutput : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    /// False when the engine could not start; speak() then does nothing.
    virtual bool isUsable() const = 0;
    /// Why the voice is not usable, as a sentence for the person.
    virtual QString problem() const = 0;
    /// Says text, cutting off whatever is being said.
    virtual void speak(const QString &text) = 0;
    /// Falls silent without saying anything else.
    virtual void stop() = 0;
    /// 0 (silent) to 1 (full).
    virtual void setVolume(double volume) = 0;
    virtual QStringList voiceNames() const = 0;
    /// Chooses a voice by name; an empty or unknown name keeps the engine's default.
    virtual void setVoiceName(const QString &name) = 0;

Q_SIGNALS:
    /// What the last speak() said has been said in full (not sent for words
    /// that were cut off by a newer speak() or by stop()).
    void finished();
};

} // namespace limber
