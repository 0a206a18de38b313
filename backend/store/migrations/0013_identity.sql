-- Identity (issue 12): a member is its (platform, platform id); a row or a
-- sender without an id finds a member only by its exact display name,
-- fold.Name(nickname) (NFC, invisible marks removed, nothing folded), and
-- only when exactly one live member on the platform has it. nick_key stays,
-- for merge suggestions only, and now folds Traditional to Simplified too
-- (fold.Likeness), so 陳小明 and 陈小明 are suggested.
-- Members merged wrongly by the earlier nickname folding stay merged: the
-- database does not tell which rows they came from.
-- One index serves both: the exact name's likeness key comes first, so
-- an exact-name lookup is (nick_key, platform, name_key) and a suggestion
-- is the nick_key prefix; imports keep one name index up to date, not two.
ALTER TABLE members ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
UPDATE members SET name_key = qunzhu_name(nickname);
UPDATE members SET nick_key = qunzhu_likeness(name_key);
DROP INDEX members_nick;
CREATE INDEX members_nick ON members(nick_key, platform, name_key);
