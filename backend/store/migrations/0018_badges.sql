-- Badges: what members earned by the rules over the records (连续打卡,
-- 首次发言, 话题发起者, 投票全勤; rewritten by each evaluation) and by a
-- creator's hand (with the reason). A badge taken back stays as a 'revoked'
-- row with its reason, so the next evaluation does not give it again.
-- group_id 0: earned across the workspace (the KOC list is the member's).
CREATE TABLE member_badges (
	member_id  INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
	group_id   INTEGER NOT NULL DEFAULT 0,      -- groups(id), 0 for none; no foreign key: the badge outlives the group
	badge      TEXT NOT NULL,
	earned_on  TEXT NOT NULL,                   -- YYYY-MM-DD, the local day it was earned
	source     TEXT NOT NULL CHECK (source IN ('rule', 'hand', 'revoked')),
	reason     TEXT NOT NULL DEFAULT '',        -- a hand award's or a taking back's
	changed_at TEXT NOT NULL,                   -- RFC 3339: when the row was written
	PRIMARY KEY (member_id, group_id, badge)
) STRICT, WITHOUT ROWID;
-- The member list's filter and "new badges this week" are index lookups.
CREATE INDEX member_badges_badge ON member_badges(badge, member_id) WHERE source != 'revoked';
CREATE INDEX member_badges_earned ON member_badges(earned_on) WHERE source != 'revoked';
