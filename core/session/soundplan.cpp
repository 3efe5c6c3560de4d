#include "core/session/soundplan.h"

#include <algorithm>
#include <tuple>

namespace limber {

using std::chrono::milliseconds;
using namespace std::chrono_literals;

namespace {

/// Half-open [start, end), so that two spans that only touch do not overlap.
struct Span
{
    milliseconds start {0};
    milliseconds end {0};

    bool overlaps(const Span &other) const { return start < other.end && other.start < end; }
    Span padded(milliseconds pad) const { return {start - pad, end + pad}; }
};

Span spanOf(const PlannedSound &sound)
{
    return {sound.at, sound.end()};
}

class SoundPlanner
{
public:
    SoundPlanner(const QList<Cue> &cues, const QList<CueSound> &sounds, const QList<Phase> &phases,
        const ToneLength &toneLength, const SpeechLength &speechLength, const SoundPlanRules &rules)
        : m_cues(cues)
        , m_sounds(sounds)
        , m_phases(phases)
        , m_toneLength(toneLength)
        , m_speechLength(speechLength)
        , m_rules(rules)
        , m_order(handlingOrder(realPriorities()))
        , m_wordsPriority(wordsPriorities())
        , m_wordsOrder(handlingOrder(m_wordsPriority))
    { }

    SoundPlan plan()
    {
        planTones();
        planWords();
        return finish();
    }

private:
    int cueCount() const { return int(std::min(m_cues.size(), m_sounds.size())); }

    QList<Cue::Priority> realPriorities() const
    {
        QList<Cue::Priority> priorities;
        for (int i = 0; i < cueCount(); ++i)
            priorities.append(m_cues.at(i).priority);
        return priorities;
    }

    /// Does the Caution at `caution` follow the words of the cue at `leader`?
    /// A caution comes after its phase's words of the same instant: the
    /// instruction, the finish words before it, earlier cautions.
    bool follows(int caution, int leader) const
    {
        const Cue &first = m_cues.at(leader);
        const Cue &second = m_cues.at(caution);
        const bool leadingKind = first.kind == Cue::Kind::PhaseStart
            || first.kind == Cue::Kind::StepText || first.kind == Cue::Kind::Finish
            || first.kind == Cue::Kind::Caution;
        return leader < caution && leadingKind && first.at == second.at
            && first.phaseIndex == second.phaseIndex;
    }

    /// A caution's priority also carries the words it follows, so that they
    /// are placed before it and never pushed out by lesser words.
    QList<Cue::Priority> wordsPriorities() const
    {
        QList<Cue::Priority> priorities = realPriorities();
        for (int i = 0; i < cueCount(); ++i) {
            if (m_cues.at(i).kind != Cue::Kind::Caution)
                continue;
            for (int j = i - 1; j >= 0 && m_cues.at(j).at == m_cues.at(i).at; --j)
                if (follows(i, j))
                    priorities[j] = std::max(priorities[j], m_cues.at(i).priority);
        }
        return priorities;
    }

    /// Highest priority first, then time, then cue index.
    QList<int> handlingOrder(const QList<Cue::Priority> &priorities) const
    {
        QList<int> order;
        order.reserve(cueCount());
        for (int i = 0; i < cueCount(); ++i)
            order.append(i);
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            return std::tuple(-int(priorities.at(a)), m_cues.at(a).at, a)
                < std::tuple(-int(priorities.at(b)), m_cues.at(b).at, b);
        });
        return order;
    }

    Cue::Priority priorityOfTone(const PlannedSound &tone) const
    {
        return m_cues.at(tone.cueIndex).priority;
    }

    void drop(
        PlannedSound::Kind kind, int cueIndex, Tone tone, QString text, DroppedSound::Reason reason)
    {
        m_dropped.append(DroppedSound {kind, cueIndex, tone, std::move(text), reason});
    }

