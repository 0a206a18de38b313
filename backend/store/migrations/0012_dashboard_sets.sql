-- The members of each scope's day as sets, so a past period's distinct
-- speakers and reach are a union of its days' sets (less the members who no
-- longer count) instead of a read of its events. Kept with dashboard_days,
-- in the same transactions: imports, merges, their undo, the trash's purge.
-- spoke and seen are roaring bitmaps (portable serialization) of member ids:
-- who had a spoken event that day, and who had any. A rowid table, not
-- WITHOUT ROWID: its rows are tens of kilobytes.
CREATE TABLE dashboard_daysets (
	scope INTEGER NOT NULL,                  -- a group id, or 0 for all groups
	day   INTEGER NOT NULL,                  -- at / 86400
	spoke BLOB NOT NULL,
	seen  BLOB NOT NULL,
	PRIMARY KEY (scope, day)
) STRICT;

-- A database that holds events has its sets counted by the first dashboard
-- (Rebuild, as for 0011); one without events has them all already.
INSERT INTO settings (key, value) SELECT 'dashboard_sets_built', '1' WHERE NOT EXISTS (SELECT 1 FROM events);
