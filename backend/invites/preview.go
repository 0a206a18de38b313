package invites

import (
	"context"
	"time"

	"qunzhu/backend/groups"
	"qunzhu/backend/invites/template"
	"qunzhu/backend/members"
)

// PreviewRequest renders the editor's body for one member.
type PreviewRequest struct {
	Body       string
	TemplateID int64 // for the stable variation choice; 0 for a new template
	MemberID   int64 // 0: no member, fields take their fallbacks
	GroupID    int64
	Lang       string
}

// Preview is the editor's live view of a body.
type Preview struct {
	Problems  []template.Problem // in the body: syntax, unknown fields, ad-law words
	Text      string             // rendered for the member
	Empty     []template.Problem // fields empty for this member, spans in the body
	Checks    []template.Problem // ad-law and length in Text
	Length    int
	Limit     int
	Platform  string
	Fields    []string
	Skeletons int // how many different texts the variations make (capped at 1000)
}

// Preview parses and checks a body and renders it for a member.
func (s *Service) Preview(ctx context.Context, r PreviewRequest) (Preview, error) {
	st, err := s.Settings(ctx)
	if err != nil {
		return Preview{}, err
	}
	var row members.Row
	var g *groups.Group
	if r.MemberID != 0 {
		m, err := s.members.Get(ctx, r.MemberID)
		if err != nil {
			return Preview{}, err
		}
		row = rowOf(m, s.now())
		if row.Standing, err = s.standing(ctx, m.ID); err != nil {
			return Preview{}, err
		}
	}
	if r.GroupID != 0 {
		gg, err := s.groups.Get(ctx, r.GroupID)
		if err != nil {
			return Preview{}, err
		}
		g = &gg
		if row.Platform == "" {
			row.Platform = gg.Platform
		}
	}
	c := NewChecker(st, r.Lang)
	tpl := template.Parse(r.Body)
	var ids []int64 // the member previewed, if any
	if r.MemberID != 0 {
		ids = []int64{r.MemberID}
	}
	levels, err := s.levelsOf(ctx, ids, r.Lang)
	if err != nil {
		return Preview{}, err
	}
	got := tpl.Render(values(row, g, st, r.Lang, levels[r.MemberID]), template.Seed{Template: r.TemplateID, Member: r.MemberID})
	return Preview{Problems: c.Body(tpl), Text: got.Text, Empty: got.Problems, Checks: c.Text(got.Text, row.Platform),
		Length: template.Length(got.Text), Limit: st.Limit(row.Platform), Platform: row.Platform,
		Fields: tpl.Fields(), Skeletons: tpl.Variants(1000)}, nil
}

// rowOf is a stored member as the list shows it.
func rowOf(m members.Member, now time.Time) members.Row {
	return members.Row{ID: m.ID, Nickname: m.Nickname, Remark: m.Remark, Platform: m.Platform, PlatformID: m.PlatformID,
		DaysFollowed: m.DaysFollowed(now), FanLevel: m.FanLevel, IronFan: m.IronFan, Source: m.Source, Tags: m.Tags}
}

// standing reads the member's tier and stage (nil before tiers are worked out).
func (s *Service) standing(ctx context.Context, id int64) (*members.Standing, error) {
	return members.TierStageOf(ctx, s.db.Read(), id)
}
