-- Keyword watch: where the watched words hit imported messages, kept so the
-- hits screen reads a small table instead of matching millions of texts.
-- event_id carries no foreign key (events has none either, see 0005); a hit
-- whose event is gone drops out of every listing, which joins events.
CREATE TABLE keyword_hits (
	event_id INTEGER NOT NULL,                                   -- events(id)
	start    INTEGER NOT NULL,                                   -- byte offsets into events.text
	end      INTEGER NOT NULL,
	word_id  INTEGER NOT NULL REFERENCES watch_words(id) ON DELETE CASCADE,
	at       INTEGER NOT NULL,                                   -- events.at, for newest-first pages
	group_id INTEGER,                                            -- events.group_id
	PRIMARY KEY (event_id, start)
) STRICT, WITHOUT ROWID;
CREATE INDEX keyword_hits_at ON keyword_hits(at, event_id);
CREATE INDEX keyword_hits_word ON keyword_hits(word_id, at);
CREATE INDEX keyword_hits_group ON keyword_hits(group_id, at);

-- One row: how far the scan has read and whether the list changed since.
CREATE TABLE keyword_state (
	id         INTEGER PRIMARY KEY CHECK (id = 1),
	seeded     INTEGER NOT NULL DEFAULT 0,  -- the default list was added once
	last_event INTEGER NOT NULL DEFAULT 0,  -- events up to this id are scanned
	stale      INTEGER NOT NULL DEFAULT 0   -- the list changed: every event needs a rescan
) STRICT;
INSERT INTO keyword_state(id) VALUES (1);
