package planner_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"qunzhu/backend/errs"
	"qunzhu/backend/groups"
	"qunzhu/backend/planner"
	"qunzhu/backend/store"
	"qunzhu/backend/workspace"
)

// A database made before migration 0014 keeps each group's rules: the
// group form's text becomes planner rules, one per non-empty line, in
// order, after the rules the planner already held and without repeats.
func TestRulesMigrationMakesOneList(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "old.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.MigrateTo(ctx, 13); err != nil {
		t.Fatal(err)
	}
	_, err = db.Write().Exec(`INSERT INTO groups (id, name, name_key, platform, purpose, capacity, rules, created_at, updated_at) VALUES
		(1, 'a', 'a', 'douyin', 'core', 500, '1. 不发广告' || char(13,10) || char(10) || '  2. 不刷屏  ' || char(10) || '　' || char(10) || '3. 友善', 't', 't'),
		(2, 'b', 'b', 'douyin', 'core', 500, 'No ads' || char(10) || 'Be kind' || char(10) || 'No ads', 't', 't'),
		(3, 'c', 'c', 'douyin', 'core', 500, '', 't', 't'),
		(4, 'd', 'd', 'douyin', 'core', 500, '只有一行', 't', 't');
		INSERT INTO planner_rules (group_id, idx, text) VALUES (2, 0, 'Be kind'), (2, 1, 'No spam'), (3, 0, 'Planner only')`)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	svc := planner.NewService(db, workspace.PlannerOwners())
	g := groups.NewService(db)
	cases := []struct {
		group int64
		want  string
	}{
		{1, "1. 不发广告|2. 不刷屏|3. 友善"},
		{2, "Be kind|No spam|No ads"},
		{3, "Planner only"},
		{4, "只有一行"},
	}
	for _, c := range cases {
		rules, err := svc.Rules(ctx, c.group, "en")
		got, gerr := g.Get(ctx, c.group)
		if err != nil || gerr != nil || strings.Join(rules, "|") != c.want || got.Rules != strings.Join(rules, "\n") {
			t.Errorf("group %d: planner %q, group form %q (%v %v), want %q", c.group, rules, got.Rules, err, gerr, c.want)
		}
	}
}

// The group form and the planner edit the same list.
func TestGroupFormEditsPlannerRules(t *testing.T) {
	f := setup(t, "2026-12-02T09:00")
	g := groups.NewService(f.svc.DB())
	made, err := g.Create(f.ctx, groups.Input{Name: "新群", Platform: "qq", Purpose: "core", Capacity: 200,
		Rules: "不发广告\r\n\n不刷屏\n"})
	if err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		name string
		do   func() error
		want string // the planner's list, "|" between rules
	}{
		{"created with the form", func() error { return nil }, "不发广告|不刷屏"},
		{"saved in the planner", func() error {
			_, err := f.svc.SaveRules(f.ctx, made.ID, []string{"不发广告", "不刷屏", "友善交流"})
			return err
		}, "不发广告|不刷屏|友善交流"},
		{"edited in the form", func() error {
			in := made.Input
			in.Rules = "友善交流\n不发广告"
			_, err := g.Update(f.ctx, made.ID, in)
			return err
		}, "友善交流|不发广告"},
		{"cleared in the form: the starters", func() error {
			in := made.Input
			in.Rules = "  \n"
			_, err := g.Update(f.ctx, made.ID, in)
			return err
		}, strings.Join(planner.StarterRules("zh-CN"), "|")},
	}
	for _, s := range steps {
		if err := s.do(); err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		rules, _ := f.svc.Rules(f.ctx, made.ID, "zh-CN")
		if got := strings.Join(rules, "|"); got != s.want {
			t.Errorf("%s: planner %q, want %q", s.name, got, s.want)
		}
		form, _ := g.Get(f.ctx, made.ID)
		if strings.Contains(s.name, "starters") {
			if form.Rules != "" {
				t.Errorf("%s: form shows %q", s.name, form.Rules)
			}
		} else if form.Rules != strings.ReplaceAll(s.want, "|", "\n") {
			t.Errorf("%s: form shows %q", s.name, form.Rules)
		}
	}
}

// A bad rules text in the group form is refused naming its line, and
// nothing of the group changes.
func TestGroupFormRulesRefused(t *testing.T) {
	f := setup(t, "2026-12-02T09:00")
	g := groups.NewService(f.svc.DB())
	made, err := g.Create(f.ctx, groups.Input{Name: "新群", Platform: "qq", Purpose: "core", Capacity: 200, Rules: "不刷屏"})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, text, key string
		row             int
	}{
		{"line too long", "好\n" + strings.Repeat("长", planner.MaxRuleText+1), "err.planner.rule_text", 2},
		{"too many rules", strings.Repeat("规则\n", planner.MaxRules+1), "err.planner.rules_many", 0},
	}
	for _, c := range cases {
		in := made.Input
		in.Rules, in.Capacity = c.text, 300
		_, err := g.Update(f.ctx, made.ID, in)
		fe := errs.As(err).Fields["rules"]
		if errs.CodeOf(err) != errs.Invalid || fe.Key != c.key || (c.row != 0 && fe.Params["Row"] != c.row) {
			t.Errorf("%s: %v", c.name, err)
		}
		got, _ := g.Get(f.ctx, made.ID)
		if got.Rules != "不刷屏" || got.Capacity != 200 {
			t.Errorf("%s: group changed to %+v", c.name, got.Input)
		}
	}
}
