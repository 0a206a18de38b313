-- The planner: a group's week (items placed at local wall-clock times, no
-- time zone: "2026-03-02T20:00"), its rules and moderation ladder, the
-- violation log and the admin roles.
CREATE TABLE planner_items (
	id          INTEGER PRIMARY KEY,
	group_id    INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
	kind        TEXT NOT NULL,
	title       TEXT NOT NULL,
	category    TEXT NOT NULL CHECK (category IN ('useful', 'emotional', 'marketing')),
	starts_at   TEXT NOT NULL,                 -- local wall clock, YYYY-MM-DDTHH:MM
	minutes     INTEGER NOT NULL CHECK (minutes BETWEEN 5 AND 1440),
	owner_id    INTEGER REFERENCES planner_admins(id) ON DELETE SET NULL,
	notes       TEXT NOT NULL DEFAULT '',
	checklist   TEXT NOT NULL DEFAULT '[]',    -- JSON [{text, done}]
	series      TEXT NOT NULL DEFAULT '',      -- items made together by a recurrence or a template
	template    TEXT NOT NULL DEFAULT '',      -- the SOP template it came from
	poll_id     INTEGER REFERENCES polls(id) ON DELETE SET NULL,
	lottery_id  INTEGER REFERENCES lotteries(id),
	done_at     TEXT,
	created_at  TEXT NOT NULL,
	updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX planner_items_start ON planner_items(starts_at);
CREATE INDEX planner_items_group ON planner_items(group_id, starts_at);
CREATE INDEX planner_items_series ON planner_items(series) WHERE series != '';

-- Admin layers: lead (总负责人), coordinator, admin; optionally a member.
CREATE TABLE planner_admins (
	id         INTEGER PRIMARY KEY,
	name       TEXT NOT NULL,
	layer      TEXT NOT NULL CHECK (layer IN ('lead', 'coordinator', 'admin')),
	member_id  INTEGER REFERENCES members(id) ON DELETE SET NULL,
	group_id   INTEGER REFERENCES groups(id) ON DELETE SET NULL,
	note       TEXT NOT NULL DEFAULT '',       -- why they were promoted
	created_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX planner_admins_member ON planner_admins(member_id) WHERE member_id IS NOT NULL;

-- The members each admin looks after.
CREATE TABLE planner_admin_members (
	admin_id  INTEGER NOT NULL REFERENCES planner_admins(id) ON DELETE CASCADE,
	member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
	PRIMARY KEY (admin_id, member_id)
) STRICT, WITHOUT ROWID;

-- A group's rules and its escalation ladder (step 0 first).
CREATE TABLE planner_rules (
	group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
	idx      INTEGER NOT NULL,
	text     TEXT NOT NULL,
	PRIMARY KEY (group_id, idx)
) STRICT, WITHOUT ROWID;

CREATE TABLE planner_ladder (
	group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
	idx      INTEGER NOT NULL,
	action   TEXT NOT NULL CHECK (action IN ('warning', 'mute', 'talk', 'removal')),
	minutes  INTEGER NOT NULL DEFAULT 0 CHECK (minutes >= 0), -- for a mute
	PRIMARY KEY (group_id, idx)
) STRICT, WITHOUT ROWID;

-- What a member did against the rules, when, which admin logged it and the
-- step of the ladder taken.
CREATE TABLE planner_violations (
	id        INTEGER PRIMARY KEY,
	group_id  INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
	member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
	rule      TEXT NOT NULL,
	what      TEXT NOT NULL DEFAULT '',
	step      INTEGER NOT NULL CHECK (step >= 0),
	action    TEXT NOT NULL,
	minutes   INTEGER NOT NULL DEFAULT 0,
	admin_id  INTEGER REFERENCES planner_admins(id) ON DELETE SET NULL,
	at        TEXT NOT NULL
) STRICT;
CREATE INDEX planner_violations_member ON planner_violations(group_id, member_id, at);
