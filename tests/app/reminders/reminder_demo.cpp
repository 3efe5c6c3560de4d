// Runs the real Limber window with one reminder shown every way the desktop
// allows (notification, tray, the window's notice), without waiting for the
// schedule. For screenshots and for trying a desktop by hand:
//   reminder_demo [--minimized] [--delay SECONDS] DATA_DIR
// See docs/reminders-display.md.
#include "app/appcontroller.h"
#include "app/i18n.h"
#include "app/reminders/reminderpresenter.h"
#include "app/settings/settings.h"
#include "app/start/safetynotice.h"

#include <QApplication>
#include <QTextStream>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    limber::installTranslators();
    QApplication::setApplicationName(u"Limber"_s);
    QStringList arguments = QApplication::arguments().mid(1);
    limber::CommandLineOptions options;
    options.minimized = arguments.removeAll(u"--minimized"_s) > 0;
    int delaySeconds = 2;
    if (const qsizetype at = arguments.indexOf(u"--delay"_s);
        at >= 0 && at + 1 < arguments.size()) {
        delaySeconds = arguments.at(at + 1).toInt();
        arguments.remove(at, 2);
    }
    if (arguments.size() != 1) {
        QTextStream(stderr) << "usage: reminder_demo [--minimized] [--delay SECONDS] DATA_DIR\n";
        return 2;
    }
    options.dataDir = arguments.first();
    {
        limber::Settings settings(options.dataDir);
        settings.setAcceptedSafetyNoticeVersion(limber::SafetyNotice::currentVersion);
    }
    limber::AppController controller(options, options.dataDir);
    controller.setKeepRunningInTray([] { return true; });
    QObject::connect(&controller.reminders(), &limber::ReminderPresenter::answered, &app,
        [](limber::ReminderAnswer answer) {
            QTextStream(stdout) << "answered " << static_cast<int>(answer) << Qt::endl;
        });
    controller.start();
    QTimer::singleShot(delaySeconds * 1000, &controller, [&controller] {
        controller.reminders().show({u"chair-break"_s, u"Time for a stretch"_s,
            u"A good moment for the chair version of the Seated Leg Cross — 2 minutes."_s});
    });
    return app.exec();
}
