#pragma once

#include "core/content/contentlibrary.h"
#include "core/model/routine.h"
#include "resources/content_resources.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace limber::test {

/// The bundled content plus this folder's data/content: an alternating
/// exercise (seated-leg-cross), one without sides (kneeling-breath) and two
/// bundled routines.
inline ContentLibrary routinesLibrary()
{
    ContentLibrary library = ContentLibrary::load(
        {bundledContentRoot(), QStringLiteral(LIMBER_TEST_DATA_DIR "/content")});
    EXPECT_TRUE(library.errors().isEmpty());
    EXPECT_NE(library.exercise(QStringLiteral("kneeling-breath")), nullptr);
    EXPECT_NE(library.exercise(QStringLiteral("seated-leg-cross")), nullptr);
    return library;
}

/// The library's routines as the Routines page lists them: by title.
inline QList<Routine> bundledByTitle(const ContentLibrary &library)
{
    QList<Routine> routines = library.routines();
    std::sort(routines.begin(), routines.end(), [](const Routine &a, const Routine &b) {
        return a.title.english().localeAwareCompare(b.title.english()) < 0;
    });
    return routines;
}

inline QStringList bundledIds(const ContentLibrary &library)
{
    QStringList ids;
    for (const Routine &routine : bundledByTitle(library))
        ids << routine.id;
    return ids;
}

inline QStringList bundledTitles(const ContentLibrary &library)
{
    QStringList titles;
    for (const Routine &routine : bundledByTitle(library))
        titles << routine.title.english();
    return titles;
}

inline RoutineItem planFor(const QString &exerciseId, int holds = 2, int seconds = 60)
{
    RoutineItem item;
    item.exerciseId = exerciseId;
    item.holdsPerSide = holds;
    item.holdSeconds = seconds;
    return item;
}

inline Routine userRoutine(const QString &id, const QString &title, QList<RoutineItem> items)
{
    Routine routine;
    routine.id = id;
    routine.title = LocalizedText(title);
    routine.items = std::move(items);
    return routine;
}

} // namespace limber::test
