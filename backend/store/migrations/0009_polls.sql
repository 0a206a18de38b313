-- Polls (选题投票) and lotteries (抽奖).
CREATE TABLE polls (
	id           INTEGER PRIMARY KEY,
	question     TEXT NOT NULL,
	multiple     INTEGER NOT NULL DEFAULT 0 CHECK (multiple IN (0, 1)),
	max_choices  INTEGER NOT NULL DEFAULT 0 CHECK (max_choices >= 0),  -- multiple choice: 0 any number
	anonymous    INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1)),
	hide_results INTEGER NOT NULL DEFAULT 0 CHECK (hide_results IN (0, 1)), -- until closed
	deadline     TEXT,                                                  -- RFC 3339, NULL for none
	group_id     INTEGER REFERENCES groups(id) ON DELETE SET NULL,
	status       TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed')),
	created_at   TEXT NOT NULL,
	updated_at   TEXT NOT NULL,
	closed_at    TEXT
) STRICT;

CREATE TABLE poll_options (
	poll_id INTEGER NOT NULL REFERENCES polls(id) ON DELETE CASCADE,
	idx     INTEGER NOT NULL CHECK (idx BETWEEN 0 AND 19),
	label   TEXT NOT NULL,
	PRIMARY KEY (poll_id, idx)
) STRICT, WITHOUT ROWID;

-- One row per ballot, however it was collected: 'tally' rows carry a count
-- typed per option; 'member', 'chat' and 'jielong' rows are one person's
-- vote, the last one of each person kept (voter_key is fold.Nick of the
-- name, hashed in anonymous polls, which keep no name and no member).
CREATE TABLE poll_votes (
	id         INTEGER PRIMARY KEY,
	poll_id    INTEGER NOT NULL REFERENCES polls(id) ON DELETE CASCADE,
	member_id  INTEGER REFERENCES members(id) ON DELETE SET NULL,
	voter      TEXT NOT NULL DEFAULT '',
	voter_key  TEXT NOT NULL DEFAULT '',
	choices    TEXT NOT NULL,                  -- JSON array of option indexes
	count      INTEGER NOT NULL DEFAULT 1 CHECK (count >= 0),
	source     TEXT NOT NULL CHECK (source IN ('tally', 'member', 'chat', 'jielong')),
	line       TEXT NOT NULL DEFAULT '',       -- the pasted line it was read from
	created_at TEXT NOT NULL
) STRICT;
CREATE INDEX poll_votes_poll ON poll_votes(poll_id);
CREATE UNIQUE INDEX poll_votes_person ON poll_votes(poll_id, voter_key) WHERE voter_key != '';

-- A lottery: its frozen, numbered entrant list (hash published before the
-- draw), the public random sources named in advance and, once drawn, their
-- values, the key and the picks. Nothing drawn is ever changed or deleted
-- (triggers below): a redo is a new lottery linked by redraw_of, with its
-- reason, and both stay on record.
CREATE TABLE lotteries (
	id            INTEGER PRIMARY KEY,
	title         TEXT NOT NULL,
	mode          TEXT NOT NULL CHECK (mode IN ('verifiable', 'instant')),
	status        TEXT NOT NULL CHECK (status IN ('frozen', 'drawn')),
	entrants      INTEGER NOT NULL CHECK (entrants > 0),
	list_sha256   TEXT NOT NULL,
	sources       TEXT NOT NULL,               -- JSON [{label, values}]; values filled at the draw
	tiers         TEXT NOT NULL,               -- JSON [{name, count}]
	alternates    INTEGER NOT NULL CHECK (alternates >= 0),
	rules         TEXT NOT NULL DEFAULT '{}',  -- JSON: where the entrants came from, filters, weights
	draw_key      TEXT NOT NULL DEFAULT '',
	skipped       INTEGER NOT NULL DEFAULT 0,
	group_id      INTEGER REFERENCES groups(id) ON DELETE SET NULL,
	poll_id       INTEGER REFERENCES polls(id) ON DELETE SET NULL,
	redraw_of     INTEGER REFERENCES lotteries(id),
	redraw_reason TEXT NOT NULL DEFAULT '',
	frozen_at     TEXT NOT NULL,
	drawn_at      TEXT
) STRICT;
CREATE UNIQUE INDEX lotteries_redraw ON lotteries(redraw_of) WHERE redraw_of IS NOT NULL;

