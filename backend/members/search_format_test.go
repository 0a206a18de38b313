package members_test

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"qunzhu/backend/fold"
	"qunzhu/backend/members"
	"qunzhu/backend/settings"
	"qunzhu/backend/store"
	"qunzhu/backend/storetest"
)

// oldSearch holds search texts as the folding before version 2 stored
// them: no Traditional → Simplified, one reading per character.
var oldSearch = map[string]string{
	"陳小明":  "陳小明\x1fchenxiaoming\x1fcxm\x1fdy1",
	"单晓明":  "单晓明\x1fdanxiaoming\x1fdxm\x1fdy2",
	"曾小贤":  "曾小贤\x1fcengxiaoxian\x1fcxx\x1fdy3",
	"廣告小號": "廣告小號\x1fguanggaoxiaohao\x1fggxh\x1fdy4",
}

// An old database's search texts are re-derived once, when the index
// first loads, so the new folding finds its members.
func TestOldSearchTextsAreRebuilt(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	ctx := context.Background()
	writeOldDatabase(t, path)

	db := storetest.OpenAt(t, path)
	s := members.NewService(db)
	cases := []struct {
		q    string
		want []string
	}{
		{"陈", []string{"陳小明"}},
		{"陳", []string{"陳小明"}},
		{"shan", []string{"单晓明"}},
		{"danxiao", []string{"单晓明"}},
		{"單曉明", []string{"单晓明"}},
		{"zeng", []string{"曾小贤"}},
		{"广告", []string{"廣告小號"}},
		{"xiaoming", []string{"陳小明", "单晓明"}},
	}
	for _, c := range cases {
		rows, err := s.List(ctx, members.Query{Filter: members.Filter{Search: c.q}})
		if got := names(rows); err != nil || !sameSet(got, c.want) {
			t.Errorf("search %q = %v, %v; want %v", c.q, got, err, c.want)
		}
	}
	if v, err := settings.FormatOf(ctx, db.Read(), "members.search"); v != fold.SearchVersion || err != nil {
		t.Errorf("recorded search format = %d, %v; want %d", v, err, fold.SearchVersion)
	}
	assertSearchTexts(t, db)
}

// writeOldDatabase stores members and then puts back the texts the old
// folding made, with no format recorded, as a database from before
// version 2 holds them.
func writeOldDatabase(t *testing.T, path string) {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	s := members.NewService(db)
	for i, name := range []string{"陳小明", "单晓明", "曾小贤", "廣告小號"} {
		if _, err := s.Create(ctx, members.Input{Nickname: name, Platform: "douyin", PlatformID: "dy" + string(rune('1'+i))}); err != nil {
			t.Fatal(err)
		}
	}
	for name, text := range oldSearch {
		if _, err := db.Write().ExecContext(ctx, `UPDATE members SET search = ? WHERE nickname = ?`, text, name); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.Write().ExecContext(ctx, `DELETE FROM settings WHERE key LIKE 'format.%'`); err != nil {
		t.Fatal(err)
	}
}

// assertSearchTexts checks every stored text is what the folding makes now.
func assertSearchTexts(t *testing.T, db *store.DB) {
	t.Helper()
	rows, err := db.Read().Query(`SELECT nickname, remark, platform_id, search FROM members`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var nick, remark, pid, text string
		if err := rows.Scan(&nick, &remark, &pid, &text); err != nil {
			t.Fatal(err)
		}
		if want := fold.Search(nick, remark, pid); text != want {
			t.Errorf("%s: stored search %q, want %q", nick, text, want)
		}
	}
}

// A database whose format is current is not rebuilt again: the texts
// stay as they are stored.
func TestCurrentSearchTextsAreKept(t *testing.T) {
	path := filepath.Join(t.TempDir(), "q.db")
	ctx := context.Background()
	db := storetest.OpenAt(t, path)
	s := members.NewService(db)
	if _, err := s.Create(ctx, members.Input{Nickname: "王伟", Platform: "qq"}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.List(ctx, members.Query{Filter: members.Filter{Search: "ww"}}); err != nil {
		t.Fatal(err) // the first load records the format
	}
	if _, err := db.Write().ExecContext(ctx, `UPDATE members SET search = 'marker'`); err != nil {
		t.Fatal(err)
	}
	rows, err := members.NewService(db).List(ctx, members.Query{Filter: members.Filter{Search: "marker"}})
	if got := names(rows); err != nil || !slices.Equal(got, []string{"王伟"}) {
		t.Errorf("search marker = %v, %v; want the text kept", got, err)
	}
}

func sameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}
