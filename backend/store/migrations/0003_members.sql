-- Members: the fans a creator keeps, with their identities on each platform.
CREATE TABLE members (
	id           INTEGER PRIMARY KEY,
	nickname     TEXT NOT NULL,
	nick_key     TEXT NOT NULL,              -- fold.Nick(nickname): duplicate matching
	nick_sort    TEXT NOT NULL,              -- the nickname's pinyin: sorts as Chinese readers expect
	remark       TEXT NOT NULL DEFAULT '',   -- 备注
	platform     TEXT NOT NULL,              -- the main platform
	platform_id  TEXT NOT NULL DEFAULT '',   -- the main identity's id, '' when unknown
	follow_since TEXT,                       -- YYYY-MM-DD; days followed derive from it
	fan_level    INTEGER NOT NULL DEFAULT 0 CHECK (fan_level BETWEEN 0 AND 99),
	iron_fan     INTEGER NOT NULL DEFAULT 0 CHECK (iron_fan IN (0, 1)),
	source       TEXT NOT NULL DEFAULT 'manual',
	notes        TEXT NOT NULL DEFAULT '',
	search       TEXT NOT NULL DEFAULT '',   -- fold.Search(nickname, remark, ids): loaded into the search index
	deleted_at   TEXT,                       -- in the trash since
	created_at   TEXT NOT NULL,
	updated_at   TEXT NOT NULL
) STRICT;

CREATE INDEX members_nick ON members(nick_key, platform);
CREATE INDEX members_nick_sort ON members(nick_sort);
CREATE INDEX members_follow ON members(follow_since);
CREATE INDEX members_level ON members(fan_level);
CREATE INDEX members_deleted ON members(deleted_at) WHERE deleted_at IS NOT NULL;

-- Every id a member has on a platform (UID, QQ number, wxid, sec_uid ...).
CREATE TABLE identities (
	platform    TEXT NOT NULL,
	platform_id TEXT NOT NULL,
	member_id   INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
	PRIMARY KEY (platform, platform_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX identities_member ON identities(member_id);

CREATE TABLE tags (
	id   INTEGER PRIMARY KEY,
	name TEXT NOT NULL UNIQUE
) STRICT;

CREATE TABLE member_tags (
	member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
	tag_id    INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
	PRIMARY KEY (member_id, tag_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX member_tags_tag ON member_tags(tag_id, member_id);

-- A member's place in a group.
CREATE TABLE memberships (
	group_id  INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
	member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
	role      TEXT NOT NULL DEFAULT 'member',
	status    TEXT NOT NULL DEFAULT 'joined',
	joined_at TEXT,
	left_at   TEXT,
	PRIMARY KEY (group_id, member_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX memberships_member ON memberships(member_id);

-- Every import, kept for the import history.
CREATE TABLE imports (
	id         INTEGER PRIMARY KEY,
	kind       TEXT NOT NULL,               -- members
	file_name  TEXT NOT NULL,
	file_hash  TEXT NOT NULL,               -- SHA-256 of the file's bytes
	added      INTEGER NOT NULL DEFAULT 0,
	updated    INTEGER NOT NULL DEFAULT 0,
	skipped    INTEGER NOT NULL DEFAULT 0,
	invalid    INTEGER NOT NULL DEFAULT 0,
	problems   TEXT NOT NULL DEFAULT '[]',  -- JSON list of {row, field, key, params}
	created_at TEXT NOT NULL
) STRICT;

-- Saved segments: a named filter, re-evaluated each time it is used.
CREATE TABLE segments (
	id         INTEGER PRIMARY KEY,
	name       TEXT NOT NULL,
	name_key   TEXT NOT NULL UNIQUE,
	filter     TEXT NOT NULL,               -- JSON of members.Filter
	created_at TEXT NOT NULL,
	updated_at TEXT NOT NULL
) STRICT;
