-- Dashboard summaries, so the dashboard reads no events: kept up to date by
-- activity imports (and merges, their undo, the trash's purge) in the same
-- transaction as the events they change. scope is a group id, or 0 for
-- all groups (events without a group count only there). "Spoken" events are
-- message, reply, mention, jielong, comment, checkin and post; likes,
-- shares, tips and purchases only count as reach.
CREATE TABLE dashboard_days (
	scope    INTEGER NOT NULL,
	day      INTEGER NOT NULL,               -- at / 86400: the day of the wall time the export shows
	messages INTEGER NOT NULL,               -- spoken events
	events   INTEGER NOT NULL,               -- all events
	speakers INTEGER NOT NULL,               -- distinct members with a spoken event
	reached  INTEGER NOT NULL,               -- distinct members with any event
	PRIMARY KEY (scope, day)
) STRICT, WITHOUT ROWID;

-- Each member's last event in a scope: members active since a day, for a
-- period that ends after the scope's last event, are one index range.
CREATE TABLE dashboard_last (
	scope     INTEGER NOT NULL,
	member_id INTEGER NOT NULL,
	spoke_at  INTEGER NOT NULL,              -- last spoken event, -1 for none
	seen_at   INTEGER NOT NULL,              -- last event of any kind
	PRIMARY KEY (scope, member_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX dashboard_last_spoke ON dashboard_last(scope, spoke_at);
CREATE INDEX dashboard_last_seen ON dashboard_last(scope, seen_at);

-- How many members' last events fall on each day, kept by the triggers
-- below: the members active since a day are a sum over the days since.
CREATE TABLE dashboard_lastdays (
	scope INTEGER NOT NULL,
	day   INTEGER NOT NULL,
	spoke INTEGER NOT NULL,                  -- members whose last spoken event is on this day
	seen  INTEGER NOT NULL,                  -- members whose last event is on this day
	PRIMARY KEY (scope, day)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER dashboard_last_added AFTER INSERT ON dashboard_last BEGIN
	INSERT INTO dashboard_lastdays (scope, day, spoke, seen) VALUES (NEW.scope, NEW.seen_at / 86400, 0, 1)
		ON CONFLICT (scope, day) DO UPDATE SET seen = seen + 1;
	INSERT INTO dashboard_lastdays (scope, day, spoke, seen) SELECT NEW.scope, NEW.spoke_at / 86400, 1, 0
		WHERE NEW.spoke_at >= 0 ON CONFLICT (scope, day) DO UPDATE SET spoke = spoke + 1;
END;
CREATE TRIGGER dashboard_last_removed AFTER DELETE ON dashboard_last BEGIN
	UPDATE dashboard_lastdays SET seen = seen - 1 WHERE scope = OLD.scope AND day = OLD.seen_at / 86400;
	UPDATE dashboard_lastdays SET spoke = spoke - 1
		WHERE OLD.spoke_at >= 0 AND scope = OLD.scope AND day = OLD.spoke_at / 86400;
END;
CREATE TRIGGER dashboard_last_moved AFTER UPDATE ON dashboard_last BEGIN
	UPDATE dashboard_lastdays SET seen = seen - 1 WHERE scope = OLD.scope AND day = OLD.seen_at / 86400;
	UPDATE dashboard_lastdays SET spoke = spoke - 1
		WHERE OLD.spoke_at >= 0 AND scope = OLD.scope AND day = OLD.spoke_at / 86400;
	INSERT INTO dashboard_lastdays (scope, day, spoke, seen) VALUES (NEW.scope, NEW.seen_at / 86400, 0, 1)
		ON CONFLICT (scope, day) DO UPDATE SET seen = seen + 1;
	INSERT INTO dashboard_lastdays (scope, day, spoke, seen) SELECT NEW.scope, NEW.spoke_at / 86400, 1, 0
		WHERE NEW.spoke_at >= 0 ON CONFLICT (scope, day) DO UPDATE SET spoke = spoke + 1;
END;

-- Tier counts per scope, written with the tiers by every re-scoring.
CREATE TABLE dashboard_tiers (
	scope   INTEGER NOT NULL,
	tier    TEXT NOT NULL,
	members INTEGER NOT NULL,
	PRIMARY KEY (scope, tier)
) STRICT, WITHOUT ROWID;

-- Member counts, joins and leaves per group are index ranges.
CREATE INDEX memberships_status ON memberships(group_id, status);
CREATE INDEX memberships_joined ON memberships(group_id, joined_at) WHERE joined_at IS NOT NULL;
CREATE INDEX memberships_left ON memberships(group_id, left_at) WHERE left_at IS NOT NULL;

-- The days and last events of a database that already holds events are
-- counted by the first dashboard (in Go, reading the events once in time
-- order: far faster than grouping them here); a database without events
-- has them all already.
INSERT INTO settings (key, value) SELECT 'dashboard_built', '1' WHERE NOT EXISTS (SELECT 1 FROM events);

INSERT INTO dashboard_tiers (scope, tier, members)
SELECT m.group_id, t.tier, count(*) FROM memberships m JOIN member_tiers t ON t.member_id = m.member_id
WHERE m.status = 'joined' GROUP BY m.group_id, t.tier;
INSERT INTO dashboard_tiers (scope, tier, members)
SELECT 0, t.tier, count(*) FROM member_tiers t JOIN members m ON m.id = t.member_id
WHERE m.deleted_at IS NULL GROUP BY t.tier;
