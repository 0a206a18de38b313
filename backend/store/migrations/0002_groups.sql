-- Fan groups a creator runs on one platform each.
CREATE TABLE groups (
	id                INTEGER PRIMARY KEY,
	name              TEXT NOT NULL,
	name_key          TEXT NOT NULL,          -- case/width-folded name for uniqueness
	platform          TEXT NOT NULL,
	purpose           TEXT NOT NULL,
	custom_purpose    TEXT NOT NULL DEFAULT '',
	capacity          INTEGER NOT NULL CHECK (capacity > 0),
	min_days_followed INTEGER NOT NULL DEFAULT 0 CHECK (min_days_followed >= 0),
	min_fan_level     INTEGER NOT NULL DEFAULT 0 CHECK (min_fan_level >= 0),
	iron_fans_only    INTEGER NOT NULL DEFAULT 0 CHECK (iron_fans_only IN (0, 1)),
	join_code         TEXT NOT NULL DEFAULT '',
	announcement      TEXT NOT NULL DEFAULT '',
	rules             TEXT NOT NULL DEFAULT '',
	archived_at       TEXT,
	created_at        TEXT NOT NULL,
	updated_at        TEXT NOT NULL
) STRICT;

CREATE UNIQUE INDEX groups_platform_name ON groups(platform, name_key);
