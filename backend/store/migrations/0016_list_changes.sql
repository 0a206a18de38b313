-- Who entered and who left the KOC and slipping-away lists: a row each
-- time a re-scoring sets or clears a member's flag, on the re-scoring's
-- day (its local date). The flags are the member's (member_tiers), not a
-- group's: a group's list is its members with the flag.
CREATE TABLE list_changes (
	id        INTEGER PRIMARY KEY,
	list      TEXT NOT NULL CHECK (list IN ('koc', 'slipping')),
	member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
	day       TEXT NOT NULL,                  -- YYYY-MM-DD
	change    TEXT NOT NULL CHECK (change IN ('in', 'out'))
) STRICT;
CREATE INDEX list_changes_day ON list_changes(list, day);
CREATE INDEX list_changes_member ON list_changes(member_id);

-- The day from whose end the lists are known: '' when no re-scoring had
-- stored flags before this version (the lists were empty); else the day
-- after the last one (its stamp is UTC, the local date may be a day later),
-- since which members it had flagged were on the lists.
CREATE TABLE list_changes_since (
	day TEXT NOT NULL
) STRICT;
INSERT INTO list_changes_since (day)
	SELECT coalesce(date(max(computed_at), '+1 day'), '') FROM member_tiers;
