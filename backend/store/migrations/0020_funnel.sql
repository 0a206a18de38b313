-- The shop funnel (点击 → 咨询 → 购买) reads only the events of these three
-- kinds: two small partial indexes, one per group and one for all groups,
-- hold every column it needs, so a period is one index range per kind and
-- the millions of chat events are never read. The funnel's queries repeat
-- the WHERE below word for word (SQLite uses a partial index only then).
CREATE INDEX events_shop ON events(group_id, kind, at, member_id, value)
	WHERE kind IN ('click', 'inquiry', 'purchase');
CREATE INDEX events_shop_all ON events(kind, at, member_id, value, group_id)
	WHERE kind IN ('click', 'inquiry', 'purchase');
