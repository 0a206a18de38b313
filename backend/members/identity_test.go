package members

import (
	"context"
	"fmt"
	"math/rand"
	"path/filepath"
	"testing"
	"time"

	"qunzhu/backend/fold"
	"qunzhu/backend/store"
)

// identityNicks collide heavily, differ by an emoji, a decoration, width or
// an invisible mark, and one is only invisible marks (invalid).
var identityNicks = []string{"王伟", "王伟", "王伟🌸", "✨王伟✨", "\u200b王伟", "王伟\u200e", "李娜", "李娜😀",
	"ＡＢ", "ab", "AB", "张三", "\u200b\ufeff"}

// Property: for random fan lists, the members are the distinct (platform, id)
// plus the rows without an id that matched nobody; no stored id is ever
// replaced by another; ambiguous rows are reported, never stored. Checked
// against a plain model, on the chunked and the row-by-row path.
func TestImportIdentityProperty(t *testing.T) {
	defer func(n int) { bulkMin = n }(bulkMin)
	for seed := int64(1); seed <= 16; seed++ {
		r := rand.New(rand.NewSource(seed))
		drafts := identityDrafts(r, 300+r.Intn(500))
		want := modelImport(drafts)
		for _, rowByRow := range []bool{false, true} {
			bulkMin = []int{100, 100000}[seed%2]
			s, db := identityService(t)
			s.rowByRow = rowByRow
			rep, err := s.Import(context.Background(), drafts, ImportOptions{OnDuplicate: OnDuplicateUpdate, SkipInvalid: true}, nil)
			if err != nil {
				t.Fatal(err)
			}
			got := modelResult{members: countRows(t, db, `SELECT count(*) FROM members`), invalid: len(rep.Invalid),
				ambiguous: len(rep.Ambiguous), byID: heldIDs(t, db)}
			if got.String() != want.String() {
				t.Fatalf("seed %d rowByRow %v:\ngot  %s\nwant %s", seed, rowByRow, got, want)
			}
			if got.members != want.ids+want.unmatched {
				t.Fatalf("seed %d: %d members, want %d ids + %d unmatched rows without one", seed, got.members, want.ids, want.unmatched)
			}
		}
	}
}

func identityDrafts(r *rand.Rand, n int) []Draft {
	out := make([]Draft, n)
	for i := range out {
		d := Draft{Row: i + 2, Nickname: identityNicks[r.Intn(len(identityNicks))], Platform: []string{"douyin", "douyin", "qq"}[r.Intn(3)]}
		if r.Intn(4) > 0 {
			d.PlatformID = fmt.Sprintf("dy%03d", r.Intn(n/2+1))
		}
		out[i] = d
	}
	return out
}

type modelMember struct{ platform, id, name string }

type modelResult struct {
	members, invalid, ambiguous, ids, unmatched int
	byID                                        map[string]string // platform/id → the member's main id
}

func (m modelResult) String() string {
	return fmt.Sprintf("members %d invalid %d ambiguous %d ids %v", m.members, m.invalid, m.ambiguous, m.byID)
}

// modelImport is the identity rule written out plainly, row after row.
func modelImport(drafts []Draft) modelResult {
	var ms []*modelMember
	held := map[string]*modelMember{}
	res := modelResult{byID: map[string]string{}}
	for _, d := range drafts {
		name := fold.Name(d.Nickname)
		if d.PlatformID != "" {
			k := d.Platform + "/" + d.PlatformID
			switch m := held[k]; {
			case name == "": // a name of invisible marks only is no name
				res.invalid++
				continue
			case m != nil:
				m.name = name // the same person, renamed
				continue
			}
			m := &modelMember{d.Platform, d.PlatformID, name}
			ms, held[k] = append(ms, m), m
			res.byID[k], res.ids = d.PlatformID, res.ids+1
			continue
		}
		n := 0
		for _, m := range ms {
			if m.platform == d.Platform && m.name == name {
				n++
			}
		}
		switch {
		case name == "":
			res.invalid++
		case n == 0:
			ms = append(ms, &modelMember{d.Platform, "", name})
			res.unmatched++
		case n > 1:
			res.ambiguous++
		}
	}
	res.members = len(ms)
	return res
}

func identityService(t *testing.T) (*Service, *store.DB) {
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "q.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	s := NewService(db)
	s.UseEvents(sqlEvents{})
	s.SetClock(func() time.Time { return time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC) })
	return s, db
}

func countRows(t *testing.T, db *store.DB, q string) int {
	var n int
	if err := db.Read().QueryRow(q).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// heldIDs maps every identity to its member's main id.
func heldIDs(t *testing.T, db *store.DB) map[string]string {
	rows, err := db.Read().Query(`SELECT i.platform || '/' || i.platform_id, m.platform_id FROM identities i JOIN members m ON m.id = i.member_id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var k, v string
		rows.Scan(&k, &v)
		out[k] = v
	}
	return out
}

// Undoing a merge recorded before schema 13 gives the members back their
// exact name keys, so they are found by name again.
func TestUndoOldMergeRederivesKeys(t *testing.T) {
	s, db := identityService(t)
	ctx := context.Background()
	a, _ := s.Create(ctx, Input{Nickname: "王伟", Platform: "douyin", PlatformID: "dy001"})
	b, _ := s.Create(ctx, Input{Nickname: "王伟🌸", Platform: "douyin"})
	_, undo, err := s.Merge(ctx, a.ID, b.ID)
	if err != nil {
		t.Fatal(err)
	}
	// As an earlier version recorded it: no name_key in the snapshots.
	if _, err := db.Write().Exec(`UPDATE undo_log SET payload = replace(replace(payload, '"name_key":"王伟🌸",', ''), '"name_key":"王伟",', '') WHERE id = ?`, undo); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Undo(ctx, undo); err != nil {
		t.Fatal(err)
	}
	if ids, _ := s.MatchSender(ctx, "douyin", "", "王伟🌸"); len(ids) != 1 || ids[0] != b.ID {
		t.Errorf("MatchSender(王伟🌸) after undo = %v, want [%d]", ids, b.ID)
	}
}
