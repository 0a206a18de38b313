package sample

import (
	"slices"

	"qunzhu/backend/invites"
	"qunzhu/backend/lottery"
	"qunzhu/backend/planner"
	"qunzhu/backend/polls"
	"qunzhu/locales"
)

func (g *generator) recompute() error {
	_, err := g.ws.Activity.RecomputeWithProgress(g.ctx, g.now, func(p int) { g.partly(p, 1000) })
	return err
}

func (g *generator) l(key string, p map[string]any) string {
	return locales.Localize(g.o.Lang, "ui.sample."+key, p)
}

// poll is last week's topic vote in the core group, voted by its lively
// members and closed.
func (g *generator) poll() error {
	core := g.groupList[0]
	p, err := g.ws.Polls.Create(g.ctx, polls.Input{Question: g.l("poll.question", nil), GroupID: core.id,
		Options: []string{g.l("poll.option_a", nil), g.l("poll.option_b", nil), g.l("poll.option_c", nil), g.l("poll.option_d", nil)}})
	if err != nil {
		return err
	}
	if _, err := g.ws.Polls.SetStatus(g.ctx, p.ID, polls.StatusOpen); err != nil {
		return err
	}
	var ballots []polls.BallotIn
	for _, person := range g.people {
		if person.group == 0 && person.rate > 0.3 && person.left.IsZero() {
			ballots = append(ballots, polls.BallotIn{MemberID: person.id, Choices: []int{int(g.kind(pollLean)[0] - 'a')}})
		}
	}
	if _, err := g.ws.Polls.Cast(g.ctx, p.ID, "member", ballots); err != nil {
		return err
	}
	if _, err := g.ws.Polls.SetStatus(g.ctx, p.ID, polls.StatusClosed); err != nil {
		return err
	}
	g.pollID = p.ID
	g.rep.Polls = 1
	return nil
}

// pollLean: how the fans lean among the four options.
var pollLean = []weighted{{"a", 40}, {"b", 30}, {"c", 20}, {"d", 10}}

// draw is a verifiable lottery among the poll's voters, drawn from a
// named public value.
func (g *generator) draw() error {
	l, err := g.ws.Lottery.Freeze(g.ctx, lottery.Setup{Title: g.l("draw.title", nil), Mode: lottery.ModeVerifiable,
		Entry: lottery.Entry{From: lottery.FromPoll, PollID: g.pollID}, Sources: []string{g.l("draw.source", nil)},
		Tiers: []lottery.Tier{{Name: g.l("draw.tier", nil), Count: 3}}, Alternates: -1, GroupID: g.groupList[0].id})
	if err != nil {
		return err
	}
	if _, err := g.ws.Lottery.Draw(g.ctx, l.ID, []string{"3368.07"}); err != nil {
		return err
	}
	g.rep.Lotteries = 1
	return nil
}

// invites drafts a batch inviting the most interactive fans into the
// co-creation group, some sent, some joined, a few declined.
func (g *generator) invites() error {
	tpls, err := g.ws.Invites.Templates(g.ctx, g.o.Lang)
	if err != nil || len(tpls) == 0 {
		return err
	}
	target := g.groupList[1]
	sel := invites.Selection{Preset: "interaction", GroupID: target.id}
	if rec, err := g.ws.Invites.Resolve(g.ctx, sel); err != nil || rec.Invite > invites.MaxRecipients {
		sel.Tiers = []string{"core"} // a big workspace: the core fans only
	}
	if rec, err := g.ws.Invites.Resolve(g.ctx, sel); err != nil || rec.Invite > invites.MaxRecipients || rec.Invite == 0 {
		return nil // still more than one batch may hold (or nobody): no invitations
	}
	b, _, err := g.ws.Invites.CreateBatch(g.ctx, invites.BatchRequest{Name: g.l("invites.batch", nil),
		RenderRequest: invites.RenderRequest{TemplateID: tpls[0].ID, Lang: g.o.Lang, Selection: sel}})
	if err != nil {
		return err
	}
	drafts, err := g.ws.Invites.Queue(g.ctx, b.ID, g.o.Lang)
	if err != nil {
		return err
	}
	drafts = drafts[:min(len(drafts), 60)]
	for i, d := range drafts {
		state := []string{invites.StateJoined, invites.StateSent, invites.StateSent, invites.StateJoined, invites.StateDeclined,
			invites.StateCopied, invites.StateDrafted, invites.StateDrafted}[i%8]
		if state == invites.StateDrafted {
			continue
		}
		if _, err := g.ws.Invites.SetState(g.ctx, d.ID, state, g.o.Lang); err != nil {
			return err
		}
	}
	g.rep.Invitations = len(drafts)
	return nil
}

// plan applies the weekly SOP to every group for this week and the next,
// a daily check-in in the co-creation group, and links this week's vote
// in the core group to the poll.
func (g *generator) plan() error {
	week := planner.WeekStart(g.now)
	for _, gr := range g.groupList {
		items, err := g.ws.Planner.ApplyTemplate(g.ctx, planner.Apply{GroupID: gr.id, Template: planner.TemplateWeeklySOP,
			Start: week, Weeks: 2, Lang: g.o.Lang})
		if err != nil {
			return err
		}
		g.rep.PlanItems += len(items)
		if gr.key == "core" {
			if err := g.linkVote(items); err != nil {
				return err
			}
		}
	}
	items, err := g.ws.Planner.ApplyTemplate(g.ctx, planner.Apply{GroupID: g.groupList[1].id,
		Template: planner.TemplateDailyCheckin, Start: week, Weeks: 1, Lang: g.o.Lang})
	if err != nil {
		return err
	}
	g.rep.PlanItems += len(items)
	// A 21-day challenge in the core group, ten days in: its leaderboard has check-ins.
	items, err = g.ws.Planner.ApplyTemplate(g.ctx, planner.Apply{GroupID: g.groupList[0].id,
		Template: planner.TemplateChallenge21, Start: g.now.AddDate(0, 0, -10), Weeks: 1, Lang: g.o.Lang})
	g.rep.PlanItems += len(items)
	return err
}

func (g *generator) linkVote(items []planner.Item) error {
	i := slices.IndexFunc(items, func(it planner.Item) bool { return it.Kind == planner.KindVote })
	if i < 0 {
		return nil
	}
	it := items[i]
	it.PollID = g.pollID
	_, err := g.ws.Planner.Update(g.ctx, it.ID, it.Input)
	return err
}
