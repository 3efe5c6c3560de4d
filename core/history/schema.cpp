#include "core/history/schema.h"

#include "core/history/connection.h"

using namespace Qt::Literals::StringLiterals;

namespace limber::schema {

namespace {

// Times are integer milliseconds since 1970-01-01 UTC plus the UTC offset (in
// seconds) the user's clock had then. local_day is the local calendar day as a
// day number since 1970-01-01, computed by SQLite itself, so weeks are counted
// in the user's calendar after travel or a DST change.
//
// hold_days, session_exercises and sessions.hold_count are summaries kept by
// triggers: the weekly history reads a few thousand summary rows instead of
// every hold.
QStringList version1Statements()
{
    return {
        uR"(CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE CHECK (length(uid) BETWEEN 1 AND 64),
    routine_id TEXT NOT NULL,
    started_utc_ms INTEGER NOT NULL,
    started_offset_s INTEGER NOT NULL CHECK (started_offset_s BETWEEN -64800 AND 64800),
    ended_utc_ms INTEGER CHECK (ended_utc_ms >= started_utc_ms),
    ended_offset_s INTEGER CHECK (ended_offset_s BETWEEN -64800 AND 64800),
    status TEXT NOT NULL DEFAULT 'in_progress'
        CHECK (status IN ('in_progress', 'completed', 'stopped', 'interrupted')),
    stop_reason TEXT,
    pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10),
    pain_after INTEGER CHECK (pain_after BETWEEN 0 AND 10),
    note TEXT NOT NULL DEFAULT '',
    hold_count INTEGER NOT NULL DEFAULT 0 CHECK (hold_count >= 0),
    local_day INTEGER NOT NULL
        GENERATED ALWAYS AS ((started_utc_ms + started_offset_s * 1000) / 86400000) STORED,
    CHECK (started_utc_ms + started_offset_s * 1000 >= 0),
    CHECK ((ended_utc_ms IS NULL) = (ended_offset_s IS NULL))
) STRICT)"_s,
        uR"(CREATE INDEX sessions_by_day
    ON sessions (local_day, hold_count, pain_before, pain_after))"_s,
        uR"(CREATE TABLE holds (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    exercise_id TEXT NOT NULL CHECK (length(exercise_id) > 0),
    side TEXT NOT NULL CHECK (side IN ('none', 'left', 'right')),
    hold_index INTEGER NOT NULL CHECK (hold_index >= 0),
    target_ms INTEGER NOT NULL CHECK (target_ms >= 0),
    held_ms INTEGER NOT NULL CHECK (held_ms >= 0),
    started_utc_ms INTEGER NOT NULL,
    started_offset_s INTEGER NOT NULL CHECK (started_offset_s BETWEEN -64800 AND 64800),
    completed INTEGER NOT NULL CHECK (completed IN (0, 1)),
    reach INTEGER CHECK (reach BETWEEN 0 AND 3),
    local_day INTEGER NOT NULL
        GENERATED ALWAYS AS ((started_utc_ms + started_offset_s * 1000) / 86400000) STORED,
    CHECK (started_utc_ms + started_offset_s * 1000 >= 0),
    UNIQUE (session_id, exercise_id, side, hold_index, started_utc_ms)
) STRICT)"_s,
        uR"(CREATE INDEX holds_by_day ON holds (local_day, exercise_id, side))"_s,
        uR"(CREATE TABLE hold_days (
    local_day INTEGER NOT NULL,
    exercise_id TEXT NOT NULL,
    side TEXT NOT NULL,
    hold_count INTEGER NOT NULL,
    held_ms INTEGER NOT NULL,
    longest_ms INTEGER NOT NULL,
    best_reach INTEGER,
    PRIMARY KEY (local_day, exercise_id, side)
) STRICT, WITHOUT ROWID)"_s,
        uR"(CREATE TABLE session_exercises (
    exercise_id TEXT NOT NULL,
    local_day INTEGER NOT NULL,
    session_id INTEGER NOT NULL,
    PRIMARY KEY (exercise_id, local_day, session_id)
) STRICT, WITHOUT ROWID)"_s,
        uR"(CREATE INDEX session_exercises_by_session ON session_exercises (session_id))"_s,
        // Adding a hold is the common case (every hold, every import), so it
        // updates its day in place; removing or changing one recomputes the day.
        uR"(CREATE TRIGGER holds_added AFTER INSERT ON holds BEGIN
    INSERT INTO hold_days
        (local_day, exercise_id, side, hold_count, held_ms, longest_ms, best_reach)
    VALUES (NEW.local_day, NEW.exercise_id, NEW.side, 1, NEW.held_ms, NEW.held_ms, NEW.reach)
    ON CONFLICT (local_day, exercise_id, side) DO UPDATE SET
        hold_count = hold_count + 1,
        held_ms = held_ms + excluded.held_ms,
        longest_ms = max(longest_ms, excluded.longest_ms),
        best_reach = coalesce(max(best_reach, excluded.best_reach), best_reach,
            excluded.best_reach);
    INSERT OR IGNORE INTO session_exercises
        SELECT NEW.exercise_id, local_day, id FROM sessions WHERE id = NEW.session_id;
    UPDATE sessions SET hold_count = hold_count + 1 WHERE id = NEW.session_id;
