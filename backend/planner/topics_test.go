package planner_test

import (
	"strings"
	"testing"

	"qunzhu/backend/errs"
	"qunzhu/backend/planner"
)

func unused(list []planner.Topic, kind string) int {
	n := 0
	for _, t := range list {
		if t.Kind == kind && !t.Used() {
			n++
		}
	}
	return n
}

// A group's bank gets the starter topics once, in the user's language,
// per group; deleting them all does not bring them back.
func TestTopicBankSeedsOnce(t *testing.T) {
	f := setup(t, "2026-12-02T09:00")
	list, err := f.svc.Topics(f.ctx, f.group, "zh-CN")
	if err != nil {
		t.Fatal(err)
	}
	if want := len(planner.TopicKinds) * planner.StartersPerKind; len(list) != want {
		t.Fatalf("starters: got %d topics, want %d", len(list), want)
	}
	if list[0].Kind != "topic" || list[0].Text != "你吃过最奇葩的食物是什么？" {
		t.Errorf("first starter %+v", list[0])
	}
	en, _ := f.svc.Topics(f.ctx, f.other, "en")
	if en[0].Text != "What is the strangest food you have ever eaten?" {
		t.Errorf("the other group's bank in English: %+v", en[0])
	}
	for _, tp := range list {
		if err := f.svc.DeleteTopic(f.ctx, tp.ID); err != nil {
			t.Fatal(err)
		}
	}
	again, err := f.svc.Topics(f.ctx, f.group, "en")
	if err != nil || len(again) != 0 {
		t.Errorf("after deleting every topic: %d topics, %v; want none (seeded once)", len(again), err)
	}
}

// "Use next" drafts an item from the oldest unused topic at 20:00;
// saving it marks the topic used, the next draft takes the next topic, a
// used topic cannot be taken by another item and can be reused.
func TestUseNextTopic(t *testing.T) {
	f := setup(t, "2026-12-02T09:00")
	list, _ := f.svc.Topics(f.ctx, f.group, "zh-CN")
	day := at(t, "2026-12-03T00:00")
	draft, err := f.svc.NextDraft(f.ctx, f.group, "idiom_chain", day, "zh-CN")
	if err != nil {
		t.Fatal(err)
	}
	if draft.Title != "一心一意" || planner.Wall(draft.Start) != "2026-12-03T20:00" || draft.Kind != "idiom_chain" ||
		draft.Category != planner.Emotional || draft.TopicID == 0 {
		t.Fatalf("draft %+v", draft)
	}
	made, err := f.svc.Create(f.ctx, draft, planner.Recurrence{})
	if err != nil {
		t.Fatal(err)
	}
	after, _ := f.svc.Topics(f.ctx, f.group, "zh-CN")
	if got, want := unused(after, "idiom_chain"), unused(list, "idiom_chain")-1; got != want {
		t.Errorf("unused idiom topics %d, want %d", got, want)
	}
	used := after[len(after)-1]
	for _, tp := range after {
		if tp.ID == draft.TopicID {
			used = tp
		}
	}
	if !used.Used() || used.ItemID != made[0].ID {
		t.Errorf("the topic is not marked used by item %d: %+v", made[0].ID, used)
	}
	if text, err := f.svc.Text(f.ctx, made[0].ID, "zh-CN"); err != nil || !strings.HasPrefix(text, "【成语接龙】一心一意\n20:00 开始") {
		t.Errorf("the text to paste: %q %v", text, err)
	}
	next, _ := f.svc.NextDraft(f.ctx, f.group, "idiom_chain", day, "zh-CN")
	if next.Title != "万事如意" {
		t.Errorf("next draft %q, want the second topic", next.Title)
	}
	draft.Start = at(t, "2026-12-04T20:00")
	_, err = f.svc.Create(f.ctx, draft, planner.Recurrence{})
	if e := errs.As(err); e.Code != errs.Conflict || e.Key != "err.planner.topic_used" {
		t.Errorf("second use of a topic: %v", err)
	}
	back, err := f.svc.ReuseTopic(f.ctx, draft.TopicID)
	if err != nil || back.Used() {
		t.Errorf("reuse: %+v %v", back, err)
	}
}

