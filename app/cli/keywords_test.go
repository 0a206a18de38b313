package cli_test

import (
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"

	_ "modernc.org/sqlite"
)

type hitsJSON struct {
	Total int `json:"total"`
	Hits  []struct {
		Match    string `json:"match"`
		Before   string `json:"before"`
		After    string `json:"after"`
		Nickname string `json:"nickname"`
		Group    string `json:"group"`
		At       string `json:"at"`
		Word     struct {
			Severity int    `json:"severity"`
			Level    string `json:"level"`
			Category string `json:"category"`
		} `json:"word"`
	} `json:"hits"`
}

func hitMatches(h hitsJSON) string {
	var out []string
	for _, x := range h.Hits {
		out = append(out, x.Match)
	}
	return strings.Join(out, " ")
}

// keywords list shows the seeded defaults; hits of an imported chat are
// listed and filtered; an added word hits after the rescan the next hits
// command runs; bad words are refused with the field named.
func TestKeywordsListHitsAdd(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "q.db")
	run(t, db, "groups", "add", "--name", "粉丝群", "--platform", "whatsapp", "--capacity", "500")
	chat := strings.Join([]string{
		"01.05.2024, 10:00 - 小红: 这款是全网第一的面霜",
		"01.05.2024, 10:05 - 小明: 国家级品质，最好用",
		"02.05.2024, 09:00 - 小刚: 我要退款！",
	}, "\n") + "\n"
	file := filepath.Join(dir, "WhatsApp Chat.txt")
	os.WriteFile(file, []byte(chat), 0o644)
	if r := run(t, db, "activity", "import", file, "--group", "粉丝群"); r.code != 0 {
		t.Fatalf("import: %s", r.stderr)
	}
	list := decode[[]map[string]any](t, run(t, db, "keywords", "list", "--json"))
	if len(list) < 50 || list[0]["level"] == "" {
		t.Fatalf("keywords list = %d words: %v", len(list), list[:min(2, len(list))])
	}
	cases := []struct {
		args  []string
		want  string
		total int
	}{
		{nil, "退款 国家级 最好 全网第一", 4},
		{[]string{"--severity", "3"}, "国家级 全网第一", 2},
		{[]string{"--group", "粉丝群", "--category", "negative"}, "退款", 1},
		{[]string{"--word", "最好"}, "最好", 1},
		{[]string{"--from", "2024-05-02", "--to", "2024-05-02"}, "退款", 1},
		{[]string{"--limit", "1", "--offset", "1"}, "国家级", 4},
	}
	for _, c := range cases {
		h := decode[hitsJSON](t, run(t, db, append([]string{"keywords", "hits", "--json"}, c.args...)...))
		if got := hitMatches(h); got != c.want || h.Total != c.total {
			t.Errorf("hits %v = %q of %d, want %q of %d", c.args, got, h.Total, c.want, c.total)
		}
	}
	h := decode[hitsJSON](t, run(t, db, "keywords", "hits", "--severity", "2"))
	if x := h.Hits[0]; x.Nickname != "小刚" || x.Group != "粉丝群" || x.At != "2024-05-02T09:00:00" ||
		x.Before != "我要" || x.After != "！" || x.Word.Level != "warn" || x.Word.Category != "negative" {
		t.Errorf("hit = %+v", x)
	}
	added := decode[map[string]any](t, run(t, db, "keywords", "add", "面霜", "--category", "competitor", "--severity", "2"))
	if added["text"] != "面霜" || added["id"] == nil {
		t.Fatalf("add = %v", added)
	}
	if h := decode[hitsJSON](t, run(t, db, "keywords", "hits", "--category", "competitor")); hitMatches(h) != "面霜" {
		t.Errorf("after add: %q", hitMatches(h))
	}
	bad := []struct {
		args []string
		want string
	}{
		{[]string{"keywords", "add", "面\u200b霜"}, "already"},
		{[]string{"keywords", "add", "x", "--category", "spam"}, "category"},
		{[]string{"keywords", "add", "y", "--severity", "5"}, "between 1 and 3"},
		{[]string{"keywords", "hits", "--word", "没有"}, "not on the watch list"},
		{[]string{"keywords", "hits", "--from", "May 1"}, "not a date"},
	}
	for _, c := range bad {
		if r := run(t, db, c.args...); r.code != 1 || !strings.Contains(r.stderr, c.want) {
			t.Errorf("%v: exit %d, stderr %q", c.args, r.code, r.stderr)
		}
	}
	if r := run(t, db, "keywords", "frob"); r.code != 2 {
		t.Errorf("unknown subcommand exit %d", r.code)
	}
}

// Once the watch list is set up, `activity import` matches the new messages
// itself, as the window does: the hits are stored before any keywords command.
func TestActivityImportScansNewMessages(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "q.db")
	write := func(name string, lines ...string) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(strings.Join(lines, "\n")+"\n"), 0o644)
		return p
	}
	run(t, db, "activity", "import", write("a.txt", "01.05.2024, 10:00 - 小红: 大家好"))
	run(t, db, "keywords", "list", "--json") // sets the list up
	if r := run(t, db, "activity", "import", write("b.txt", "02.05.2024, 09:00 - 小刚: 我要退款！")); r.code != 0 {
		t.Fatalf("import: %s", r.stderr)
	}
	store, err := sql.Open("sqlite", db)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	var n int
	if err := store.QueryRow(`SELECT count(*) FROM keyword_hits`).Scan(&n); err != nil || n != 1 {
		t.Errorf("%d hits stored after the import (%v), want 1", n, err)
	}
}