END)"_s,
        uR"(CREATE TRIGGER holds_removed AFTER DELETE ON holds BEGIN
    DELETE FROM hold_days WHERE local_day = OLD.local_day
        AND exercise_id = OLD.exercise_id AND side = OLD.side;
    INSERT INTO hold_days
        SELECT local_day, exercise_id, side, count(*), sum(held_ms), max(held_ms), max(reach)
        FROM holds WHERE local_day = OLD.local_day
            AND exercise_id = OLD.exercise_id AND side = OLD.side
        GROUP BY local_day, exercise_id, side;
    DELETE FROM session_exercises WHERE session_id = OLD.session_id
        AND exercise_id = OLD.exercise_id
        AND NOT EXISTS (SELECT 1 FROM holds
            WHERE session_id = OLD.session_id AND exercise_id = OLD.exercise_id);
    UPDATE sessions SET hold_count = hold_count - 1 WHERE id = OLD.session_id;
END)"_s,
        uR"(CREATE TRIGGER holds_changed AFTER UPDATE ON holds BEGIN
    DELETE FROM hold_days WHERE local_day = OLD.local_day
        AND exercise_id = OLD.exercise_id AND side = OLD.side;
    INSERT INTO hold_days
        SELECT local_day, exercise_id, side, count(*), sum(held_ms), max(held_ms), max(reach)
        FROM holds WHERE local_day = OLD.local_day
            AND exercise_id = OLD.exercise_id AND side = OLD.side
        GROUP BY local_day, exercise_id, side;
    DELETE FROM hold_days WHERE local_day = NEW.local_day
        AND exercise_id = NEW.exercise_id AND side = NEW.side;
    INSERT INTO hold_days
        SELECT local_day, exercise_id, side, count(*), sum(held_ms), max(held_ms), max(reach)
        FROM holds WHERE local_day = NEW.local_day
            AND exercise_id = NEW.exercise_id AND side = NEW.side
        GROUP BY local_day, exercise_id, side;
    DELETE FROM session_exercises WHERE session_id = OLD.session_id
        AND exercise_id = OLD.exercise_id
        AND NOT EXISTS (SELECT 1 FROM holds
            WHERE session_id = OLD.session_id AND exercise_id = OLD.exercise_id);
    INSERT OR IGNORE INTO session_exercises
        SELECT NEW.exercise_id, local_day, id FROM sessions WHERE id = NEW.session_id;
    UPDATE sessions SET hold_count = hold_count - 1 WHERE id = OLD.session_id;
    UPDATE sessions SET hold_count = hold_count + 1 WHERE id = NEW.session_id;
END)"_s,
        uR"(CREATE TRIGGER sessions_moved AFTER UPDATE OF started_utc_ms, started_offset_s
