#include "core/session/cuetext.h"

#include <QCoreApplication>
#include <QLocale>

namespace limber::cuetext {

// Each string is written out in a translate() call so that lupdate finds it.

QString getReady(const QString &exerciseTitle)
{
    return QCoreApplication::translate("SessionCues", "Get ready: %1").arg(exerciseTitle);
}

QString getReadyWithWords(const QString &exerciseTitle, const QString &words)
{
    if (words.isEmpty())
        return getReady(exerciseTitle);
    return QCoreApplication::translate("SessionCues", "Get ready: %1. %2")
        .arg(exerciseTitle, words);
}

QString stoppedForPain()
{
    return QCoreApplication::translate(
        "SessionCues", "Stop here. Come out of the stretch slowly and rest.");
}

QString prepareTitle(const QString &exerciseTitle, int stepNumber, int stepCount)
{
    return QCoreApplication::translate("SessionCues", "%1: step %2 of %n", nullptr, stepCount)
        .arg(exerciseTitle, QLocale().toString(stepNumber));
}

QString holdTitle(int holdNumber, int holdCount, const QString &sideLabel)
{
    if (sideLabel.isEmpty())
        return QCoreApplication::translate("SessionCues", "Hold %1 of %n", nullptr, holdCount)
            .arg(QLocale().toString(holdNumber));
    return QCoreApplication::translate("SessionCues", "Hold %1 of %n: %2", nullptr, holdCount)
        .arg(QLocale().toString(holdNumber), sideLabel);
}

QString switchSides(Side next, const QString &nextSideLabel)
{
    if (!nextSideLabel.isEmpty())
        return QCoreApplication::translate("SessionCues", "Switch: %1").arg(nextSideLabel);
    if (next == Side::Right)
        return QCoreApplication::translate("SessionCues", "Switch to the right side");
    if (next == Side::Left)
        return QCoreApplication::translate("SessionCues", "Switch to the left side");
    return QCoreApplication::translate("SessionCues", "Switch sides");
}

QString holdShort(const QString &sideLabel)
{
    if (sideLabel.isEmpty())
        return QCoreApplication::translate("SessionCues", "Hold");
    return sideLabel.left(1).toUpper() + sideLabel.mid(1);
}

QString switchShort()
{
    return QCoreApplication::translate("SessionCues", "Switch");
}

QString rest()
{
    return QCoreApplication::translate("SessionCues", "Rest");
}

QString restBeforeNext(const QString &nextExerciseTitle)
{
    return QCoreApplication::translate("SessionCues", "Rest. Next: %1").arg(nextExerciseTitle);
}

QString countdown(int count)
{
    return QLocale().toString(count);
}

QString tenSecondsRemaining()
{
    // "remaining", never "left": in a left/right session "left" names a side.
    return QCoreApplication::translate("SessionCues", "Ten seconds remaining");
}

QString halfway()
{
    return QCoreApplication::translate("SessionCues", "Halfway");
}

QString breatheIn()
{
    return QCoreApplication::translate("SessionCues", "Breathe in");
}

QString breatheOut()
{
    return QCoreApplication::translate("SessionCues", "Breathe out");
}

QString doneTitle()
{
    return QCoreApplication::translate("SessionCues", "Done");
}

QString wellDone()
{
    return QCoreApplication::translate("SessionCues", "Well done");
}

QString noHoldsDone()
{
    return QCoreApplication::translate("SessionCues", "No holds done this time.");
}

QString pausedAfterSleep()
{
    return QCoreApplication::translate(
        "SessionCues", "Paused: the computer was asleep. Resume when you are ready.");
}

QString pausedAfterStall()
{
    return QCoreApplication::translate(
        "SessionCues", "Paused: Limber was held up for a while. Resume when you are ready.");
}

} // namespace limber::cuetext
