package points_test

import (
	"encoding/json"
	"testing"
)

// oldFingerprintSQL is the fingerprint as one statement worked it out
// before each owner gave its own part (issue 18): the totals stored by
// earlier versions must not look stale for that alone.
const oldFingerprintSQL = `SELECT (SELECT coalesce(max(id), 0) FROM events) || '|' ||
	(SELECT count(*) || ':' || coalesce(max(id), 0) FROM poll_votes) || '|' ||
	(SELECT count(*) FROM lottery_entrants) || '|' ||
	(SELECT count(*) || ':' || coalesce(max(state_at), '') FROM invite_drafts WHERE state = 'joined') || '|' ||
	(SELECT count(*) || ':' || coalesce(max(id), 0) FROM planner_violations) || '|' ||
	(SELECT coalesce(max(updated_at), '') FROM members) || '|' ||
	(SELECT coalesce(max(value), '') FROM settings WHERE key = 'points_rules') || '|' ||
	(SELECT coalesce(group_concat(group_id || '=' || value, ';'), '') FROM points_overrides)`

func TestFingerprintKeepsItsText(t *testing.T) {
	f := newFixture(t)
	f.events(f.a, f.g1, "message", "2026-11-17 09:00", 3, 0)
	f.vote(f.a, f.g1, "2026-11-17T01:00:00Z")
	f.lottery(f.g2, "2026-11-17T02:00:00Z", f.a, f.b)
	f.invited(f.b, f.g1, "joined", "2026-11-17T03:00:00Z")
	f.violation(f.b, f.g2, "2026-11-17T04:00:00Z")
	f.exec(`INSERT INTO settings (key, value) VALUES ('points_rules', '{"message":2}')`)
	f.exec(`INSERT INTO points_overrides (group_id, value) VALUES (?, '{}')`, f.g2)
	if _, err := f.s.Recompute(f.ctx, now, nil); err != nil {
		t.Fatal(err)
	}
	var raw, want string
	if err := f.db.Read().QueryRowContext(f.ctx, `SELECT value FROM settings WHERE key = 'points_state'`).Scan(&raw); err != nil {
		t.Fatal(err)
	}
	if err := f.db.Read().QueryRowContext(f.ctx, oldFingerprintSQL).Scan(&want); err != nil {
		t.Fatal(err)
	}
	var st struct{ Fingerprint string }
	_ = json.Unmarshal([]byte(raw), &st)
	if st.Fingerprint != want {
		t.Errorf("fingerprint %q, want %q", st.Fingerprint, want)
	}
}
