-- Undo for bulk actions and merges: what each action changed, so it can be
-- put back exactly.
CREATE TABLE undo_log (
	id         INTEGER PRIMARY KEY,
	action     TEXT NOT NULL,              -- addTags | removeTags | addToGroup | setRole | trash | restore | merge
	payload    TEXT NOT NULL DEFAULT '{}', -- merge: the two members as they were
	created_at TEXT NOT NULL,
	undone_at  TEXT
) STRICT;

-- One changed member per row; a, b, c hold what the action overwrote.
CREATE TABLE undo_items (
	undo_id   INTEGER NOT NULL REFERENCES undo_log(id) ON DELETE CASCADE,
	member_id INTEGER NOT NULL,
	a         INTEGER,
	b         TEXT,
	c         TEXT
) STRICT;
CREATE INDEX undo_items_undo ON undo_items(undo_id);
