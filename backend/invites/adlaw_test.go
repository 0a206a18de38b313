package invites

import (
	"context"
	"strings"
	"testing"
	"time"

	"qunzhu/backend/groups"
	"qunzhu/backend/keywords"
	"qunzhu/backend/planner"
	"qunzhu/backend/polls"
	"qunzhu/backend/store"
	"qunzhu/locales"
)

// words renders each text's findings as "word@start-end", "|" between texts.
func words(texts []string, found [][]string) string {
	return strings.Join(func() []string {
		out := make([]string, len(texts))
		for i := range texts {
			out[i] = strings.Join(found[i], ",")
		}
		return out
	}(), "|")
}

func (f *fixture) adLaw(texts []string, lang string) string {
	f.t.Helper()
	got, err := f.svc.CheckAdLaw(ctx, texts, lang)
	if err != nil || len(got) != len(texts) {
		f.t.Fatalf("check = %v, %v", got, err)
	}
	found := make([][]string, len(got))
	for i, ps := range got {
		for _, p := range ps {
			w := texts[i][p.Span.Start:p.Span.End]
			if p.Key != "ui.invites.check.adlaw" || p.Params["Word"] != w || p.Level != "warning" {
				f.t.Errorf("problem %+v", p)
			}
			found[i] = append(found[i], w)
		}
	}
	return words(texts, found)
}

// The invitations' ad-law check runs on every text Qunzhu prepares for
// pasting, made by the production code: a planner item's text, a poll's
// 接龙, the care message, a group's announcement.
func TestAdLawOnTextsToPaste(t *testing.T) {
	f := newFixture(t)
	g := f.group("铁粉群", 500, 0, 0, false)
	in := g.Input
	in.Announcement = "本群福利：全网第一的面霜，国家级品质"
	g, err := f.grp.Update(ctx, g.ID, in)
	if err != nil {
		t.Fatal(err)
	}
	db := f.svc.db
	pl := planner.NewService(db, plannerOwners())
	items, err := pl.Create(ctx, planner.Input{GroupID: g.ID, Kind: "preview", Title: "新品预告", Start: time.Date(2026, 5, 2, 20, 0, 0, 0, time.UTC),
		Minutes: 60, Notes: "史上最低价，错过等一年"}, planner.Recurrence{})
	if err != nil {
		t.Fatal(err)
	}
	itemText, err := pl.Text(ctx, items[0].ID, "zh-CN")
	if err != nil {
		t.Fatal(err)
	}
	poll, err := polls.NewService(db).Create(ctx, polls.Input{Question: "下次直播选哪款？", Options: []string{"顶级面霜", "口红"}})
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{itemText, polls.JielongText(poll, "1. 小明 A", ""), locales.Localize("en", "ui.health.care.draft", nil), g.Announcement, ""}
	want := "最低价|顶级||全网第一,国家级|"
	if got := f.adLaw(texts, "zh-CN"); got != want {
		t.Errorf("findings %q, want %q\ntexts %q", got, want, texts)
	}
}

// The check uses the invitation settings' own list when one is saved, and
// the bounds hold.
func TestAdLawCustomListAndBounds(t *testing.T) {
	f := newFixture(t)
	st, err := f.svc.Settings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	st.Words = []keywords.Word{{Text: "包治百病", Category: keywords.AdLaw, Severity: keywords.SeverityAct, Note: "医疗用语"}}
	if _, err := f.svc.SaveSettings(ctx, st); err != nil {
		t.Fatal(err)
	}
	if got := f.adLaw([]string{"全网第一，包治百病", "包治百病"}, "zh-CN"); got != "包治百病|包治百病" {
		t.Errorf("custom list: %q", got)
	}
	many := make([]string, MaxCheckTexts+5)
	long := strings.Repeat("好", MaxCheckText) + "包治百病"
	many[0] = long
	got, err := f.svc.CheckAdLaw(ctx, many, "zh-CN")
	if err != nil || len(got) != MaxCheckTexts || len(got[0]) != 0 {
		t.Errorf("bounds: %d results, first %v, %v", len(got), got[0], err)
	}
}

// plannerOwners are the groups' functions the planner needs to create and
// show an item (workspace.PlannerOwners has them all, but the workspace
// imports invites).
func plannerOwners() planner.Owners {
	return planner.Owners{
		GroupNames: func(ctx context.Context, q store.Queryer, ids []int64) (map[int64]string, error) {
			return groups.NamesByID(ctx, q, ids)
		},
		GroupExists: groups.Exists,
	}
}
