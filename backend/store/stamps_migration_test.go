package store_test

import (
	"context"
	"path/filepath"
	"testing"

	"qunzhu/backend/store"
)

// A database from before 0021, with instants in every form written then:
// after the migration each is at the fixed width, the same instant, and
// NULL, empty text, dates and wall-clock times are untouched. The lotteries'
// guards are back.
func TestStampsMigrationRewritesOldForms(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "old.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.MigrateTo(ctx, 20); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`INSERT INTO groups (id, name, name_key, platform, purpose, capacity, created_at, updated_at)
			VALUES (1, 'g', 'g', 'douyin', 'core', 10, '2026-12-01T08:00:00Z', '2026-12-01T08:00:00.5Z')`,
		`INSERT INTO members (id, nickname, nick_key, nick_sort, platform, follow_since, deleted_at, created_at, updated_at) VALUES
			(1, 'a', 'a', 'a', 'douyin', '2026-01-02', NULL, '2026-12-01T08:00:05Z', '2026-12-01T08:00:05Z'),
			(2, 'b', 'b', 'b', 'douyin', NULL, '2026-12-02T09:00:00.1Z', '2026-12-01T08:00:05.25Z', '2026-12-01T08:00:05.25Z')`,
		`INSERT INTO member_tiers (member_id, r, f, m, recency, frequency, monetary, tier, tier_since, stage, stage_since,
			role, computed_at, tier_low_since) VALUES (1, 1, 1, 1, 1, 1, 0, 't', '2026-12-01T08:00:00.123456789Z', 's',
			'2026-12-01T08:00:00Z', 'member', '2026-12-03T00:00:00.000001Z', '')`,
		`INSERT INTO member_badges (member_id, badge, earned_on, source, changed_at) VALUES (1, 'koc', '2026-12-01', 'rule', '2026-12-01T08:00:05Z')`,
		`INSERT INTO planner_items (id, group_id, kind, title, category, starts_at, minutes, created_at, updated_at)
			VALUES (1, 1, 'topic', 't', 'useful', '2026-12-01T20:00', 30, '2026-12-01T08:00:00Z', '2026-12-01T08:00:00Z')`,
		`INSERT INTO planner_violations (id, group_id, member_id, rule, step, action, at) VALUES
			(1, 1, 1, 'r', 0, 'warning', '2026-12-01T08:00:05Z'), (2, 1, 1, 'r', 1, 'mute', '2026-12-01T08:00:05.5Z')`,
		`INSERT INTO polls (id, question, status, created_at, updated_at, closed_at) VALUES
			(1, 'q', 'closed', '2026-12-01T08:00:00Z', '2026-12-01T08:00:00Z', '2026-12-01T09:00:00.75Z')`,
		`INSERT INTO lotteries (id, title, mode, status, entrants, list_sha256, sources, tiers, alternates, frozen_at, drawn_at)
			VALUES (1, 'l', 'instant', 'drawn', 2, 'x', '[]', '[]', 1, '2026-12-01T08:00:00Z', '2026-12-01T08:00:01.5Z')`,
		`INSERT INTO lottery_replacements (lottery_id, pick_order, by_order, reason, at) VALUES (1, 1, 2, 'gone', '2026-12-01T10:00:00Z')`,
		`INSERT INTO undo_log (id, action, created_at) VALUES (1, 'restore', '2026-12-02T10:00:00Z')`,
		`INSERT INTO undo_items (undo_id, member_id, b) VALUES (1, 2, '2026-12-02T09:00:00.1Z')`,
		`INSERT INTO undo_log (id, action, payload, created_at, undone_at) VALUES (2, 'merge',
			'[{"member":{"id":3,"created_at":"2026-11-01T00:00:00Z","deleted_at":null,"nickname":"c"},"tags":[]}]',
			'2026-12-02T11:00:00.2Z', NULL)`,
	} {
		if _, err := db.Write().Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	checks := []struct{ q, want string }{
		{`SELECT created_at || ' ' || updated_at || ' ' || coalesce(archived_at, 'NULL') FROM groups`,
			"2026-12-01T08:00:00.000000000Z 2026-12-01T08:00:00.500000000Z NULL"},
		{`SELECT group_concat(coalesce(deleted_at, 'NULL') || ' ' || created_at || ' ' || coalesce(follow_since, 'NULL'), ';') FROM (SELECT * FROM members ORDER BY id)`,
			"NULL 2026-12-01T08:00:05.000000000Z 2026-01-02;2026-12-02T09:00:00.100000000Z 2026-12-01T08:00:05.250000000Z NULL"},
		{`SELECT tier_since || ' ' || stage_since || ' ' || computed_at || ' [' || tier_low_since || ']' FROM member_tiers`,
			"2026-12-01T08:00:00.123456789Z 2026-12-01T08:00:00.000000000Z 2026-12-03T00:00:00.000001000Z []"},
		{`SELECT earned_on || ' ' || changed_at FROM member_badges`, "2026-12-01 2026-12-01T08:00:05.000000000Z"},
		{`SELECT starts_at || ' ' || created_at FROM planner_items`, "2026-12-01T20:00 2026-12-01T08:00:00.000000000Z"},
		{`SELECT group_concat(id, ',') FROM (SELECT id FROM planner_violations ORDER BY at DESC)`, "2,1"},
		{`SELECT closed_at || ' ' || coalesce(deadline, 'NULL') FROM polls`, "2026-12-01T09:00:00.750000000Z NULL"},
		{`SELECT frozen_at || ' ' || drawn_at FROM lotteries`, "2026-12-01T08:00:00.000000000Z 2026-12-01T08:00:01.500000000Z"},
		{`SELECT at FROM lottery_replacements`, "2026-12-01T10:00:00.000000000Z"},
		{`SELECT b FROM undo_items`, "2026-12-02T09:00:00.100000000Z"},
		{`SELECT created_at || ' ' || payload FROM undo_log WHERE id = 2`,
			`2026-12-02T11:00:00.200000000Z [{"member":{"id":3,"created_at":"2026-11-01T00:00:00.000000000Z","deleted_at":null,"nickname":"c"},"tags":[]}]`},
	}
	for _, c := range checks {
		if got := scalar(t, db.Read(), c.q); got != c.want {
			t.Errorf("%s\n got %s\nwant %s", c.q, got, c.want)
		}
	}
	if _, err := db.Write().Exec(`UPDATE lotteries SET title = 'x' WHERE id = 1`); err == nil {
		t.Error("a drawn lottery changed after the migration")
	}
	if _, err := db.Write().Exec(`UPDATE lottery_replacements SET reason = 'x'`); err == nil {
		t.Error("a replacement changed after the migration")
	}
}