CREATE TABLE lottery_entrants (
	lottery_id INTEGER NOT NULL REFERENCES lotteries(id),
	position   INTEGER NOT NULL,               -- 1-based line of the list
	name       TEXT NOT NULL,
	member_id  INTEGER,                        -- members(id) when known; no foreign key: the record outlives the member
	PRIMARY KEY (lottery_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE lottery_picks (
	lottery_id INTEGER NOT NULL REFERENCES lotteries(id),
	pick_order INTEGER NOT NULL,               -- 1-based, winners tier by tier then alternates
	step       INTEGER NOT NULL,               -- the RFC 3797 index that selected it
	position   INTEGER NOT NULL,
	name       TEXT NOT NULL,
	member_id  INTEGER,
	tier       INTEGER NOT NULL,               -- index into tiers, -1 for an alternate
	PRIMARY KEY (lottery_id, pick_order)
) STRICT, WITHOUT ROWID;
CREATE INDEX lottery_picks_member ON lottery_picks(member_id) WHERE member_id IS NOT NULL;

CREATE TABLE lottery_replacements (
	id         INTEGER PRIMARY KEY,
	lottery_id INTEGER NOT NULL REFERENCES lotteries(id),
	pick_order INTEGER NOT NULL,               -- the winner replaced
	by_order   INTEGER NOT NULL,               -- the alternate who takes the prize
	reason     TEXT NOT NULL,
	at         TEXT NOT NULL,
	UNIQUE (lottery_id, pick_order),
	UNIQUE (lottery_id, by_order)
) STRICT;

CREATE TRIGGER lotteries_keep BEFORE DELETE ON lotteries
BEGIN SELECT RAISE(ABORT, 'lotteries are kept on record'); END;
CREATE TRIGGER lotteries_drawn BEFORE UPDATE ON lotteries WHEN OLD.status = 'drawn'
BEGIN SELECT RAISE(ABORT, 'a drawn lottery cannot change'); END;
CREATE TRIGGER lottery_entrants_frozen_update BEFORE UPDATE ON lottery_entrants
BEGIN SELECT RAISE(ABORT, 'the entrant list is frozen'); END;
CREATE TRIGGER lottery_entrants_frozen_delete BEFORE DELETE ON lottery_entrants
BEGIN SELECT RAISE(ABORT, 'the entrant list is frozen'); END;
CREATE TRIGGER lottery_entrants_frozen_insert BEFORE INSERT ON lottery_entrants
WHEN (SELECT status FROM lotteries WHERE id = NEW.lottery_id) = 'drawn'
BEGIN SELECT RAISE(ABORT, 'the entrant list is frozen'); END;
CREATE TRIGGER lottery_picks_update BEFORE UPDATE ON lottery_picks
BEGIN SELECT RAISE(ABORT, 'picks cannot change'); END;
CREATE TRIGGER lottery_picks_delete BEFORE DELETE ON lottery_picks
BEGIN SELECT RAISE(ABORT, 'picks cannot change'); END;
CREATE TRIGGER lottery_replacements_update BEFORE UPDATE ON lottery_replacements
BEGIN SELECT RAISE(ABORT, 'replacements are kept on record'); END;
CREATE TRIGGER lottery_replacements_delete BEFORE DELETE ON lottery_replacements
BEGIN SELECT RAISE(ABORT, 'replacements are kept on record'); END;
CREATE TRIGGER lottery_picks_insert BEFORE INSERT ON lottery_picks
WHEN (SELECT status FROM lotteries WHERE id = NEW.lottery_id) = 'drawn'
BEGIN SELECT RAISE(ABORT, 'the lottery is already drawn'); END;