    void planTones()
    {
        for (int index : m_order) {
            const std::optional<Tone> tone = m_sounds.at(index).tone;
            if (!tone)
                continue;
            PlannedSound sound;
            sound.kind = PlannedSound::Kind::Tone;
            sound.at = m_cues.at(index).at;
            sound.duration = std::max(m_toneLength(*tone), 0ms);
            sound.tone = *tone;
            sound.cueIndex = index;
            const Span near = spanOf(sound).padded(m_rules.toneGap);
            const bool collides = std::any_of(m_tones.cbegin(), m_tones.cend(),
                [&](const PlannedSound &kept) { return near.overlaps(spanOf(kept)); });
            if (collides)
                drop(PlannedSound::Kind::Tone, index, *tone, {},
                    DroppedSound::Reason::ToneCollision);
            else
                m_tones.append(sound);
        }
    }

    const PlannedSound *keptToneOf(int cueIndex) const
    {
        for (const PlannedSound &tone : m_tones)
            if (tone.cueIndex == cueIndex)
                return &tone;
        return nullptr;
    }

    /// Nothing for a caution: it may wait until its phase ends.
    std::optional<milliseconds> longestDelayFor(const Cue &cue) const
    {
        if (cue.kind == Cue::Kind::Caution)
            return std::nullopt;
        if (cue.kind == Cue::Kind::StepText)
            return m_rules.longestInstructionDelay;
        if (cue.priority == Cue::Priority::Low)
            return m_rules.longestLowPriorityDelay;
        return m_rules.longestDelay;
    }

    /// The Done phase has no length, and "Well done" must still be heard.
    std::optional<milliseconds> endLimitFor(const Cue &cue) const
    {
        if (cue.phaseIndex < 0 || cue.phaseIndex >= m_phases.size())
            return std::nullopt;
        const Phase &phase = m_phases.at(cue.phaseIndex);
        if (phase.duration <= 0ms)
            return std::nullopt;
        return phase.end();
    }

    bool alreadySaid(const Cue &cue, const QString &fullForm) const
    {
        return std::any_of(m_words.cbegin(), m_words.cend(), [&](const PlannedSound &placed) {
            const int placedIndex = placed.cueIndex;
            return m_cues.at(placedIndex).at == cue.at
                && m_sounds.at(placedIndex).speech.constFirst() == fullForm;
        });
    }

    /// A caution starts after the words it follows that were placed.
    milliseconds afterLeaders(int index, milliseconds earliest) const
    {
        for (const PlannedSound &words : m_words)
            if (follows(index, words.cueIndex))
                earliest = std::max(earliest, words.end() + m_rules.gapBetweenSentences);
        return earliest;
    }

    QList<Span> obstaclesFor(Cue::Priority priority) const
    {
        const bool aboveBreath = priority > Cue::Priority::Low;
        QList<Span> obstacles;
        obstacles.reserve(m_tones.size() + m_words.size());
        for (const PlannedSound &tone : m_tones) {
            if (aboveBreath && priorityOfTone(tone) == Cue::Priority::Low)
                continue;
            obstacles.append(spanOf(tone).padded(m_rules.wordsAfterTone));
        }
        for (const PlannedSound &words : m_words)
            obstacles.append(spanOf(words).padded(m_rules.gapBetweenSentences));
        return obstacles;
    }

    /// The first start in [earliest, latest] where words of `length` are clear
    /// of every obstacle and end by `endLimit`. Only the earliest moment and
    /// obstacle ends can be first starts: any other clear start could move earlier.
    static std::optional<milliseconds> firstFreeStart(const QList<Span> &obstacles,
        milliseconds earliest, milliseconds latest, std::optional<milliseconds> endLimit,
        milliseconds length)
    {
        QList<milliseconds> candidates {earliest};
        for (const Span &obstacle : obstacles)
            if (obstacle.end > earliest && obstacle.end <= latest)
                candidates.append(obstacle.end);
        std::sort(candidates.begin(), candidates.end());
        candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
        for (milliseconds start : candidates) {
            const Span words {start, start + length};
            if (endLimit && words.end > *endLimit)
                break; // later starts end later still
            const bool clear = std::none_of(obstacles.cbegin(), obstacles.cend(),
                [&](const Span &obstacle) { return obstacle.overlaps(words); });
            if (clear)
                return start;
        }
        return std::nullopt;
    }

