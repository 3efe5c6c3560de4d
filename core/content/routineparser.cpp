#include "core/content/contentchecker.h"
#include "core/content/contentparsers.h"

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

using Need = ObjectFields::Need;

class RoutineParser
{
    Q_DECLARE_TR_FUNCTIONS(RoutineParser)

public:
    RoutineParser(ContentChecker &checker, RoutineFile &out)
        : m_checker(checker)
        , m_out(out)
    { }

    void parse(const JsonValue &root);

private:
    std::optional<RoutineItem> item(const JsonValue &value, qsizetype index);

    ContentChecker &m_checker;
    RoutineFile &m_out;
};

std::optional<RoutineItem> RoutineParser::item(const JsonValue &value, qsizetype index)
{
    const qsizetype errorsBefore = m_checker.errors().size();
    const QString field = itemField(u"items"_s, index);
    ObjectFields fields(m_checker, value, field,
        {u"exercise"_s, u"holdsPerSide"_s, u"holdSeconds"_s, u"switchSeconds"_s, u"restSeconds"_s,
            u"firstSide"_s, u"includeSetup"_s, u"getReadySeconds"_s, u"sided"_s});
    RoutineItem result;
    // Not written means "the exercise's usual start": fitRoutineSides() makes
    // it left for an exercise with sides once the exercise is known.
    result.firstSide = Side::None;
    if (const JsonValue *exercise = fields.value(u"exercise"_s, Need::Required)) {
        if (const auto id = m_checker.id(*exercise, fields.field(u"exercise"_s))) {
            result.exerciseId = *id;
            m_out.exerciseReferences.append({*id,
                {m_checker.file(), exercise->line, exercise->column, fields.field(u"exercise"_s)}});
        }
    }
    if (const auto holds = fields.integer(u"holdsPerSide"_s, Need::Optional,
            limits::minHoldsPerSide, limits::maxHoldsPerSide,
            tr("use %1 to %2 holds per side")
                .arg(limits::minHoldsPerSide)
                .arg(limits::maxHoldsPerSide)))
        result.holdsPerSide = *holds;
    if (const auto seconds = fields.integer(u"holdSeconds"_s, Need::Optional,
            limits::minHoldSeconds, limits::maxHoldSeconds,
            tr("a hold lasts %1 to %2 seconds")
                .arg(limits::minHoldSeconds)
                .arg(limits::maxHoldSeconds)))
        result.holdSeconds = *seconds;
    if (const auto seconds
        = fields.integer(u"switchSeconds"_s, Need::Optional, 0, limits::maxSwitchSeconds,
            tr("switching sides takes 0 to %1 seconds").arg(limits::maxSwitchSeconds)))
        result.switchSeconds = *seconds;
    if (const auto seconds = fields.integer(u"restSeconds"_s, Need::Optional, 0,
            limits::maxRestSeconds, tr("a rest lasts 0 to %1 seconds").arg(limits::maxRestSeconds)))
        result.restSeconds = *seconds;
    if (const auto side = fields.choice(u"firstSide"_s, Need::Optional, {u"left"_s, u"right"_s})) {
        sideFromKey(*side, &result.firstSide);
        const JsonValue &sideValue = fields.object().member(u"firstSide"_s)->value;
        m_out.firstSides.append({result.exerciseId,
            {m_checker.file(), sideValue.line, sideValue.column, fields.field(u"firstSide"_s)}});
    }
    if (const auto setup = fields.boolean(u"includeSetup"_s, Need::Optional))
        result.includeSetup = *setup;
    if (const auto seconds
        = fields.integer(u"getReadySeconds"_s, Need::Optional, 0, limits::maxGetReadySeconds,
            tr("getting ready takes 0 to %1 seconds").arg(limits::maxGetReadySeconds)))
        result.getReadySeconds = *seconds;
    if (const auto sided = fields.boolean(u"sided"_s, Need::Optional))
        result.sided = *sided;
    if (m_checker.errors().size() != errorsBefore)
        return std::nullopt;
    return result;
}

void RoutineParser::parse(const JsonValue &root)
{
    ObjectFields fields(m_checker, root, QString(),
        {u"format"_s, u"id"_s, u"title"_s, u"description"_s, u"default"_s, u"items"_s,
            u"$schema"_s});
    fields.string(u"$schema"_s, Need::Optional); // for editors; Limber ignores it
    Routine &routine = m_out.routine;
    if (const JsonValue *id = fields.value(u"id"_s, Need::Required)) {
        routine.id = m_checker.id(*id, u"id"_s).value_or(QString());
        m_out.where = {m_checker.file(), id->line, id->column, u"id"_s};
    }
    if (const auto title = fields.text(u"title"_s, Need::Required))
        routine.title = *title;
    if (const auto description = fields.text(u"description"_s, Need::Optional))
        routine.description = *description;
    m_out.isDefault = fields.boolean(u"default"_s, Need::Optional).value_or(false);
    if (const JsonValue *items = fields.value(u"items"_s, Need::Required); items
        && m_checker.list(*items, u"items"_s, 1,
            tr("add at least one exercise, e.g. {\"exercise\": "
               "\"seated-leg-cross\"}"),
            limits::maxRoutineItems,
            tr("a routine has at most %1 exercises; split it into shorter routines")
                .arg(limits::maxRoutineItems))) {
        for (size_t i = 0; i < items->items.size(); ++i) {
            if (auto parsed = item(items->items[i], static_cast<qsizetype>(i)))
                routine.items.append(*parsed);
        }
    }
}

} // namespace

RoutineFile parseRoutineFile(const JsonValue &root, const QString &file)
{
    ContentChecker checker(file);
    RoutineFile result;
    if (checker.checkFormat(root))
        RoutineParser(checker, result).parse(root);
    result.errors = checker.errors();
    return result;
}

} // namespace limber
