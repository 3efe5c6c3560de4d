// limber-routines-preview: shows the Routines page with a few routines of
// one's own and writes it to a PNG, to judge the layout by eye. A developer
// tool; the app never runs it.
//
//   QT_QPA_PLATFORM=offscreen limber-routines-preview OUT.png [CONTENT_ROOT...]
//
// The content roots are read after the bundled content.
#include "app/i18n.h"
#include "app/routines/routineeditor.h"
#include "app/routines/routinespage.h"
#include "core/content/contentlibrary.h"
#include "resources/content_resources.h"

#include <QApplication>
#include <QListView>
#include <QPixmap>
#include <QStyleFactory>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace limber;

namespace {

Routine routine(const QString &id, const QString &title, const QList<RoutineItem> &items)
{
    Routine r;
    r.id = id;
    r.title = LocalizedText(title);
    r.items = items;
    return r;
}

RoutineItem item(const QString &exercise, int holds, int seconds, int rest = 0)
{
    RoutineItem i;
    i.exerciseId = exercise;
    i.holdsPerSide = holds;
    i.holdSeconds = seconds;
    i.restSeconds = rest;
    return i;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QApplication::setPalette(QApplication::style()->standardPalette());
    installTranslators(QLocale(QLocale::English));
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        std::fputs("usage: limber-routines-preview OUT.png [CONTENT_ROOT...]\n", stderr);
        return 2;
    }
    const ContentLibrary library
        = ContentLibrary::load(QStringList {bundledContentRoot()} + args.mid(1));
    const QList<Exercise> exercises = library.exercises();
    const QString first = exercises.first().id;
    const QString last = exercises.last().id;

    RoutinesPage page(library, SessionOptions {});
    page.setUserRoutines(
        {routine(u"after-work"_s, u"After work"_s, {item(last, 2, 45, 20), item(first, 2, 90)}),
            routine(u"short-break"_s, u"Short break at the desk"_s, {item(first, 1, 45)}),
            routine(u"weekend-long-hold"_s, u"Weekend long hold"_s,
                {item(first, 3, 120, 30), item(last, 2, 60)})});
    page.setTodayRoutine(u"after-work"_s);
    page.selectRoutine(u"after-work"_s);
    page.resize(1180, 720);
    page.show();
    page.editor()->selectItem(0);
    QApplication::processEvents();
    const auto save = [&page](const QString &path) {
        QApplication::processEvents();
        if (page.grab().save(path))
            return true;
        std::fprintf(stderr, "could not write %s\n", qPrintable(path));
        return false;
    };
    if (!save(args.first()))
        return 1;
    // Two more states next to it: a built-in routine, and a new one.
    const QString base = args.first().chopped(4);
    page.selectRoutine(library.defaultRoutineId());
    if (!save(base + u"-builtin.png"_s))
        return 1;
    page.newRoutine();
    return save(base + u"-new.png"_s) ? 0 : 1;
}
