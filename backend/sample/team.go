package sample

import (
	"qunzhu/backend/planner"
)

// team makes the creator the lead and a coordinator for the welfare group
// (looking after its first fifty members), promotes the first two KOC
// with a note, gives the core group's planned items to the lead, and logs
// a few violations in the welfare group.
func (g *generator) team() error {
	lead, err := g.ws.Planner.SaveAdmin(g.ctx, 0, planner.AdminInput{Name: g.l("team.lead", nil), Layer: "lead"})
	if err != nil {
		return err
	}
	welfare := g.groupList[2]
	coord, err := g.ws.Planner.SaveAdmin(g.ctx, 0, planner.AdminInput{Name: g.l("team.coordinator", nil), Layer: "coordinator", GroupID: welfare.id})
	if err != nil {
		return err
	}
	g.rep.Admins = 2
	if err := g.ws.Planner.SetCare(g.ctx, coord, g.firstMembers(2, 50)); err != nil {
		return err
	}
	if err := g.promoteKOC(); err != nil {
		return err
	}
	if err := g.ws.Planner.AssignItems(g.ctx, g.groupList[0].id, lead); err != nil {
		return err
	}
	return g.violations(welfare.id, coord)
}

func (g *generator) firstMembers(group, n int) []int64 {
	var out []int64
	for _, p := range g.people {
		if p.group == group && p.left.IsZero() && len(out) < n {
			out = append(out, p.id)
		}
	}
	return out
}

func (g *generator) promoteKOC() error {
	cands, err := g.ws.Planner.Candidates(g.ctx, 0)
	if err != nil {
		return err
	}
	for _, c := range cands[:min(2, len(cands))] {
		if _, err := g.ws.Planner.Promote(g.ctx, planner.Promotion{MemberID: c.MemberID, GroupID: c.GroupID, Layer: "admin",
			Note: g.l("team.note", nil)}); err != nil {
			return err
		}
		g.rep.Admins++
	}
	return nil
}

func (g *generator) violations(group, admin int64) error {
	rules, err := g.ws.Planner.Rules(g.ctx, group, g.o.Lang)
	if err != nil {
		return err
	}
	people := g.firstMembers(2, 60)
	for i, m := range []int64{people[len(people)-1], people[len(people)-1], people[len(people)-2]} {
		_, _, err := g.ws.Planner.LogViolation(g.ctx, planner.ViolationInput{GroupID: group, MemberID: m, Rule: rules[i%2],
			What: g.l("team.what", nil), AdminID: admin, Step: -1}, g.o.Lang)
		if err != nil {
			return err
		}
		g.rep.Violations++
	}
	return nil
}