// Deleting an item (or its series) puts its topic back in the bank unused;
// a series uses its topic once, on its first item.
func TestDeletedItemReleasesTopic(t *testing.T) {
	f := setup(t, "2026-12-02T09:00")
	draft, err := f.svc.NextDraft(f.ctx, f.group, "checkin", at(t, "2026-12-03T00:00"), "en")
	if err != nil {
		t.Fatal(err)
	}
	made, err := f.svc.Create(f.ctx, draft, planner.Recurrence{Freq: planner.Daily, Count: 3})
	if err != nil || len(made) != 3 {
		t.Fatalf("series: %d %v", len(made), err)
	}
	isUsed := func() planner.Topic {
		list, _ := f.svc.Topics(f.ctx, f.group, "en")
		for _, tp := range list {
			if tp.ID == draft.TopicID {
				return tp
			}
		}
		t.Fatal("topic gone")
		return planner.Topic{}
	}
	if tp := isUsed(); !tp.Used() || tp.ItemID != made[0].ID {
		t.Fatalf("after the series: %+v", tp)
	}
	if _, err := f.svc.Delete(f.ctx, made[1].ID, false); err != nil {
		t.Fatal(err)
	}
	if tp := isUsed(); !tp.Used() {
		t.Errorf("deleting another item of the series released the topic")
	}
	if n, err := f.svc.Delete(f.ctx, made[2].ID, true); err != nil || n != 2 {
		t.Fatalf("delete series: %d %v", n, err)
	}
	if tp := isUsed(); tp.Used() || tp.ItemID != 0 {
		t.Errorf("after deleting the series the topic is still used: %+v", tp)
	}
}

func TestTopicRefusals(t *testing.T) {
	f := setup(t, "2026-12-02T09:00")
	f.svc.Topics(f.ctx, f.group, "en")
	other, _ := f.svc.NextDraft(f.ctx, f.other, "topic", at(t, "2026-12-03T00:00"), "en")
	cases := []struct {
		name string
		run  func() error
		key  string
	}{
		{"unknown kind", func() error { _, err := f.svc.AddTopic(f.ctx, f.group, "poem", "x"); return err }, "err.planner.topic_kind"},
		{"empty text", func() error { _, err := f.svc.AddTopic(f.ctx, f.group, "topic", "  "); return err }, "err.planner.topic_text"},
		{"no such group", func() error { _, err := f.svc.AddTopic(f.ctx, 999, "topic", "x"); return err }, "err.planner.no_group"},
		{"another group's topic", func() error {
			in := other
			in.GroupID = f.group
			_, err := f.svc.Create(f.ctx, in, planner.Recurrence{})
			return err
		}, "err.planner.topic_group"},
		{"no topic left", func() error {
			list, _ := f.svc.Topics(f.ctx, f.group, "en")
			for _, tp := range list {
				if tp.Kind == "riddle" {
					f.svc.DeleteTopic(f.ctx, tp.ID)
				}
			}
			_, err := f.svc.NextDraft(f.ctx, f.group, "riddle", at(t, "2026-12-03T00:00"), "en")
			return err
		}, "err.planner.topics_empty"},
	}
	for _, c := range cases {
		err := c.run()
		if got := errKey(err); got != c.key {
			t.Errorf("%s: got %v, want %s", c.name, err, c.key)
		}
	}
	// Nothing half-done: the refused item was not stored.
	items, _ := f.svc.List(f.ctx, planner.Range{From: at(t, "2026-12-01T00:00"), To: at(t, "2026-12-31T00:00")})
	if len(items) != 0 {
		t.Errorf("%d items stored by refused calls", len(items))
	}
}

// keyOf is an error's key, or for an Invalid error its one field's key.
func errKey(err error) string {
	if err == nil {
		return ""
	}
	e := errs.As(err)
	for _, f := range e.Fields {
		return f.Key
	}
	return e.Key
}
