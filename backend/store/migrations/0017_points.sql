-- Points and levels. The workspace's rules and the levels are JSON in
-- settings ('points_rules', 'points_levels'); a group may override some of
-- the rules. Points are worked out from events and records by the recompute
-- job into points_totals (one row per member and scope: a group, or 0 for
-- all groups) so a leaderboard is one index read; manual awards and
-- deductions are the only points typed in, each with its reason, and undone
-- by stamping undone_at (the row stays on record).
CREATE TABLE points_overrides (
	group_id INTEGER PRIMARY KEY REFERENCES groups(id) ON DELETE CASCADE,
	value    TEXT NOT NULL DEFAULT '{}'       -- JSON: only the rules the group overrides
) STRICT;

CREATE TABLE points_manual (
	id         INTEGER PRIMARY KEY,
	member_id  INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
	group_id   INTEGER REFERENCES groups(id) ON DELETE SET NULL,
	points     INTEGER NOT NULL CHECK (points != 0),
	reason     TEXT NOT NULL,
	at         INTEGER NOT NULL,              -- unix seconds of the wall time, as events.at
	created_at TEXT NOT NULL,
	undone_at  TEXT
) STRICT;
CREATE INDEX points_manual_member ON points_manual(member_id, at);

CREATE TABLE points_totals (
	scope     INTEGER NOT NULL,               -- groups(id), 0 for all groups
	member_id INTEGER NOT NULL,               -- members(id)
	total     INTEGER NOT NULL,               -- all time
	month     INTEGER NOT NULL,               -- since the month the totals were computed in began
	week      INTEGER NOT NULL,               -- since that week's Monday
	PRIMARY KEY (scope, member_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX points_totals_total ON points_totals(scope, total DESC);
CREATE INDEX points_totals_month ON points_totals(scope, month DESC);
CREATE INDEX points_totals_week ON points_totals(scope, week DESC);
