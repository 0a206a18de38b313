-- Invitations: templates with A/B variants, batches of drafts (the sending
-- queue) and the invitation settings.
CREATE TABLE invite_templates (
	id         INTEGER PRIMARY KEY,
	name       TEXT NOT NULL,
	name_key   TEXT NOT NULL UNIQUE,
	purpose    TEXT NOT NULL DEFAULT 'custom',   -- core, cocreation, welfare, seat, reinvite, care, custom
	created_at TEXT NOT NULL,
	updated_at TEXT NOT NULL
) STRICT;

-- A template's variants: A, B, ... each its own body; a recipient gets one,
-- chosen stably from the member and template ids.
CREATE TABLE invite_variants (
	id          INTEGER PRIMARY KEY,
	template_id INTEGER NOT NULL REFERENCES invite_templates(id) ON DELETE CASCADE,
	label       TEXT NOT NULL,                   -- A, B, C ...
	body        TEXT NOT NULL,
	UNIQUE (template_id, label)
) STRICT;

-- A batch: the drafts made at once for a selection of members.
CREATE TABLE invite_batches (
	id          INTEGER PRIMARY KEY,
	template_id INTEGER REFERENCES invite_templates(id) ON DELETE SET NULL,
	group_id    INTEGER REFERENCES groups(id) ON DELETE SET NULL,
	name        TEXT NOT NULL,
	selection   TEXT NOT NULL DEFAULT '{}',      -- JSON of how the recipients were chosen
	created_at  TEXT NOT NULL
) STRICT;

-- One invitation to one member: drafted -> copied -> sent -> joined/declined, or skipped.
CREATE TABLE invite_drafts (
	id         INTEGER PRIMARY KEY,
	batch_id   INTEGER NOT NULL REFERENCES invite_batches(id) ON DELETE CASCADE,
	member_id  INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
	variant    TEXT NOT NULL,                    -- the variant's label
	position   INTEGER NOT NULL,                 -- order in the queue, from 1
	text       TEXT NOT NULL,
	edited     INTEGER NOT NULL DEFAULT 0 CHECK (edited IN (0, 1)),
	state      TEXT NOT NULL DEFAULT 'drafted'
	           CHECK (state IN ('drafted', 'copied', 'sent', 'joined', 'declined', 'skipped')),
	state_at   TEXT NOT NULL,
	copied_at  TEXT,
	sent_at    TEXT,
	created_at TEXT NOT NULL,
	UNIQUE (batch_id, member_id)
) STRICT;
CREATE INDEX invite_drafts_batch ON invite_drafts(batch_id, position);
CREATE INDEX invite_drafts_member ON invite_drafts(member_id, sent_at);

-- One row: the invitation settings as JSON (creator name, per-platform
-- length limits, recent-invite days, identical-text threshold, ad-law list).
CREATE TABLE invite_settings (
	id    INTEGER PRIMARY KEY CHECK (id = 1),
	value TEXT NOT NULL DEFAULT '{}'
) STRICT;
INSERT INTO invite_settings(id) VALUES (1);
