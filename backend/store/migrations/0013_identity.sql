-- Identity (issue 12): a member is its (platform, platform id); a row or a
-- sender without an id finds a member only by its exact display name,
-- fold.Name(nickname) (NFC, invisible marks removed, nothing folded), and
-- only when exactly one live member on the platform has it. nick_key stays,
-- for merge suggestions only, and now folds Traditional to Simplified too
-- (fold.Likeness), so 陳小明 and 陈小明 are suggested.
-- Members merged wrongly by the earlier nickname folding stay merged: the
-- database does not tell which rows they came from.
ALTER TABLE members ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
UPDATE members SET name_key = qunzhu_name(nickname), nick_key = qunzhu_likeness(nickname);
CREATE INDEX members_name ON members(platform, name_key) WHERE deleted_at IS NULL;
