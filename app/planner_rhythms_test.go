package app

import (
	"context"
	"path/filepath"
	"testing"

	"qunzhu/backend/errs"
	"qunzhu/backend/groups"
	"qunzhu/backend/workspace"
)

// The topic bank, audiences and the rhythm through the bound methods: the
// starters come in the user's language, "use next" fills an item, a
// missing segment is refused, and the rhythm follows the saved settings.
func TestPlannerRhythms(t *testing.T) {
	ws, err := workspace.Open(context.Background(), filepath.Join(t.TempDir(), "q.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	a := New(ws)
	a.setLanguage("zh-TW")
	g, err := ws.Groups.Create(context.Background(), groups.Input{Name: "鐵粉群", Platform: "douyin", Purpose: "core", Capacity: 500})
	if err != nil {
		t.Fatal(err)
	}
	topics, err := a.Planner.Topics(g.ID)
	if err != nil || len(topics) != 30 || topics[0].Text != "你吃過最奇葩的食物是什麼？" || topics[0].UsedAt != "" {
		t.Fatalf("topics %d %v %+v", len(topics), err, topics[:1])
	}
	in, err := a.Planner.NextTopic(g.ID, "topic", "2026-12-03")
	if err != nil || in.Start != "2026-12-03T20:00" || in.TopicID != topics[0].ID {
		t.Fatalf("next topic %+v %v", in, err)
	}
	in.AudienceTier = "lurker"
	made, err := a.Planner.Create(in, RecurrenceDTO{})
	if err != nil || made[0].AudienceTier != "lurker" {
		t.Fatalf("create %+v %v", made, err)
	}
	after, _ := a.Planner.Topics(g.ID)
	for _, tp := range after {
		if tp.ID == in.TopicID && (tp.UsedAt == "" || tp.ItemID != made[0].ID) {
			t.Errorf("topic not marked used: %+v", tp)
		}
	}
	in.TopicID, in.AudienceTier, in.AudienceSegment = 0, "", 404
	if _, err := a.Planner.Create(in, RecurrenceDTO{}); errs.As(err).Code != errs.NotFound {
		t.Errorf("missing segment: %v", err)
	}
	r, err := a.Planner.Rhythm("2026-12-03", g.ID)
	if err != nil || len(r.Tiers) != 4 || r.Tiers[2].Tier != "lurker" || r.Tiers[2].Status != "ok" || r.Tiers[0].Status != "none" {
		t.Fatalf("rhythm %+v %v", r, err)
	}
	st, _ := a.Planner.RhythmSettings()
	st.LurkerMinPerWeek, st.LurkerMaxPerWeek = 2, 3
	if _, err := a.Planner.SaveRhythmSettings(st); err != nil {
		t.Fatal(err)
	}
	if r, _ := a.Planner.Rhythm("2026-12-03", g.ID); r.Tiers[2].Status != "low" || r.Tiers[2].Min != 2 {
		t.Errorf("after raising the lurker minimum: %+v", r.Tiers[2])
	}
}
