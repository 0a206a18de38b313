package rewards

import (
	"testing"

	"qunzhu/backend/errs"
)

func TestSetInviterRefusesSelfAndCycles(t *testing.T) {
	f := newFixture(t)
	f.members("小美", "阿杰", "Lily", "Tom")
	f.invite("小美", "阿杰") // 小美 -> 阿杰 -> Lily
	f.invite("阿杰", "Lily")
	cases := []struct {
		name             string
		inviter, invitee string
		wantCode, want   string
	}{
		{"self", "Tom", "Tom", errs.Invalid, "err.rewards.self"},
		{"two-step cycle", "阿杰", "小美", errs.Invalid, "err.rewards.cycle"},
		{"three-step cycle", "Lily", "小美", errs.Invalid, "err.rewards.cycle"},
		{"fine", "Lily", "Tom", "", ""},
		{"change inviter", "小美", "Tom", "", ""},
	}
	for _, c := range cases {
		err := f.svc.SetInviter(ctx, f.ids[c.invitee], f.ids[c.inviter])
		if errs.CodeOf(err) != c.wantCode || keyOf(err) != c.want {
			t.Errorf("%s: got %v, want %s %s", c.name, err, c.wantCode, c.want)
		}
	}
	if got, src := f.inviterOf("Tom"); got != "小美" || src != SourceHand {
		t.Errorf("Tom's inviter = %q (%s), want 小美 by hand", got, src)
	}
	if got, _ := f.inviterOf("小美"); got != "" {
		t.Errorf("小美's inviter = %q after refused cycles, want none", got)
	}
	err := f.svc.SetInviter(ctx, f.ids["小美"], 99999)
	if errs.CodeOf(err) != errs.NotFound {
		t.Errorf("unknown inviter: %v", err)
	}
	e := errs.As(f.svc.SetInviter(ctx, f.ids["小美"], f.ids["Lily"]))
	if e.Params["Inviter"] != "Lily" || e.Params["Invitee"] != "小美" {
		t.Errorf("cycle params = %v", e.Params)
	}
}

func TestInviterChangesUndo(t *testing.T) {
	f := newFixture(t)
	f.members("小美", "阿杰", "Tom")
	f.invite("小美", "Tom")
	f.invite("阿杰", "Tom")                                          // change
	if err := f.svc.SetInviter(ctx, f.ids["Tom"], 0); err != nil { // clear
		t.Fatal(err)
	}
	steps := []string{"阿杰", "小美", ""} // undo: back to 阿杰, then 小美, then none
	for i, want := range steps {
		if err := f.svc.UndoInviter(ctx, f.ids["Tom"]); err != nil {
			t.Fatalf("undo %d: %v", i+1, err)
		}
		if got, _ := f.inviterOf("Tom"); got != want {
			t.Errorf("after undo %d: inviter %q, want %q", i+1, got, want)
		}
	}
	if err := f.svc.UndoInviter(ctx, f.ids["Tom"]); errs.CodeOf(err) != errs.NotFound {
		t.Errorf("undo with nothing left: %v, want not_found", err)
	}
	can, _ := f.svc.CanUndoInviter(ctx, f.ids["Tom"])
	if can {
		t.Error("CanUndoInviter true with nothing left")
	}
}

func TestUndoRefusesToCloseACycle(t *testing.T) {
	f := newFixture(t)
	f.members("A", "B")
	f.invite("A", "B")
	if err := f.svc.SetInviter(ctx, f.ids["B"], 0); err != nil {
		t.Fatal(err)
	}
	f.invite("B", "A") // now B -> A; undoing B's clear would make A -> B -> A
	err := f.svc.UndoInviter(ctx, f.ids["B"])
	if keyOf(err) != "err.rewards.cycle" {
		t.Fatalf("undo closing a cycle: %v", err)
	}
	if got, _ := f.inviterOf("B"); got != "" {
		t.Errorf("B's inviter %q after refused undo, want none", got)
	}
}
