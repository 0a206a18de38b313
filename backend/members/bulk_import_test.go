package members

import (
	"context"
	"fmt"
	"math/rand"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"qunzhu/backend/store"
)

// The chunked import stores exactly what importing row by row stores, for
// random files full of repeated ids and nicknames, invalid rows, existing
// and trashed members, in every duplicate mode.
func TestBulkImportMatchesRowByRow(t *testing.T) {
	defer func(n int) { bulkMin = n }(bulkMin)
	for seed := int64(1); seed <= 12; seed++ {
		bulkMin = []int{100, 100000}[seed%2] // with and without rebuilding indexes
		for _, mode := range []string{OnDuplicateUpdate, OnDuplicateSkip, OnDuplicateKeep} {
			r := rand.New(rand.NewSource(seed))
			drafts := randomDrafts(r, 700)
			bulk, bulkRep := importInto(t, drafts, mode, false)
			rows, rowsRep := importInto(t, drafts, mode, true)
			if bulkRep != rowsRep {
				t.Fatalf("seed %d %s: reports differ\nchunked:    %s\nrow by row: %s", seed, mode, bulkRep, rowsRep)
			}
			if bulk != rows {
				t.Fatalf("seed %d %s: stored rows differ\nchunked:\n%s\nrow by row:\n%s", seed, mode, bulk, rows)
			}
		}
	}
}

var (
	testNicks = []string{"张三", "李四", "ＡＢＣ", "abc", "小明🌟", "小明", "王五", "赵六", "", "钱七", "\u200b小明"}
	testTags  = []string{"铁粉", "老粉", "新"}
)

func randomDrafts(r *rand.Rand, n int) []Draft {
	out := make([]Draft, n)
	for i := range out {
		d := Draft{Row: i + 2, Nickname: testNicks[r.Intn(len(testNicks))], Platform: []string{"douyin", "qq"}[r.Intn(2)]}
		if r.Intn(3) > 0 {
			d.PlatformID = fmt.Sprintf("id%d", r.Intn(400))
		}
		if r.Intn(4) == 0 {
			d.FanLevel = ptr(r.Intn(110)) // above 99 is invalid
		}
		if r.Intn(3) == 0 {
			d.Tags = []string{testTags[r.Intn(len(testTags))]}
		}
		if r.Intn(5) == 0 {
			d.Remark = fmt.Sprintf("备注%d", r.Intn(5))
		}
		out[i] = d
	}
	return out
}

// importInto imports drafts into a fresh database holding a few members
// (one of them in the trash) and returns the report and every stored row.
func importInto(t *testing.T, drafts []Draft, mode string, rowByRow bool) (string, string) {
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "q.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	s := NewService(db)
	s.SetClock(func() time.Time { return time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC) })
	s.rowByRow = rowByRow
	for i, nick := range []string{"张三", "李四", "abc", "王五"} {
		s.Create(ctx, Input{Nickname: nick, Platform: "douyin", PlatformID: fmt.Sprintf("id%d", i*7)})
	}
	s.Bulk(ctx, BulkRequest{Selection: Selection{IDs: []int64{4}}, Action: ActionTrash})
	if _, err := db.Write().Exec(`INSERT INTO groups (name, name_key, platform, purpose, capacity, created_at, updated_at)
		VALUES ('g', 'g', 'douyin', 'core', 500, '', '')`); err != nil {
		t.Fatal(err)
	}
	rep, err := s.Import(ctx, drafts, ImportOptions{OnDuplicate: mode, SkipInvalid: true, GroupID: 1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	report := fmt.Sprintf("added %d updated %d skipped %d invalid %d ambiguous %v", rep.Added, rep.Updated, rep.Skipped,
		len(rep.Invalid), rep.Ambiguous)
	return dump(t, db), report
}

func dump(t *testing.T, db *store.DB) string {
	var sb strings.Builder
	for _, q := range []string{
		`SELECT id, nickname || '/' || name_key, nick_key, nick_sort, remark, platform, platform_id, coalesce(follow_since, ''), fan_level,
			iron_fan, source, notes, search, coalesce(deleted_at, '') FROM members ORDER BY id`,
		`SELECT platform, platform_id, member_id, '', '', '', '', '', '', '', '', '', '', '' FROM identities ORDER BY 1, 2`,
		`SELECT m.member_id, t.name, '', '', '', '', '', '', '', '', '', '', '', '' FROM member_tags m JOIN tags t ON t.id = m.tag_id ORDER BY 1, 2`,
		`SELECT group_id, member_id, role, status, coalesce(joined_at, ''), '', '', '', '', '', '', '', '', '' FROM memberships ORDER BY 1, 2`,
		`SELECT type, name, coalesce(sql, ''), '', '', '', '', '', '', '', '', '', '', '' FROM sqlite_schema ORDER BY name`,
	} {
		rows, err := db.Read().Query(q)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			v := make([]any, 14)
			for i := range v {
				v[i] = new(any)
			}
			if err := rows.Scan(v...); err != nil {
				t.Fatal(err)
			}
			for _, x := range v {
				fmt.Fprintf(&sb, "%v|", *(x.(*any)))
			}
			sb.WriteString("\n")
		}
		rows.Close()
	}
	return sb.String()
}
