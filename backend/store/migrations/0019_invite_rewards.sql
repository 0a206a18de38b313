-- Invitation rewards (seed 004: invite X friends -> reward A, Y -> reward B):
-- who invited whom, the queues sent at a member's referral, the campaigns
-- with their reward ladders, and the rewards handed out.

-- Who invited whom. An invitee has at most one inviter; nobody invites
-- themselves (cycles are refused by the code that writes here).
CREATE TABLE invite_links (
	invitee_id INTEGER PRIMARY KEY REFERENCES members(id) ON DELETE CASCADE,
	inviter_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
	source     TEXT NOT NULL CHECK (source IN ('hand', 'queue', 'import')),
	batch_id   INTEGER,                  -- queue: the batch sent at the inviter's referral
	draft_id   INTEGER,                  -- queue: the invitee's draft marked joined
	joined_on  TEXT,                     -- queue: YYYY-MM-DD the draft was marked joined
	created_at TEXT NOT NULL,
	CHECK (invitee_id <> inviter_id)
) STRICT;
CREATE INDEX invite_links_inviter ON invite_links(inviter_id);
CREATE INDEX invite_links_draft ON invite_links(draft_id) WHERE draft_id IS NOT NULL;

-- Every change made to a link by hand or by an import, so it can be undone.
CREATE TABLE invite_link_changes (
	id          INTEGER PRIMARY KEY,
	invitee_id  INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
	before_id   INTEGER,                 -- the inviter before (NULL: none)
	before_src  TEXT,
	after_id    INTEGER,                 -- the inviter after (NULL: cleared)
	source      TEXT NOT NULL CHECK (source IN ('hand', 'import')),
	created_at  TEXT NOT NULL,
	undone_at   TEXT
) STRICT;
CREATE INDEX invite_link_changes_invitee ON invite_link_changes(invitee_id, id);

-- An invitation queue (batch) sent at a member's referral: the members
-- of its drafts marked joined were invited by that member.
CREATE TABLE invite_referrals (
	batch_id   INTEGER PRIMARY KEY REFERENCES invite_batches(id) ON DELETE CASCADE,
	inviter_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE
) STRICT;

-- A reward campaign: a period, optionally one group, and a ladder.
CREATE TABLE reward_campaigns (
	id         INTEGER PRIMARY KEY,
	name       TEXT NOT NULL,
	name_key   TEXT NOT NULL UNIQUE,
	group_id   INTEGER REFERENCES groups(id) ON DELETE SET NULL,
	starts_on  TEXT NOT NULL,            -- YYYY-MM-DD, inclusive
	ends_on    TEXT NOT NULL,            -- YYYY-MM-DD, inclusive
	created_at TEXT NOT NULL,
	updated_at TEXT NOT NULL,
	CHECK (starts_on <= ends_on)
) STRICT;

-- The ladder: invite `invites` people -> `prize`.
CREATE TABLE reward_steps (
	campaign_id INTEGER NOT NULL REFERENCES reward_campaigns(id) ON DELETE CASCADE,
	invites     INTEGER NOT NULL CHECK (invites > 0),
	prize       TEXT NOT NULL,
	PRIMARY KEY (campaign_id, invites)
) STRICT, WITHOUT ROWID;

-- Rewards handed out: one per inviter and step reached.
CREATE TABLE rewards_given (
	campaign_id INTEGER NOT NULL REFERENCES reward_campaigns(id) ON DELETE CASCADE,
	member_id   INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
	invites     INTEGER NOT NULL,
	given_at    TEXT NOT NULL,
	PRIMARY KEY (campaign_id, member_id, invites)
) STRICT, WITHOUT ROWID;
