package summaries_test

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/RoaringBitmap/roaring/v2"

	"qunzhu/backend/activity"
	"qunzhu/backend/dashboard"
	"qunzhu/backend/groups"
	"qunzhu/backend/members"
	"qunzhu/backend/store"
	"qunzhu/backend/storetest"
)

// summaryRows lists the summary tables' rows, in order.
func summaryRows(t *testing.T, q interface {
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
}) string {
	t.Helper()
	var b strings.Builder
	for _, query := range []string{`SELECT scope, day, messages, events, speakers, reached FROM dashboard_days ORDER BY 1, 2`,
		`SELECT scope, member_id, spoke_at, seen_at, 0, 0 FROM dashboard_last ORDER BY 1, 2`,
		`SELECT scope, day, spoke, seen, 0, 0 FROM dashboard_lastdays WHERE spoke OR seen ORDER BY 1, 2`} {
		rows, err := q.QueryContext(context.Background(), query)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var v [6]int64
			if err := rows.Scan(&v[0], &v[1], &v[2], &v[3], &v[4], &v[5]); err != nil {
				t.Fatal(err)
			}
			fmt.Fprintln(&b, v)
		}
		rows.Close()
		b.WriteString("--\n")
	}
	b.WriteString(sets(t, q))
	return b.String()
}

// sets lists the days' sets, in order, as member ids.
func sets(t *testing.T, q interface {
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
}) string {
	t.Helper()
	rows, err := q.QueryContext(context.Background(), `SELECT scope, day, spoke, seen FROM dashboard_daysets ORDER BY 1, 2`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var b strings.Builder
	for rows.Next() {
		var scope, day int64
		var spoke, seen []byte
		if err := rows.Scan(&scope, &day, &spoke, &seen); err != nil {
			t.Fatal(err)
		}
		sp, se := roaring.New(), roaring.New()
		if err := sp.UnmarshalBinary(spoke); err != nil {
			t.Fatal(err)
		}
		if err := se.UnmarshalBinary(seen); err != nil {
			t.Fatal(err)
		}
		fmt.Fprintln(&b, scope, day, sp.ToArray(), se.ToArray())
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// rebuilt is what the summaries hold when counted again from every event
// (in a transaction rolled back).
func rebuilt(t *testing.T, db *store.DB) string {
	t.Helper()
	tx, err := db.Write().BeginTx(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if err := rebuild(context.Background(), tx); err != nil {
		t.Fatal(err)
	}
	return summaryRows(t, tx)
}

func checkCurrent(t *testing.T, db *store.DB, when string) {
	t.Helper()
	got, want := summaryRows(t, db.Read()), rebuilt(t, db)
	if got != want {
		t.Errorf("%s: the summaries kept\n%s\ndiffer from those counted again\n%s", when, got, want)
	}
	if strings.Count(got, "\n") < 4 || sets(t, db.Read()) == "" {
		t.Errorf("%s: hardly any summaries: %s", when, got)
	}
}

// Imports (one with a group, one without, overlapping days), a merge, its
// undo and purging the trash keep the summaries as counting them again
// from the events would, each in its own transaction.
func TestSummariesFollowTheEvents(t *testing.T) {
	ctx := context.Background()
	db := storetest.Open(t)
	m := members.NewService(db)
	m.UseEvents(activity.Log{}) // as the workspace wires it
	act := activity.NewService(db, m)
	g, err := groups.NewService(db).Create(ctx, groups.Input{Name: "粉丝群", Platform: "whatsapp", Purpose: "core", Capacity: 500})
	if err != nil {
		t.Fatal(err)
	}
	write := func(name string, lines ...string) string {
		path := filepath.Join(t.TempDir(), name)
		if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	first := write("a.txt", "02.03.2026, 10:00 - 小红: 早", "02.03.2026, 11:00 - 小明: 好",
		"03.03.2026, 09:00 - 小红: 在吗", "05.03.2026, 20:00 - 小刚: 签到")
	if _, err := act.Import(ctx, activity.Request{Path: first, GroupID: g.ID}, nil); err != nil {
		t.Fatal(err)
	}
	checkCurrent(t, db, "first import")
	second := write("b.txt", "03.03.2026, 22:00 - 小明: 晚安", "06.03.2026, 08:00 - 小红二号: 早上好")
	if _, err := act.Import(ctx, activity.Request{Path: second}, nil); err != nil {
		t.Fatal(err)
	}
	checkCurrent(t, db, "second import, no group")

	s := newDashboard(db)
	d, err := s.Get(ctx, dashboard.Request{GroupID: g.ID, From: date("2026-03-01"), To: date("2026-03-07")})
	if err != nil {
		t.Fatal(err)
	}
	// the group: 小红, 小明, 小刚 (4 messages; 小明's second came without a group).
	if d.Members != 3 || d.Messages != 4 || d.Speakers != 3 || !d.Summarized {
		t.Errorf("group after imports: members %d messages %d speakers %d summarized %v", d.Members, d.Messages, d.Speakers, d.Summarized)
	}

	var red, red2 int64
	db.Read().QueryRow(`SELECT id FROM members WHERE nickname = '小红'`).Scan(&red)
	db.Read().QueryRow(`SELECT id FROM members WHERE nickname = '小红二号'`).Scan(&red2)
	_, undoID, err := m.Merge(ctx, red, red2)
	if err != nil {
		t.Fatal(err)
	}
	checkCurrent(t, db, "merge")
	if _, err := m.Undo(ctx, undoID); err != nil {
		t.Fatal(err)
	}
	checkCurrent(t, db, "undo")

	if _, err := db.Write().Exec(`UPDATE members SET deleted_at = '2000-01-01T00:00:00Z' WHERE id = ?`, red); err != nil {
		t.Fatal(err)
	}
	m.SetClock(func() time.Time { return time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC) })
	if n, err := m.PurgeTrash(ctx); err != nil || n != 1 {
		t.Fatalf("purge: %d %v", n, err)
	}
	checkCurrent(t, db, "purge")
}
