package app

import (
	"testing"

	"qunzhu/backend/invites/template"
)

// Spans reach the text area in UTF-16 units, with lines and columns in characters.
func TestInviteProblemSpansInUTF16(t *testing.T) {
	body := "😀😀\n{头像} 你好"
	tpl := template.Parse(body)
	got := toInviteProblemDTOs(body, tpl.Problems, "en")
	if len(got) != 1 {
		t.Fatalf("problems %+v", got)
	}
	p := got[0]
	if p.Start != 5 || p.End != 9 || p.Line != 2 || p.Col != 1 || p.Key != "ui.invites.check.unknown_field" || p.Message == p.Key {
		t.Errorf("problem %+v", p)
	}
	if p.Params == nil {
		t.Errorf("params must not be null")
	}
}
