package app_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// owners names, for each table, the one package whose SQL may name it
// (issue 18). Others call the owner's functions; read models that join
// several tables are exported by the owner of the table they are about.
var owners = map[string][]string{
	"settings":  {"settings"},
	"members":   {"members", "memberships", "identities", "member_tags", "tags", "segments", "undo_items", "undo_log", "imports", "member_tiers"},
	"activity":  {"events", "list_changes", "list_changes_since"},
	"summaries": {"dashboard_days", "dashboard_daysets", "dashboard_last", "dashboard_lastdays", "dashboard_tiers"},
	"groups":    {"groups"},
	"planner":   {"planner_items", "planner_rules", "planner_ladder", "planner_admins", "planner_admin_members", "planner_topics", "planner_topic_seeded", "planner_violations"},
	"keywords":  {"watch_words", "keyword_hits", "keyword_hit_states", "keyword_state"},
	"polls":     {"polls", "poll_options", "poll_votes"},
	"lottery":   {"lotteries", "lottery_entrants", "lottery_picks", "lottery_replacements"},
	"invites":   {"invite_batches", "invite_drafts", "invite_templates", "invite_variants", "invite_settings"},
	"rewards":   {"invite_links", "invite_link_changes", "invite_referrals", "reward_campaigns", "reward_steps", "rewards_given"},
	"points":    {"points_manual", "points_overrides", "points_totals"},
	"badges":    {"member_badges"},
}

// legacy lists the "package table" pairs that still name a table the
// package does not own. It only shrinks: the test fails when a pair is
// gone from the code but still listed, and when a new pair appears.
var legacy = map[string]bool{
	"keywords events": true,
}

// tableRef is SQL that names a table: after FROM, JOIN, INTO, UPDATE or TABLE.
var tableRef = regexp.MustCompile(`(?i)\b(?:from|join|into|update(?:\s+or\s+\w+)?|table(?:\s+if\s+(?:not\s+)?exists)?)\s+["` + "`" + `]?([a-z_]+)\b`)

func TestEachTableHasOneOwner(t *testing.T) {
	owner := map[string]string{}
	for pkg, tables := range owners {
		for _, tb := range tables {
			if prev, ok := owner[tb]; ok {
				t.Errorf("table %s has two owners: %s and %s", tb, prev, pkg)
			}
			owner[tb] = pkg
		}
	}
	found := foreignTables(t, owner)
	for _, pair := range found {
		if !legacy[pair] {
			t.Errorf("%s: the SQL of this package names a table it does not own; call the owner's functions instead", pair)
		}
	}
	seen := map[string]bool{}
	for _, pair := range found {
		seen[pair] = true
	}
	for pair := range legacy {
		if !seen[pair] {
			t.Errorf("%s is fixed: remove it from the legacy list", pair)
		}
	}
	t.Logf("packages whose SQL names a foreign table: %d pairs", len(found))
}

// foreignTables lists "package table" pairs, package relative to backend/
// ("app" and "main" outside it), for SQL that names a table another
// package owns. Migrations (in store) and test files are not looked at.
func foreignTables(t *testing.T, owner map[string]string) []string {
	t.Helper()
	set := map[string]bool{}
	for _, dir := range []string{"../backend", ".", "../main.go"} {
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
				return err
			}
			pkg := packageOf(path)
			if pkg == "store" || pkg == "storetest" {
				return nil
			}
			for _, tb := range tablesNamed(t, path) {
				if o, ok := owner[tb]; ok && o != pkg {
					set[pkg+" "+tb] = true
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	out := make([]string, 0, len(set))
	for p := range set {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}

func packageOf(path string) string {
	p := filepath.ToSlash(filepath.Dir(path))
	switch {
	case strings.HasPrefix(p, "../backend/"):
		return strings.SplitN(strings.TrimPrefix(p, "../backend/"), "/", 2)[0]
	case p == "..":
		return "main"
	}
	return "app"
}

// tablesNamed lists the tables the string literals of a Go file name in SQL.
func tablesNamed(t *testing.T, path string) []string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), path, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	ast.Inspect(f, func(n ast.Node) bool {
		if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
			s, _ := strconv.Unquote(lit.Value)
			for _, m := range tableRef.FindAllStringSubmatch(s, -1) {
				out = append(out, strings.ToLower(m[1]))
			}
		}
		return true
	})
	return out
}

func TestTableRefSpotsTheStatements(t *testing.T) {
	cases := map[string]string{
		"SELECT id FROM members WHERE x":             "members",
		"select * from events e JOIN\n\tmemberships": "events memberships",
		"INSERT OR IGNORE INTO identities VALUES":    "identities",
		"UPDATE OR REPLACE members SET x = 1":        "members",
		`DELETE FROM "poll_votes" WHERE id = ?`:      "poll_votes",
		"CREATE TABLE IF NOT EXISTS temp_x (a)":      "temp_x",
		"count the members who joined":               "",
	}
	for sql, want := range cases {
		var got []string
		for _, m := range tableRef.FindAllStringSubmatch(sql, -1) {
			got = append(got, strings.ToLower(m[1]))
		}
		if g := strings.Join(got, " "); g != want {
			t.Errorf("%q: got %q, want %q", sql, g, want)
		}
	}
}
