-- Activity: what members did, from chat and comment exports, and the tiers
-- and stages worked out from it. events holds millions of rows and carries
-- no foreign keys (checking them would slow imports by a third): the
-- members code moves a member's events on merge, puts them back on undo and
-- deletes them when the member is purged from the trash.
CREATE TABLE events (
	id        INTEGER PRIMARY KEY,
	member_id INTEGER NOT NULL,               -- members(id)
	group_id  INTEGER,                        -- groups(id), NULL when none was chosen
	at        INTEGER NOT NULL,               -- unix seconds of the wall time the export shows
	kind      TEXT NOT NULL,                  -- message, reply, mention, jielong, comment, like, share, tip, checkin, post, purchase
	value     REAL NOT NULL DEFAULT 0,        -- tips and gifts
	text      TEXT NOT NULL DEFAULT '',
	chat      TEXT NOT NULL DEFAULT '',       -- the chat or video it came from
	key       INTEGER NOT NULL,               -- identity of the event across imports (hash)
	import_id INTEGER                         -- imports(id)
) STRICT;
CREATE UNIQUE INDEX events_key ON events(key);
CREATE INDEX events_member_at ON events(member_id, at);
CREATE INDEX events_group_at ON events(group_id, at);
-- Re-scoring reads the window in time order from this index alone.
CREATE INDEX events_at ON events(at, group_id, member_id, kind, value);
CREATE INDEX events_tips ON events(at, member_id, value) WHERE kind = 'tip';

-- The latest tier and stage of each member, with the rule that placed them.
CREATE TABLE member_tiers (
	member_id    INTEGER PRIMARY KEY REFERENCES members(id) ON DELETE CASCADE,
	r            INTEGER NOT NULL,
	f            INTEGER NOT NULL,
	m            INTEGER NOT NULL,
	recency      INTEGER NOT NULL,            -- days since the last interaction, -1 never
	frequency    INTEGER NOT NULL,
	monetary     REAL NOT NULL,
	tier         TEXT NOT NULL,
	tier_rule    TEXT NOT NULL DEFAULT '{}',  -- JSON {key, params}
	tier_since   TEXT NOT NULL,
	stage        TEXT NOT NULL,
	stage_rule   TEXT NOT NULL DEFAULT '{}',
	stage_since  TEXT NOT NULL,
	role         TEXT NOT NULL,
	slipping     INTEGER NOT NULL DEFAULT 0,
	promising    INTEGER NOT NULL DEFAULT 0,
	koc          INTEGER NOT NULL DEFAULT 0,
	last_at      INTEGER,                     -- unix seconds of the last interaction
	computed_at  TEXT NOT NULL
) STRICT;
CREATE INDEX member_tiers_tier ON member_tiers(tier);
CREATE INDEX member_tiers_stage ON member_tiers(stage);

-- Activity imports record their format and member counts here.
ALTER TABLE imports ADD COLUMN details TEXT NOT NULL DEFAULT '{}';

-- The keyword watch list.
CREATE TABLE watch_words (
	id       INTEGER PRIMARY KEY,
	text     TEXT NOT NULL,
	text_key TEXT NOT NULL UNIQUE,
	category TEXT NOT NULL,                   -- negative, competitor, adlaw, custom
	severity INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 3),
	note     TEXT NOT NULL DEFAULT ''
) STRICT;