ON sessions BEGIN
    UPDATE session_exercises SET local_day = NEW.local_day WHERE session_id = NEW.id;
END)"_s,
        uR"(CREATE TRIGGER sessions_removed AFTER DELETE ON sessions BEGIN
    DELETE FROM session_exercises WHERE session_id = OLD.id;
END)"_s,
    };
}

// Format 2: the person's own routines. `json` is the routine in the routine
// file format (core/content/routinefile.h), the one source of its content;
// `position` is the person's order (smaller first).
QStringList version2Statements()
{
    return {
        uR"(CREATE TABLE routines (
    id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
    json TEXT NOT NULL CHECK (length(json) > 0),
    position INTEGER NOT NULL,
    created_utc_ms INTEGER NOT NULL,
    modified_utc_ms INTEGER NOT NULL
) STRICT)"_s,
    };
}

// Format 3: hold targets. One row per decision the person made about the
// target of one exercise in one routine; the target in force is the newest
// row that is not 'declined' ('reset' means the routine's own plan, whose
// numbers the row keeps). Declined "try the next exercise" suggestions are
// kept so they are not offered again for that routine.
QStringList version3Statements()
{
    return {
        uR"(CREATE TABLE target_events (
    id INTEGER PRIMARY KEY,
    routine_id TEXT NOT NULL CHECK (length(routine_id) BETWEEN 1 AND 64),
    exercise_id TEXT NOT NULL CHECK (length(exercise_id) BETWEEN 1 AND 64),
    kind TEXT NOT NULL
        CHECK (kind IN ('accepted_grow', 'accepted_step_back', 'declined', 'manual', 'reset')),
    hold_seconds INTEGER NOT NULL CHECK (hold_seconds BETWEEN 10 AND 600),
    holds_per_side INTEGER NOT NULL CHECK (holds_per_side BETWEEN 1 AND 10),
    utc_ms INTEGER NOT NULL,
    offset_s INTEGER NOT NULL CHECK (offset_s BETWEEN -64800 AND 64800),
    local_day INTEGER NOT NULL
        GENERATED ALWAYS AS ((utc_ms + offset_s * 1000) / 86400000) STORED,
    CHECK (utc_ms + offset_s * 1000 >= 0),
    UNIQUE (routine_id, exercise_id, kind, hold_seconds, holds_per_side, utc_ms)
) STRICT)"_s,
        uR"(CREATE INDEX target_events_by_exercise ON target_events (exercise_id, utc_ms))"_s,
        uR"(CREATE TABLE declined_suggestions (
    routine_id TEXT NOT NULL CHECK (length(routine_id) BETWEEN 1 AND 64),
    exercise_id TEXT NOT NULL CHECK (length(exercise_id) BETWEEN 1 AND 64),
    utc_ms INTEGER NOT NULL,
    offset_s INTEGER NOT NULL CHECK (offset_s BETWEEN -64800 AND 64800),
    CHECK (utc_ms + offset_s * 1000 >= 0),
    PRIMARY KEY (routine_id, exercise_id)
) STRICT, WITHOUT ROWID)"_s,
    };
}

Status runAll(sql::Connection &connection, const QStringList &statements)
{
    for (const QString &statement : statements) {
        if (Status done = connection.execute(statement); !done)
            return done;
    }
    return {};
}

Status createVersion1(sql::Connection &connection)
{
    return runAll(
        connection, version1Statements() << u"PRAGMA application_id = %1"_s.arg(applicationId));
}

Status addRoutines(sql::Connection &connection)
{
    return runAll(connection, version2Statements());
}

Status addTargets(sql::Connection &connection)
{
    return runAll(connection, version3Statements());
}

} // namespace

QStringList fullSchema()
{
    return version1Statements() + version2Statements() + version3Statements()
        << u"PRAGMA application_id = %1"_s.arg(applicationId);
}

const std::vector<MigrationStep> &migrationSteps()
{
    static const std::vector<MigrationStep> steps {
        {1, &createVersion1},
        {2, &addRoutines},
        {3, &addTargets},
    };
    return steps;
}

} // namespace limber::schema
