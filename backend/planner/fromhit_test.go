package planner_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"qunzhu/backend/activity"
	"qunzhu/backend/errs"
	"qunzhu/backend/keywords"
	"qunzhu/backend/members"
	"qunzhu/backend/planner"
	"qunzhu/backend/workspace"
)

// hitsOf imports a WhatsApp chat into the fixture's first group, scans it
// with the default words and returns the hits, newest first.
func hitsOf(t *testing.T, f fixture, lines ...string) (*keywords.Service, []keywords.Listed) {
	t.Helper()
	db := f.svc.DB()
	path := filepath.Join(t.TempDir(), "chat.txt")
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := activity.NewService(db, members.NewService(db)).Import(f.ctx, activity.Request{Path: path, GroupID: f.group}, nil); err != nil {
		t.Fatal(err)
	}
	kw := keywords.NewService(db)
	kw.UseOwners(workspace.KeywordsOwners())
	if _, err := kw.Seed(f.ctx, "zh-CN"); err != nil {
		t.Fatal(err)
	}
	if _, err := kw.Scan(f.ctx, nil); err != nil {
		t.Fatal(err)
	}
	p, err := kw.Hits(f.ctx, keywords.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	return kw, p.Hits
}

func keyOf(h keywords.Listed) keywords.HitKey {
	return keywords.HitKey{EventID: h.EventID, WordID: h.Word.ID}
}

// stateOf reads a hit's state and linked violation after a full rescan.
func stateOf(t *testing.T, f fixture, kw *keywords.Service, k keywords.HitKey) (string, int64) {
	t.Helper()
	if _, err := kw.Rescan(f.ctx, nil); err != nil {
		t.Fatal(err)
	}
	p, _ := kw.Hits(f.ctx, keywords.Filter{})
	for _, h := range p.Hits {
		if keyOf(h) == k {
			return h.State, h.Violation
		}
	}
	t.Fatalf("hit %+v gone", k)
	return "", 0
}

// A hit logged as a violation: the violation points back at the hit, the
// hit is handled and shows the violation (after a rescan too); taking the
// violation back sets the hit pending again.
func TestViolationFromHit(t *testing.T) {
	f := setup(t, "2026-12-02T09:00")
	kw, hits := hitsOf(t, f, "01.05.2024, 10:00 - 小红: 这款是全网第一的面霜", "02.05.2024, 09:00 - 小刚: 我要退款！")
	if len(hits) != 2 {
		t.Fatalf("hits %+v", hits)
	}
	hit := hits[1] // 全网第一
	v, _, err := f.svc.LogViolation(f.ctx, planner.ViolationInput{GroupID: f.group, MemberID: hit.MemberID,
		Rule: "不发广告", What: hit.Text, Step: -1, Hit: keyOf(hit)}, "zh-CN")
	if err != nil {
		t.Fatal(err)
	}
	if v.Hit != keyOf(hit) || v.Nickname != "小红" || v.What != "这款是全网第一的面霜" {
		t.Errorf("violation %+v", v)
	}
	if st, linked := stateOf(t, f, kw, keyOf(hit)); st != keywords.StateHandled || linked != v.ID {
		t.Errorf("hit after logging: %s, violation %d; want handled, %d", st, linked, v.ID)
	}
	if st, linked := stateOf(t, f, kw, keyOf(hits[0])); st != keywords.StatePending || linked != 0 {
		t.Errorf("the other hit: %s, %d", st, linked)
	}
	log, _ := f.svc.Violations(f.ctx, f.group, hit.MemberID)
	if len(log) != 1 || log[0].Hit != keyOf(hit) {
		t.Errorf("member's log %+v", log)
	}
	second, _, err := f.svc.LogViolation(f.ctx, planner.ViolationInput{GroupID: f.group, MemberID: hit.MemberID,
		Rule: "不发广告", Step: -1, Hit: keyOf(hit)}, "zh-CN")
	if err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		id     int64
		state  string
		linked int64
	}{{second.ID, keywords.StateHandled, v.ID}, {v.ID, keywords.StatePending, 0}}
	for _, s := range steps {
		if err := f.svc.DeleteViolation(f.ctx, s.id); err != nil {
			t.Fatal(err)
		}
		if st, linked := stateOf(t, f, kw, keyOf(hit)); st != s.state || linked != s.linked {
			t.Errorf("after deleting %d: %s, %d; want %s, %d", s.id, st, linked, s.state, s.linked)
		}
	}
	if err := f.svc.DeleteViolation(f.ctx, v.ID); errs.CodeOf(err) != errs.NotFound {
		t.Errorf("deleting twice: %v", err)
	}
}

// A violation naming a hit that is not stored is refused whole: no
// violation, no state.
func TestViolationFromMissingHit(t *testing.T) {
	f := setup(t, "2026-12-02T09:00")
	kw, hits := hitsOf(t, f, "01.05.2024, 10:00 - 小红: 这款是全网第一的面霜")
	bad := keyOf(hits[0])
	bad.EventID += 50
	_, _, err := f.svc.LogViolation(f.ctx, planner.ViolationInput{GroupID: f.group, MemberID: hits[0].MemberID,
		Rule: "不发广告", Step: -1, Hit: bad}, "zh-CN")
	if errs.CodeOf(err) != errs.NotFound {
		t.Errorf("missing hit: %v", err)
	}
	log, _ := f.svc.Violations(f.ctx, f.group, 0)
	if st, _ := stateOf(t, f, kw, keyOf(hits[0])); len(log) != 0 || st != keywords.StatePending {
		t.Errorf("after the refusal: log %+v, state %s", log, st)
	}
}
