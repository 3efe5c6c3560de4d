-- A history file of format 3: format 2 plus hold target decisions and declined
-- suggestions. The fixture of format 3 for the migration test.
PRAGMA application_id = 1280131666;
PRAGMA user_version = 3;
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE sessions (
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
) STRICT;
INSERT INTO sessions VALUES(1,'7d0c6c1e-0000-4000-8000-000000000001','hips-and-back',1767600000000,3600,1767600600000,3600,'completed',NULL,5,3,'Felt looser, "good" day',2);
INSERT INTO sessions VALUES(2,'7d0c6c1e-0000-4000-8000-000000000002','hips-and-back',1767686400000,3600,1767686500000,3600,'stopped','phone rang',NULL,NULL,'',1);
CREATE TABLE holds (
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
) STRICT;
INSERT INTO holds VALUES(1,1,'seated-leg-cross','left',0,90000,90000,1767600060000,3600,1,1);
INSERT INTO holds VALUES(2,1,'seated-leg-cross','right',0,90000,85000,1767600170000,3600,1,2);
INSERT INTO holds VALUES(3,2,'seated-leg-cross','left',0,90000,30000,1767686420000,3600,0,NULL);
CREATE TABLE hold_days (
    local_day INTEGER NOT NULL,
    exercise_id TEXT NOT NULL,
    side TEXT NOT NULL,
    hold_count INTEGER NOT NULL,
    held_ms INTEGER NOT NULL,
    longest_ms INTEGER NOT NULL,
    best_reach INTEGER,
    PRIMARY KEY (local_day, exercise_id, side)
) STRICT, WITHOUT ROWID;
INSERT INTO hold_days VALUES(20458,'seated-leg-cross','left',1,90000,90000,1);
INSERT INTO hold_days VALUES(20458,'seated-leg-cross','right',1,85000,85000,2);
INSERT INTO hold_days VALUES(20459,'seated-leg-cross','left',1,30000,30000,NULL);
CREATE TABLE session_exercises (
    exercise_id TEXT NOT NULL,
    local_day INTEGER NOT NULL,
    session_id INTEGER NOT NULL,
    PRIMARY KEY (exercise_id, local_day, session_id)
) STRICT, WITHOUT ROWID;
INSERT INTO session_exercises VALUES('seated-leg-cross',20458,1);
INSERT INTO session_exercises VALUES('seated-leg-cross',20459,2);
CREATE INDEX sessions_by_day
    ON sessions (local_day, hold_count, pain_before, pain_after);
CREATE INDEX holds_by_day ON holds (local_day, exercise_id, side);
CREATE INDEX session_exercises_by_session ON session_exercises (session_id);
CREATE TRIGGER holds_added AFTER INSERT ON holds BEGIN
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
END;
CREATE TRIGGER holds_removed AFTER DELETE ON holds BEGIN
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
END;
CREATE TRIGGER holds_changed AFTER UPDATE ON holds BEGIN
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
END;
CREATE TRIGGER sessions_moved AFTER UPDATE OF started_utc_ms, started_offset_s
ON sessions BEGIN
    UPDATE session_exercises SET local_day = NEW.local_day WHERE session_id = NEW.id;
END;
CREATE TRIGGER sessions_removed AFTER DELETE ON sessions BEGIN
    DELETE FROM session_exercises WHERE session_id = OLD.id;
END;
CREATE TABLE routines (
    id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
    json TEXT NOT NULL CHECK (length(json) > 0),
    position INTEGER NOT NULL,
    created_utc_ms INTEGER NOT NULL,
    modified_utc_ms INTEGER NOT NULL
) STRICT;
INSERT INTO routines VALUES('week-3','{
  "format": 1,
  "id": "week-3",
  "title": {
    "en": "Week 3 — the physio''s plan",
    "de": "Woche 3 – Hüfte und Rücken"
  },
  "items": [
    {
      "exercise": "seated-leg-cross",
      "includeSetup": false,
      "getReadySeconds": 20,
      "sided": true,
      "firstSide": "right",
      "holdsPerSide": 3,
      "holdSeconds": 90,
      "switchSeconds": 10,
      "restSeconds": 0
    }
  ]
}
',1,1767500000000,1767600000000);
INSERT INTO routines VALUES('evening','{
  "format": 1,
  "id": "evening",
  "title": "Evening",
  "items": [
    {
      "exercise": "seated-leg-cross",
      "includeSetup": true,
      "getReadySeconds": 15,
      "sided": false,
      "firstSide": "left",
      "holdsPerSide": 2,
      "holdSeconds": 60,
      "switchSeconds": 10,
      "restSeconds": 0
    }
  ]
}
',2,1767400000000,1767400000000);
CREATE TABLE target_events (
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
) STRICT;
INSERT INTO target_events (routine_id, exercise_id, kind, hold_seconds, holds_per_side, utc_ms, offset_s) VALUES('week-3','seated-leg-cross','accepted_grow',105,3,1767700000000,3600);
INSERT INTO target_events (routine_id, exercise_id, kind, hold_seconds, holds_per_side, utc_ms, offset_s) VALUES('week-3','seated-leg-cross','declined',120,3,1767800000000,-18000);
INSERT INTO target_events (routine_id, exercise_id, kind, hold_seconds, holds_per_side, utc_ms, offset_s) VALUES('evening','seated-leg-cross','manual',45,2,1767900000000,3600);
CREATE INDEX target_events_by_exercise ON target_events (exercise_id, utc_ms);
CREATE TABLE declined_suggestions (
    routine_id TEXT NOT NULL CHECK (length(routine_id) BETWEEN 1 AND 64),
    exercise_id TEXT NOT NULL CHECK (length(exercise_id) BETWEEN 1 AND 64),
    utc_ms INTEGER NOT NULL,
    offset_s INTEGER NOT NULL CHECK (offset_s BETWEEN -64800 AND 64800),
    CHECK (utc_ms + offset_s * 1000 >= 0),
    PRIMARY KEY (routine_id, exercise_id)
) STRICT, WITHOUT ROWID;
INSERT INTO declined_suggestions VALUES('week-3','supine-figure-four',1767800000000,-18000);
COMMIT;
