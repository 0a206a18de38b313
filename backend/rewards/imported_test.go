package rewards

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"qunzhu/backend/errs"
	"qunzhu/backend/memberimport"
	"qunzhu/backend/members"
)

// A member file's 邀请人 column names the inviter by id, else by a unique
// exact nickname (also one imported in the same file); namesakes, unknown
// names and self-invitations are reported by line, in the preview as in
// the import, and those rows are left out like any invalid row.
func TestInviterFromImportColumn(t *testing.T) {
	f := newFixture(t)
	for _, m := range []struct{ nick, id string }{{"小美", "dy001"}, {"阿花", "dy010"}, {"阿花", "dy011"}} {
		if _, err := f.mem.Create(ctx, members.Input{Nickname: m.nick, Platform: "douyin", PlatformID: m.id}); err != nil {
			t.Fatal(err)
		}
	}
	csv := "昵称,抖音号,邀请人\n" +
		"张三,dy101,dy001\n" + // row 2: by id
		"李四,dy102,小美\n" + // row 3: by exact nickname
		"王五,dy103,阿花\n" + // row 4: two 阿花: ambiguous
		"赵六,dy104,无名氏\n" + // row 5: nobody
		"钱七,dy105,张三\n" + // row 6: 张三 of row 2
		"孙八,dy106,dy106\n" + // row 7: themselves
		"周九,dy107,\n" // row 8: no inviter
	path := filepath.Join(t.TempDir(), "fans.csv")
	if err := os.WriteFile(path, []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	req := memberimport.Request{Source: memberimport.Source{Path: path}, Platform: "douyin", OnDuplicate: members.OnDuplicateUpdate}
	rep, err := f.imp.Run(ctx, req, nil)
	wantProblems := []string{"4 inviter err.rewards.inviter_ambiguous 阿花", "5 inviter err.rewards.inviter_unknown 无名氏", "7 inviter err.rewards.self "}
	if errs.CodeOf(err) != errs.Invalid || !slices.Equal(problems(rep.Invalid), wantProblems) {
		t.Fatalf("without skipping: %v, problems %v; want %v", err, problems(rep.Invalid), wantProblems)
	}
	if n, _ := f.mem.Count(ctx, members.Filter{}); n != 3 {
		t.Fatalf("refused import stored members: %d, want the 3 from before", n)
	}
	pre, err := f.imp.Preview(ctx, req)
	if err != nil || pre.Valid != 4 || !slices.Equal(problems(pre.Problems), wantProblems) {
		t.Fatalf("preview: valid %d, problems %v, %v", pre.Valid, problems(pre.Problems), err)
	}
	req.SkipInvalid = true
	rep, err = f.imp.Run(ctx, req, nil)
	if err != nil || rep.Added != 4 || !slices.Equal(problems(rep.Invalid), wantProblems) {
		t.Fatalf("skipping: %+v %v", rep, err)
	}
	ids := map[string]int64{}
	rows, _ := f.mem.List(ctx, members.Query{Limit: 100})
	for _, r := range rows {
		ids[r.Nickname+r.PlatformID] = r.ID
	}
	if len(rows) != 7 {
		t.Errorf("%d members, want 3 + 4 imported (the rows with a bad inviter are left out)", len(rows))
	}
	want := map[string]string{"张三dy101": "小美", "李四dy102": "小美", "钱七dy105": "张三", "周九dy107": ""}
	for who, inviter := range want {
		l, _, err := f.svc.Inviter(ctx, ids[who])
		if err != nil || l.Inviter != inviter || (inviter != "" && l.Source != SourceImport) {
			t.Errorf("%s: inviter %q (%s) %v, want %q from import", who, l.Inviter, l.Source, err, inviter)
		}
	}
	if err := f.svc.UndoInviter(ctx, ids["钱七dy105"]); err != nil { // an imported link is undone like one by hand
		t.Fatal(err)
	}
	if l, ok, _ := f.svc.Inviter(ctx, ids["钱七dy105"]); ok {
		t.Errorf("after undo: %+v", l)
	}
}

func problems(ps []members.Problem) []string {
	out := []string{}
	for _, p := range ps {
		name, _ := p.Params["Name"].(string)
		out = append(out, strconv.Itoa(p.Row)+" "+p.Field+" "+p.Key+" "+name)
	}
	return out
}

// The preview counts the people a name may mean across the members
// already there and the file's rows, once each.
func TestImportedInviterNamesCountPeopleOnce(t *testing.T) {
	cases := []struct {
		name string
		rows []string
		want []string
	}{
		{"the file's row is the member there (same id)", []string{"小美,dy001,", "甲,dy201,小美"}, []string{}},
		{"a second 小美 with a new id", []string{"小美,dy202,", "甲,dy201,小美"}, []string{"3 inviter err.rewards.inviter_ambiguous 小美"}},
		{"a name twice in the file", []string{"乙,dy301,", "乙,dy302,", "丙,dy303,乙"}, []string{"4 inviter err.rewards.inviter_ambiguous 乙"}},
		{"one's own name", []string{"丁,dy401,丁"}, []string{"2 inviter err.rewards.self "}},
		{"an id nobody has", []string{"戊,dy501,dy999"}, []string{"2 inviter err.rewards.inviter_unknown dy999"}},
		{"an id of the file", []string{"己,dy601,dy602", "庚,dy602,"}, []string{}},
	}
	for _, c := range cases {
		f := newFixture(t)
		if _, err := f.mem.Create(ctx, members.Input{Nickname: "小美", Platform: "douyin", PlatformID: "dy001"}); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(t.TempDir(), "f.csv")
		os.WriteFile(path, []byte("昵称,抖音号,邀请人\n"+strings.Join(c.rows, "\n")+"\n"), 0o644)
		pre, err := f.imp.Preview(ctx, memberimport.Request{Source: memberimport.Source{Path: path}, Platform: "douyin", OnDuplicate: members.OnDuplicateUpdate})
		if got := problems(pre.Problems); err != nil || !slices.Equal(got, c.want) {
			t.Errorf("%s: %v %v, want %v", c.name, got, err, c.want)
		}
	}
}
