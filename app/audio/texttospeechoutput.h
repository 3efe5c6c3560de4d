#pragma once

#include "speechoutput.h"

#include <QTimer>

#include <optional>

class QTextToSpeech;

namespace limber {

/// SpeechOutput over Qt TextToSpeech. Qt 6.4 has say/stop but no queue, and
/// stop() reports the new state later, from the engine's thread: this class
/// waits for that report before saying the next words, so two utterances
/// never mix, and gives up waiting after a moment so a silent engine cannot
/// swallow what comes next.
class TextToSpeechOutput final : public SpeechOutput
{
    Q_OBJECT

public:
    /// engine: a name from QTextToSpeech::availableEngines(); empty for the default.
    explicit TextToSpeechOutput(const QString &engine, QObject *parent = nullptr);
    ~TextToSpeechOutput() override;

    bool isUsable() const override;
    QString problem() const override;
    void speak(const QString &text) override;
    void stop() override;
    void setVolume(double volume) override;
    QStringList voiceNames() const override;
    void setVoiceName(const QString &name) override;

private:
    void onEngineState(int state);
    void sayPending();

    QTextToSpeech *m_engine = nullptr;
    QTimer m_stopGuard;
    std::optional<QString> m_pending;
    bool m_busy = false;
};

} // namespace limber