    void removeBreathUnder(const PlannedSound &words)
    {
        const Span covered = spanOf(words).padded(m_rules.wordsAfterTone);
        for (qsizetype i = m_tones.size() - 1; i >= 0; --i) {
            const PlannedSound &tone = m_tones.at(i);
            if (priorityOfTone(tone) != Cue::Priority::Low || !covered.overlaps(spanOf(tone)))
                continue;
            drop(PlannedSound::Kind::Tone, tone.cueIndex, tone.tone, {},
                DroppedSound::Reason::BreathUnderWords);
            m_tones.removeAt(i);
        }
    }

    void planWordsOf(int index)
    {
        const Cue &cue = m_cues.at(index);
        const QStringList &forms = m_sounds.at(index).speech;
        const QString &fullForm = forms.constFirst();
        if (alreadySaid(cue, fullForm)) {
            drop(PlannedSound::Kind::Speech, index, Tone::PhaseStart, fullForm,
                DroppedSound::Reason::SameWordsAtOnce);
            return;
        }

        milliseconds earliest = cue.at;
        if (const PlannedSound *ownTone = keptToneOf(index))
            earliest = ownTone->end() + m_rules.wordsAfterTone;
        if (cue.kind == Cue::Kind::Caution)
            earliest = afterLeaders(index, earliest);
        const std::optional<milliseconds> endLimit = endLimitFor(cue);
        const std::optional<milliseconds> delay = longestDelayFor(cue);
        const milliseconds latest = delay ? earliest + *delay
            : endLimit                    ? std::max(earliest, *endLimit)
                                          : earliest + m_rules.longestDelay;
        const Cue::Priority priority = m_wordsPriority.at(index);
        const QList<Span> obstacles = obstaclesFor(priority);

        bool anyRendered = false;
        for (const QString &form : forms) {
            const std::optional<milliseconds> length = m_speechLength(form);
            if (!length)
                continue;
            anyRendered = true;
            const std::optional<milliseconds> start
                = firstFreeStart(obstacles, earliest, latest, endLimit, std::max(*length, 0ms));
            if (!start)
                continue;
            PlannedSound words;
            words.kind = PlannedSound::Kind::Speech;
            words.at = *start;
            words.duration = std::max(*length, 0ms);
            words.text = form;
            words.cueIndex = index;
            m_words.append(words);
            if (priority > Cue::Priority::Low)
                removeBreathUnder(words);
            return;
        }
        drop(PlannedSound::Kind::Speech, index, Tone::PhaseStart, fullForm,
            anyRendered ? DroppedSound::Reason::NoRoomForWords
                        : DroppedSound::Reason::WordsNotRendered);
    }

    void planWords()
    {
        for (int index : m_wordsOrder)
            if (!m_sounds.at(index).speech.isEmpty())
                planWordsOf(index);
    }

    SoundPlan finish()
    {
        SoundPlan plan;
        plan.sounds = m_tones + m_words;
        std::sort(plan.sounds.begin(), plan.sounds.end(),
            [](const PlannedSound &a, const PlannedSound &b) {
                return std::tuple(a.at, int(a.kind), a.cueIndex)
                    < std::tuple(b.at, int(b.kind), b.cueIndex);
            });
        plan.dropped = std::move(m_dropped);
        std::sort(plan.dropped.begin(), plan.dropped.end(),
            [](const DroppedSound &a, const DroppedSound &b) {
                return std::tuple(a.cueIndex, int(a.kind)) < std::tuple(b.cueIndex, int(b.kind));
            });
        return plan;
    }

    const QList<Cue> &m_cues;
    const QList<CueSound> &m_sounds;
    const QList<Phase> &m_phases;
    const ToneLength &m_toneLength;
    const SpeechLength &m_speechLength;
    const SoundPlanRules &m_rules;
    const QList<int> m_order; ///< tones: by each cue's own priority
    const QList<Cue::Priority> m_wordsPriority;
    const QList<int> m_wordsOrder; ///< words: a caution lifts the words it follows
    QList<PlannedSound> m_tones; ///< kept so far
    QList<PlannedSound> m_words; ///< placed so far
    QList<DroppedSound> m_dropped;
};

} // namespace

SoundPlan planSounds(const QList<Cue> &cues, const QList<CueSound> &sounds,
    const QList<Phase> &phases, const ToneLength &toneLength, const SpeechLength &speechLength,
    const SoundPlanRules &rules)
{
    return SoundPlanner(cues, sounds, phases, toneLength, speechLength, rules).plan();
}

} // namespace limber
