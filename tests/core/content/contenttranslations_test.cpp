// Every text of the bundled exercises and routines exists in every language
// Limber ships, so no page, sheet or spoken cue falls back to English.
#include "core/content/contentlibrary.h"
#include "core/util/languages.h"
#include "resources/content_resources.h"

#include <gtest/gtest.h>

#include <functional>

using namespace Qt::Literals::StringLiterals;
using limber::ContentLibrary;
using limber::LocalizedText;

namespace {

using TextVisitor = std::function<void(const QString &field, const LocalizedText &)>;

void visitTexts(const QString &field, const QList<LocalizedText> &texts, const TextVisitor &visit)
{
    for (qsizetype i = 0; i < texts.size(); ++i)
        visit(u"%1[%2]"_s.arg(field).arg(i), texts.at(i));
}

/// Every LocalizedText field of an exercise, named as in its file.
void visitTexts(const limber::Exercise &exercise, const TextVisitor &visit)
{
    visit(u"title"_s, exercise.title);
    visit(u"summary"_s, exercise.summary);
    visit(u"why"_s, exercise.why);
    visitTexts(u"benefits"_s, exercise.benefits, visit);
    for (qsizetype i = 0; i < exercise.steps.size(); ++i) {
        const limber::Step &step = exercise.steps.at(i);
        const QString prefix = u"steps[%1]."_s.arg(i);
        visit(prefix + u"text"_s, step.text);
        visit(prefix + u"title"_s, step.title);
        visitTexts(prefix + u"cautions"_s, step.cautions, visit);
    }
    visitTexts(u"cautions"_s, exercise.cautions, visit);
    visit(u"variation"_s, exercise.variation);
    visit(u"breathing"_s, exercise.breathing);
    visit(u"goal"_s, exercise.goal);
    visit(u"goalTimeframe"_s, exercise.goalTimeframe);
    visit(u"notice"_s, exercise.notice);
    visitTexts(u"askFirst"_s, exercise.askFirst, visit);
    visit(u"getReady"_s, exercise.getReady);
    visit(u"finish"_s, exercise.finish);
    visit(u"sideLabels.left"_s, exercise.leftSideLabel);
    visit(u"sideLabels.right"_s, exercise.rightSideLabel);
    visitTexts(u"holdReminders"_s, exercise.holdReminders, visit);
    visitTexts(u"reachLevels"_s, exercise.reachLevels, visit);
}

/// "exercise cat-cow: summary has no de text", one line per gap.
QStringList missingTranslations(
    const QList<limber::Exercise> &exercises, const QList<limber::Routine> &routines)
{
    QStringList missing;
    const auto check = [&missing](const QString &item) {
        return [&missing, item](const QString &field, const LocalizedText &text) {
            if (text.isEmpty()) // an optional field the item leaves out
                return;
            for (const QString &language : limber::shippedLanguages()) {
                if (text.translations().value(language).trimmed().isEmpty())
                    missing.append(u"%1: %2 has no %3 text"_s.arg(item, field, language));
            }
        };
    };
    for (const limber::Exercise &exercise : exercises)
        visitTexts(exercise, check(u"exercise "_s + exercise.id));
    for (const limber::Routine &routine : routines) {
        const auto visit = check(u"routine "_s + routine.id);
        visit(u"title"_s, routine.title);
        visit(u"description"_s, routine.description);
    }
    return missing;
}

TEST(BundledContentTranslations, EveryTextIsInEveryShippedLanguage)
{
    const auto library = ContentLibrary::load({limber::bundledContentRoot()});
    ASSERT_TRUE(library.errors().isEmpty());
    const QStringList missing = missingTranslations(library.exercises(), library.routines());
    EXPECT_TRUE(missing.isEmpty())
        << missing.size()
        << " texts are missing, first: " << missing.mid(0, 20).join(u'\n').toStdString();
}

TEST(BundledContentTranslations, TheCheckSeesAMissingLanguage)
{
    // An English-only text must be reported, so a pass above means the texts
    // are there, not that nothing was looked at.
    const auto library = ContentLibrary::load({limber::bundledContentRoot()});
    ASSERT_FALSE(library.exercises().isEmpty());
    limber::Exercise exercise = library.exercises().first();
    exercise.steps.first().title = LocalizedText(u"English only"_s);
    const QStringList missing = missingTranslations({exercise}, {});
    EXPECT_TRUE(missing.contains(u"exercise %1: steps[0].title has no de text"_s.arg(exercise.id)))
        << missing.join(u'\n').toStdString();
}

} // namespace
