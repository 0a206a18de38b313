package invites

import (
	"fmt"
	"slices"
	"testing"
)

// TestMatchJoinsByExactName: a line of a group's member list names a draft
// by id, or by the exact nickname only one member of the batch has.
func TestMatchJoinsByExactName(t *testing.T) {
	f := newFixture(t)
	g := f.group("g", 50, 0, 0, false)
	wang := f.member("王伟", "dy_1", 10, 1, false, "comment")
	f.member("王伟", "dy_2", 10, 1, false, "comment")
	f.member("小美", "", 10, 1, false, "comment")
	f.member("小美🌸", "", 10, 1, false, "comment")
	f.member("Tom", "", 10, 1, false, "comment")
	tpl := f.template("t", "你好 {昵称}")
	b, _, err := f.svc.CreateBatch(ctx, BatchRequest{RenderRequest: RenderRequest{TemplateID: tpl.ID, Selection: Selection{GroupID: g.ID}, Lang: "en"}})
	if err != nil {
		t.Fatal(err)
	}
	rep, err := f.svc.MatchJoins(ctx, b.ID, "王伟\n小美🌸\n\u200b\u202e\n\u202a小美\u202c\ntom\n\n")
	if err != nil {
		t.Fatal(err)
	}
	amb := ""
	for _, a := range rep.Ambiguous {
		amb += fmt.Sprintf("%s:%d", a.Name, len(a.Namesakes))
	}
	if rep.Lines != 4 || rep.Matched != 2 || !slices.Equal(rep.Unmatched, []string{"tom"}) || amb != "王伟:2" ||
		!slices.Equal(rep.Invalid, []int{3}) {
		t.Errorf("report %+v, want 4 lines, 小美🌸 and 小美 joined, tom unmatched, 王伟 ambiguous, line 3 invalid", rep)
	}
	q, _ := f.svc.Queue(ctx, b.ID, "en")
	joined := map[string]int{}
	for _, d := range q {
		if d.State == StateJoined {
			joined[d.Nickname]++
		}
	}
	if fmt.Sprint(joined) != "map[小美:1 小美🌸:1]" {
		t.Errorf("joined %v: no 王伟 is marked from a shared name", joined)
	}
	// the id tells the two 王伟 apart
	rep, err = f.svc.MatchJoins(ctx, b.ID, "dy_1")
	if err != nil || rep.Matched != 1 {
		t.Fatalf("by id %+v %v", rep, err)
	}
	if d, _ := f.svc.Queue(ctx, b.ID, "en"); !slices.ContainsFunc(d, func(d Draft) bool { return d.MemberID == wang.ID && d.State == StateJoined }) {
		t.Errorf("王伟 dy_1 not joined: %+v", d)
	}
}
