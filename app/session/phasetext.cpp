#include "app/session/phasetext.h"

#include <QCoreApplication>
#include <QLocale>

namespace limber::phasetext {

namespace {

QString number(int value)
{
    return QLocale().toString(value);
}

QString capitalised(const QString &text)
{
    if (text.isEmpty())
        return text;
    return QLocale().toUpper(text.left(1)) + text.mid(1);
}

} // namespace

QString clock(std::chrono::milliseconds left)
{
    const qint64 totalSeconds = left.count() <= 0 ? 0 : (left.count() + 999) / 1000;
    const qint64 minutes = totalSeconds / 60;
    const qint64 seconds = totalSeconds % 60;
    return QStringLiteral("%1:%2").arg(minutes).arg(seconds, 2, 10, QLatin1Char('0'));
}

QString sideName(Side side, const QString &label)
{
    if (!label.isEmpty())
        return capitalised(label);
    switch (side) {
    case Side::Left:
        return QCoreApplication::translate("SessionText", "Left side");
    case Side::Right:
        return QCoreApplication::translate("SessionText", "Right side");
    case Side::None:
        break;
    }
    return {};
}

QString headline(const Phase &phase, const QStringList &languages)
{
    const QString exercise = phase.exerciseTitle.text(languages);
    switch (phase.kind) {
    case Phase::Kind::GetReady:
        return QCoreApplication::translate("SessionText", "%1 · get ready").arg(exercise);
    case Phase::Kind::Prepare:
        return QCoreApplication::translate(
            "SessionText", "%1 · step %2 of %n", nullptr, phase.stepCount)
            .arg(exercise, number(phase.stepIndex + 1));
    case Phase::Kind::Hold:
        return QCoreApplication::translate("SessionText", "%1 · hold").arg(exercise);
    case Phase::Kind::Switch:
        return QCoreApplication::translate("SessionText", "%1 · switch sides").arg(exercise);
    case Phase::Kind::Rest:
        return QCoreApplication::translate("SessionText", "%1 · rest").arg(exercise);
    case Phase::Kind::Done:
        break;
    }
    return QCoreApplication::translate("SessionText", "Session complete");
}

QString instruction(const Phase &phase, const QStringList &languages)
{
    switch (phase.kind) {
    case Phase::Kind::GetReady:
        if (QString words = phase.stepText.text(languages); !words.isEmpty())
            return words;
        return QCoreApplication::translate("SessionText", "Get into the starting position.");
    case Phase::Kind::Prepare:
        return phase.stepText.text(languages);
    case Phase::Kind::Hold:
        return QCoreApplication::translate("SessionText", "Hold the stretch and breathe slowly.");
    case Phase::Kind::Switch: {
        const QString label = phase.sideLabel.text(languages);
        if (!label.isEmpty())
            return QCoreApplication::translate("SessionText", "Switch sides: now %1.").arg(label);
        return QCoreApplication::translate("SessionText", "Switch sides.");
    }
    case Phase::Kind::Rest:
        return QCoreApplication::translate("SessionText", "Rest and breathe.");
    case Phase::Kind::Done:
        break;
    }
    return QCoreApplication::translate("SessionText", "Well done.");
}

QString sideLine(const Phase &phase, const QStringList &languages)
{
    if (phase.kind == Phase::Kind::GetReady) {
        if (phase.side == Side::None)
            return QCoreApplication::translate("SessionText", "Get ready");
        return QCoreApplication::translate("SessionText", "Get ready · %1 first")
            .arg(phase.sideLabel.text(languages).isEmpty() ? sideName(phase.side, {}).toLower()
                                                           : phase.sideLabel.text(languages));
    }
    if (phase.kind != Phase::Kind::Hold && phase.kind != Phase::Kind::Switch)
        return {};
    if (phase.holdNumber <= 0)
        return {};
    if (phase.side == Side::None)
        return QCoreApplication::translate(
            "SessionText", "Hold %1 of %n", nullptr, phase.holdsPerSide)
            .arg(number(phase.holdNumber));
    return QCoreApplication::translate(
        "SessionText", "%1 · hold %2 of %n", nullptr, phase.holdsPerSide)
        .arg(sideName(phase.side, phase.sideLabel.text(languages)), number(phase.holdNumber));
}

QString nextLine(const Phase &next, const QStringList &languages)
{
    switch (next.kind) {
    case Phase::Kind::GetReady:
        return QCoreApplication::translate("SessionText", "Next: get ready for %1 (%2)")
            .arg(next.exerciseTitle.text(languages), clock(next.duration));
    case Phase::Kind::Prepare:
        // What comes, in the step's own short words; the step number says nothing.
        if (const QString title = next.stepTitle.text(languages); !title.isEmpty())
            return QCoreApplication::translate("SessionText", "Next: %1").arg(title);
        return QCoreApplication::translate(
            "SessionText", "Next: %1, step %2 of %n", nullptr, next.stepCount)
            .arg(next.exerciseTitle.text(languages), number(next.stepIndex + 1));
    case Phase::Kind::Hold: {
        const QString length = clock(next.duration);
        if (next.side == Side::None)
            return QCoreApplication::translate(
                "SessionText", "Next: hold %1 of %n (%2)", nullptr, next.holdsPerSide)
                .arg(number(next.holdNumber), length);
        const QString label = next.sideLabel.text(languages);
        const QString side = label.isEmpty() ? sideName(next.side, {}).toLower() : label;
        return QCoreApplication::translate(
            "SessionText", "Next: hold %1 of %n, %2 (%3)", nullptr, next.holdsPerSide)
            .arg(number(next.holdNumber), side, length);
    }
    case Phase::Kind::Switch:
        return QCoreApplication::translate("SessionText", "Next: switch sides");
    case Phase::Kind::Rest:
        return QCoreApplication::translate("SessionText", "Next: rest (%1)")
            .arg(clock(next.duration));
    case Phase::Kind::Done:
        break;
    }
    return QCoreApplication::translate("SessionText", "Next: the end");
}

QString cautions(const Phase &phase, const QStringList &languages)
{
    QStringList lines;
    for (const LocalizedText &caution : phase.cautions) {
        if (const QString words = caution.text(languages); !words.isEmpty())
            lines.append(words);
    }
    return lines.join(u'\n');
}

} // namespace limber::phasetext
