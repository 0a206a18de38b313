package keywords_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"qunzhu/backend/activity"
	"qunzhu/backend/errs"
	"qunzhu/backend/groups"
	"qunzhu/backend/keywords"
	"qunzhu/backend/members"
	"qunzhu/backend/store"
	"qunzhu/backend/storetest"
	"qunzhu/backend/workspace"
)

type fixture struct {
	db    *store.DB
	kw    *keywords.Service
	act   *activity.Service
	group groups.Group
	dir   string
}

func newFixture(t *testing.T) fixture {
	t.Helper()
	db := storetest.Open(t)
	g, err := groups.NewService(db).Create(context.Background(),
		groups.Input{Name: "粉丝群", Platform: "whatsapp", Purpose: "core", Capacity: 500})
	if err != nil {
		t.Fatal(err)
	}
	kw := keywords.NewService(db)
	kw.UseOwners(workspace.KeywordsOwners())
	return fixture{db: db, kw: kw, act: activity.NewService(db, members.NewService(db)),
		group: g, dir: t.TempDir()}
}

// importChat imports WhatsApp lines into the fixture's group (or none when
// group is false) through the production activity import.
func (f fixture) importChat(t *testing.T, name string, group bool, lines ...string) activity.Report {
	t.Helper()
	path := filepath.Join(f.dir, name)
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	req := activity.Request{Path: path}
	if group {
		req.GroupID = f.group.ID
	}
	rep, err := f.act.Import(context.Background(), req, nil)
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

func (f fixture) seed(t *testing.T) {
	t.Helper()
	if ok, err := f.kw.Seed(context.Background(), "zh-CN"); err != nil || !ok {
		t.Fatalf("seed = %v, %v", ok, err)
	}
}

func (f fixture) scan(t *testing.T) keywords.ScanReport {
	t.Helper()
	rep, err := f.kw.Scan(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

func (f fixture) hits(t *testing.T, filter keywords.Filter) keywords.Page {
	t.Helper()
	p, err := f.kw.Hits(context.Background(), filter)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// matches lists the matched texts of a page, newest first.
func matches(p keywords.Page) string {
	var out []string
	for _, h := range p.Hits {
		out = append(out, h.Snippet.Match)
	}
	return strings.Join(out, " ")
}

func (f fixture) wordID(t *testing.T, text string) int64 {
	t.Helper()
	list, err := f.kw.List(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range list {
		if e.Text == text {
			return e.ID
		}
	}
	t.Fatalf("no word %q in the list", text)
	return 0
}

// fieldKeys returns field -> translation key of an Invalid error.
func fieldKeys(err error) map[string]string {
	out := map[string]string{}
	if err == nil {
		return out
	}
	for k, v := range errs.As(err).Fields {
		out[k] = v.Key
	}
	return out
}
