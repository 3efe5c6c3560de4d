// What reminders cost while nothing happens: a ReminderController on the real
// clocks, switched on with every day chosen, left alone in an event loop for a
// while. Prints the CPU time used and how often the process woke up.
//
//   reminder_idle [SECONDS] [off]    (default 180 seconds; "off": reminders
//                                    switched off, the event loop's own baseline)
//
// Run it on a quiet machine; docs/reminders.md has the figures.
#include "app/reminders/remindercontroller.h"
#include "app/settings/settings.h"
#include "core/content/contentlibrary.h"
#include "core/util/clock.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <sys/resource.h>

namespace {

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

/// Voluntary context switches of the whole process: each is a wake-up after waiting.
long wakeUps()
{
    long total = 0;
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("voluntary_ctxt_switches:"))
            total += line.mid(24).trimmed().toLong();
    }
    return total;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int seconds = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 180;

    QTemporaryDir dir;
    limber::Settings settings(dir.path());
    limber::ReminderPlan plan;
    plan.enabled = !(argc > 2 && QByteArray(argv[2]) == "off");
    plan.mode = limber::ReminderMode::TimesOfDay;
    plan.days = limber::ReminderPlan::everyDay;
    // One time far from now, so that nothing is due while it runs.
    plan.times = {QTime::currentTime().addSecs(6 * 3600)};
    settings.setReminderPlan(plan);
    const limber::SystemWallClock wall;
    const limber::ContentLibrary library;
    limber::ReminderController controller(settings, wall, library);

    const double cpuBefore = cpuSeconds();
    const long wakeUpsBefore = wakeUps();
    QTimer::singleShot(seconds * 1000, &app, &QCoreApplication::quit);
    app.exec();
    const double cpu = cpuSeconds() - cpuBefore;
    const long woke = wakeUps() - wakeUpsBefore;

    QTextStream(stdout) << (plan.enabled ? "reminders on, " : "reminders off, ") << "idle for "
                        << seconds << " s: " << QString::number(cpu * 1000, 'f', 1) << " ms CPU ("
                        << QString::number(100.0 * cpu / seconds, 'f', 4) << " % of one core), "
                        << woke << " wake-ups ("
                        << QString::number(double(woke) * 60.0 / seconds, 'f', 2) << " a minute)\n";
    return 0;
}
