package keywords_test

import (
	"context"
	"testing"

	"qunzhu/backend/errs"
	"qunzhu/backend/keywords"
)

// states lists the listed hits' states in page order.
func states(p keywords.Page) string {
	out := ""
	for i, h := range p.Hits {
		if i > 0 {
			out += " "
		}
		out += h.Word.Text + "=" + h.State
	}
	return out
}

// A hit's response is kept by its message and word: a full rescan, which
// recreates every hit row, keeps it; filters select by it; pending clears it.
func TestHitStatesSurviveRescan(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	f.seed(t)
	f.importChat(t, "chat.txt", true, adChat...)
	f.scan(t)
	all := f.hits(t, keywords.Filter{})
	if got := states(all); got != "最=pending 退款=pending 国家级=pending 最好=pending 全网第一=pending" {
		t.Fatalf("fresh hits: %s", got)
	}
	set := []struct {
		hit   int
		state string
	}{{1, keywords.StateReminded}, {2, keywords.StateHandled}, {4, keywords.StateNoted}, {4, keywords.StateHandled}, {0, keywords.StateNoted}, {0, keywords.StatePending}}
	for _, s := range set {
		h := all.Hits[s.hit]
		if err := f.kw.SetState(ctx, keywords.HitKey{EventID: h.EventID, WordID: h.Word.ID}, s.state); err != nil {
			t.Fatalf("set %s %s: %v", h.Word.Text, s.state, err)
		}
	}
	want := "最=pending 退款=reminded 国家级=handled 最好=pending 全网第一=handled"
	if got := states(f.hits(t, keywords.Filter{})); got != want {
		t.Errorf("after setting: %s, want %s", got, want)
	}
	if _, err := f.kw.Rescan(ctx, nil); err != nil {
		t.Fatal(err)
	}
	if got := states(f.hits(t, keywords.Filter{})); got != want {
		t.Errorf("after a full rescan: %s, want %s", got, want)
	}
	cases := []struct{ state, want string }{
		{"handled", "国家级=handled 全网第一=handled"},
		{"pending", "最=pending 最好=pending"},
		{"reminded", "退款=reminded"},
		{"noted", ""},
	}
	for _, c := range cases {
		p := f.hits(t, keywords.Filter{State: c.state})
		counts, _ := f.kw.Count(ctx, keywords.Filter{State: c.state})
		if got := states(p); got != c.want || p.Total != len(p.Hits) || counts.Total != len(p.Hits) {
			t.Errorf("state %s: %s (total %d, counted %d), want %s", c.state, got, p.Total, counts.Total, c.want)
		}
	}
}

// A bad state, or a hit that is not stored, is refused and nothing changes.
func TestHitStateRefused(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	f.seed(t)
	f.importChat(t, "chat.txt", true, adChat...)
	f.scan(t)
	h := f.hits(t, keywords.Filter{}).Hits[0]
	cases := []struct {
		name  string
		key   keywords.HitKey
		state string
		code  string
	}{
		{"unknown state", keywords.HitKey{EventID: h.EventID, WordID: h.Word.ID}, "done", errs.Invalid},
		{"no such message", keywords.HitKey{EventID: h.EventID + 99, WordID: h.Word.ID}, "noted", errs.NotFound},
		{"word not in that message", keywords.HitKey{EventID: h.EventID, WordID: f.wordID(t, "退款")}, "noted", errs.NotFound},
	}
	for _, c := range cases {
		if err := f.kw.SetState(ctx, c.key, c.state); errs.CodeOf(err) != c.code {
			t.Errorf("%s: %v, want %s", c.name, err, c.code)
		}
	}
	var n int
	f.db.Read().QueryRow(`SELECT count(*) FROM keyword_hit_states`).Scan(&n)
	if n != 0 {
		t.Errorf("%d states stored after refusals", n)
	}
	if _, err := f.kw.Hits(ctx, keywords.Filter{State: "later"}); fieldKeys(err)["state"] != "err.keywords.state" {
		t.Errorf("unknown state filter: %v", err)
	}
}

// The state of a message that is gone goes at the next scan.
func TestHitStateOfDeletedMessage(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	f.seed(t)
	f.importChat(t, "chat.txt", true, adChat...)
	f.scan(t)
	h := f.hits(t, keywords.Filter{Category: "negative"}).Hits[0]
	if err := f.kw.SetState(ctx, keywords.HitKey{EventID: h.EventID, WordID: h.Word.ID}, keywords.StateHandled); err != nil {
		t.Fatal(err)
	}
	if _, err := f.db.Write().Exec(`DELETE FROM events WHERE id = ?`, h.EventID); err != nil {
		t.Fatal(err)
	}
	f.importChat(t, "b.txt", true, "06.05.2024, 10:00 - 小刚: 你好")
	f.scan(t)
	var n int
	f.db.Read().QueryRow(`SELECT count(*) FROM keyword_hit_states`).Scan(&n)
	if n != 0 {
		t.Errorf("%d states kept for a deleted message", n)
	}
}

// The seeds' three levels suggest the three responses.
func TestSuggestedState(t *testing.T) {
	cases := []struct {
		severity int
		want     string
	}{{keywords.SeverityNote, "noted"}, {keywords.SeverityWarn, "reminded"}, {keywords.SeverityAct, "handled"}}
	for _, c := range cases {
		if got := keywords.SuggestedState(c.severity); got != c.want {
			t.Errorf("level %d: %s, want %s", c.severity, got, c.want)
		}
	}
}
