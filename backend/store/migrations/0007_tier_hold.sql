-- Demotions are held back from the day a member first falls below their
-- stored tier or stage, not from the day they entered it: these columns keep
-- that day ('' when no demotion is pending).
ALTER TABLE member_tiers ADD COLUMN tier_low_since TEXT NOT NULL DEFAULT '';
ALTER TABLE member_tiers ADD COLUMN stage_low_since TEXT NOT NULL DEFAULT '';
