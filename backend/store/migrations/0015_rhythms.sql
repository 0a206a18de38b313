-- The seeds' other rhythms: the audience an item speaks to (a tier or a
-- saved segment), the recurrence rule that made an item's series, and
-- each group's topic bank (每日话题, 成语接龙, 猜谜/猜歌, 投票, 打卡).
ALTER TABLE planner_items ADD COLUMN audience_tier TEXT NOT NULL DEFAULT ''
	CHECK (audience_tier IN ('', 'core', 'active', 'lurker', 'dormant'));
ALTER TABLE planner_items ADD COLUMN audience_segment INTEGER REFERENCES segments(id) ON DELETE SET NULL;
ALTER TABLE planner_items ADD COLUMN recurrence TEXT NOT NULL DEFAULT ''; -- JSON of the rule, '' for once

CREATE TABLE planner_topics (
	id         INTEGER PRIMARY KEY,
	group_id   INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
	kind       TEXT NOT NULL CHECK (kind IN ('topic', 'idiom_chain', 'riddle', 'vote', 'checkin')),
	text       TEXT NOT NULL,
	used_at    TEXT,                           -- when an item took it
	item_id    INTEGER REFERENCES planner_items(id) ON DELETE SET NULL,
	created_at TEXT NOT NULL
) STRICT;
CREATE INDEX planner_topics_next ON planner_topics(group_id, kind, used_at, id);

-- Groups whose topic bank got its starter topics (once, even if all are deleted).
CREATE TABLE planner_topic_seeded (
	group_id INTEGER PRIMARY KEY REFERENCES groups(id) ON DELETE CASCADE,
	lang     TEXT NOT NULL,
	at       TEXT NOT NULL
) STRICT, WITHOUT ROWID;
