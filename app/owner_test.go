package app_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// memberWrite is SQL that writes a table backend/members owns.
var memberWrite = regexp.MustCompile(`(?is)\b(?:insert(?:\s+or\s+\w+)?\s+into|replace\s+into|update(?:\s+or\s+\w+)?|delete\s+from)\s+["` + "`" + `]?(members|memberships|identities)\b`)

// Only backend/members writes members, memberships and identities, so the
// identity rule it applies cannot be bypassed (tests, and storetest, the
// package that helps them tamper with a database, may).
func TestOnlyMembersWritesMemberTables(t *testing.T) {
	for _, dir := range []string{"../backend", ".", "../main.go"} {
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
				return err
			}
			switch filepath.ToSlash(filepath.Dir(path)) {
			case "../backend/members", "../backend/storetest":
				return nil
			}
			for _, w := range memberWrites(t, path) {
				t.Errorf("%s writes %s: call backend/members instead", path, w)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}

// memberWrites lists the member tables the string literals of a Go file write.
func memberWrites(t *testing.T, path string) []string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), path, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	ast.Inspect(f, func(n ast.Node) bool {
		if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
			s, _ := strconv.Unquote(lit.Value)
			for _, m := range memberWrite.FindAllStringSubmatch(s, -1) {
				out = append(out, m[1])
			}
		}
		return true
	})
	return out
}

func TestMemberWriteSpotsTheStatements(t *testing.T) {
	cases := []struct {
		sql  string
		want string
	}{
		{"UPDATE memberships SET role = ?", "memberships"},
		{"insert into members (nickname) values (?)", "members"},
		{"INSERT OR IGNORE INTO identities VALUES (?, ?, ?)", "identities"},
		{"DELETE FROM\n\t\tmemberships WHERE group_id = ?", "memberships"},
		{`REPLACE INTO "members" VALUES (1)`, "members"},
		{"UPDATE OR REPLACE members SET x = 1", "members"},
		{"SELECT id FROM members WHERE nick_key = ?", ""},
		{"SELECT count(*) FROM memberships", ""},
		{"INSERT INTO member_tags VALUES (?, ?)", ""},
		{"UPDATE members_search SET x = 1", ""},
		{"DELETE FROM poll_votes WHERE member_id = ?", ""},
	}
	for _, c := range cases {
		got := ""
		if m := memberWrite.FindStringSubmatch(c.sql); m != nil {
			got = m[1]
		}
		if got != c.want {
			t.Errorf("%q: got %q, want %q", c.sql, got, c.want)
		}
	}
}
