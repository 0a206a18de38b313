-- Stored instants take one form from now on: UTC at a fixed width,
-- "2006-01-02T15:04:05.000000000Z" (store.Stamp). Before, most were RFC 3339
-- with trailing zeros dropped ("…:05Z", "…:05.5Z"), which sorts wrong as
-- text ("…:05Z" after "…:05.5Z"); member_badges had whole seconds and the
-- lotteries (since early December) the fixed width already. qunzhu_stamp
-- rewrites any RFC 3339 instant at the fixed width and leaves NULL, '' and
-- anything else as it is. Dates (YYYY-MM-DD), the planner's local wall clock
-- (starts_at) and unix seconds (events.at and the like) are not instants of
-- this kind and stay.
UPDATE groups SET archived_at = qunzhu_stamp(archived_at), created_at = qunzhu_stamp(created_at),
	updated_at = qunzhu_stamp(updated_at);
UPDATE imports SET created_at = qunzhu_stamp(created_at);
UPDATE invite_batches SET created_at = qunzhu_stamp(created_at);
UPDATE invite_drafts SET state_at = qunzhu_stamp(state_at), copied_at = qunzhu_stamp(copied_at),
	sent_at = qunzhu_stamp(sent_at), created_at = qunzhu_stamp(created_at);
UPDATE invite_link_changes SET created_at = qunzhu_stamp(created_at), undone_at = qunzhu_stamp(undone_at);
UPDATE invite_links SET created_at = qunzhu_stamp(created_at);
UPDATE invite_templates SET created_at = qunzhu_stamp(created_at), updated_at = qunzhu_stamp(updated_at);
UPDATE keyword_hit_states SET at = qunzhu_stamp(at);
UPDATE member_badges SET changed_at = qunzhu_stamp(changed_at);
UPDATE member_tiers SET tier_since = qunzhu_stamp(tier_since), stage_since = qunzhu_stamp(stage_since),
	computed_at = qunzhu_stamp(computed_at), tier_low_since = qunzhu_stamp(tier_low_since),
	stage_low_since = qunzhu_stamp(stage_low_since);
UPDATE members SET deleted_at = qunzhu_stamp(deleted_at), created_at = qunzhu_stamp(created_at),
	updated_at = qunzhu_stamp(updated_at);
UPDATE planner_admins SET created_at = qunzhu_stamp(created_at);
UPDATE planner_items SET done_at = qunzhu_stamp(done_at), created_at = qunzhu_stamp(created_at),
	updated_at = qunzhu_stamp(updated_at);
UPDATE planner_topic_seeded SET at = qunzhu_stamp(at);
UPDATE planner_topics SET used_at = qunzhu_stamp(used_at), created_at = qunzhu_stamp(created_at);
UPDATE planner_violations SET at = qunzhu_stamp(at);
UPDATE points_manual SET created_at = qunzhu_stamp(created_at), undone_at = qunzhu_stamp(undone_at);
UPDATE poll_votes SET created_at = qunzhu_stamp(created_at);
UPDATE polls SET deadline = qunzhu_stamp(deadline), created_at = qunzhu_stamp(created_at),
	updated_at = qunzhu_stamp(updated_at), closed_at = qunzhu_stamp(closed_at);
UPDATE reward_campaigns SET created_at = qunzhu_stamp(created_at), updated_at = qunzhu_stamp(updated_at);
UPDATE rewards_given SET given_at = qunzhu_stamp(given_at);
UPDATE segments SET created_at = qunzhu_stamp(created_at), updated_at = qunzhu_stamp(updated_at);
UPDATE undo_log SET created_at = qunzhu_stamp(created_at), undone_at = qunzhu_stamp(undone_at);

-- What an undo writes back: a restore's members.deleted_at (undo_items.b),
-- and a merge's snapshots of the two members rows.
UPDATE undo_items SET b = qunzhu_stamp(b)
	WHERE undo_id IN (SELECT id FROM undo_log WHERE action = 'restore');
UPDATE undo_log SET payload = (SELECT json_group_array(json_replace(s.value,
		'$.member.deleted_at', qunzhu_stamp(json_extract(s.value, '$.member.deleted_at')),
		'$.member.created_at', qunzhu_stamp(json_extract(s.value, '$.member.created_at')),
		'$.member.updated_at', qunzhu_stamp(json_extract(s.value, '$.member.updated_at'))))
	FROM json_each(undo_log.payload) s)
	WHERE action = 'merge' AND json_valid(payload) AND json_type(payload) = 'array';

-- Lotteries and their replacements are kept on record: their guards step
-- aside for the rewrite (which changes no instant, only how it is written)
-- and come back word for word.
DROP TRIGGER lotteries_drawn;
DROP TRIGGER lottery_replacements_update;
UPDATE lotteries SET frozen_at = qunzhu_stamp(frozen_at), drawn_at = qunzhu_stamp(drawn_at);
UPDATE lottery_replacements SET at = qunzhu_stamp(at);
CREATE TRIGGER lotteries_drawn BEFORE UPDATE ON lotteries WHEN OLD.status = 'drawn'
BEGIN SELECT RAISE(ABORT, 'a drawn lottery cannot change'); END;
CREATE TRIGGER lottery_replacements_update BEFORE UPDATE ON lottery_replacements
BEGIN SELECT RAISE(ABORT, 'replacements are kept on record'); END;
