package review

import (
	"context"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/planner"
)

// Words for an item's lift.
const (
	Up   = "up"   // 带动了
	Flat = "flat" // 一般
	None = "none" // 没反应
)

// Item is a planned item with what happened after it.
type Item struct {
	planner.Item
	Done             bool
	MessagesAfter    int     // messages in the Hours from its start
	SpeakersAfter    int     // distinct speakers among them
	Baseline         float64 // messages in the same hours of the previous weeks, averaged
	SpeakersBaseline float64
	Lift             float64 // MessagesAfter / Baseline (a baseline under 1 counts as 1)
	Word             string  // Up, Flat or None
	Votes            int     // voters of the linked poll
	Entrants         int     // entrants of the linked draw
	Jielong          int     // 接龙 entries in the window
}

// Judge is the lift of after against baseline and its word: a baseline
// under one message counts as one, so a quiet hour that got messages reads
// as a lift by their number, and a quiet hour that stayed quiet as none.
func Judge(after int, baseline float64, upPct, lowPct int) (float64, string) {
	lift := float64(after) / max(baseline, 1)
	switch {
	case lift*100 >= float64(upPct):
		return lift, Up
	case lift*100 <= float64(lowPct):
		return lift, None
	}
	return lift, Flat
}

// readItems reads the period's items and measures each.
func (s *Service) readItems(ctx context.Context, out *Review) error {
	items, err := s.planner.List(ctx, planner.Range{From: out.From, To: out.To.AddDate(0, 0, 1), GroupID: out.GroupID})
	if err != nil {
		return err
	}
	out.Items = make([]Item, 0, len(items))
	var done []planner.Item
	for _, it := range items {
		m, err := s.measure(ctx, it, out.Settings.Hours)
		if err != nil {
			return err
		}
		m.Lift, m.Word = Judge(m.MessagesAfter, m.Baseline, out.Settings.UpPct, out.Settings.LowPct)
		out.Items = append(out.Items, m)
		if m.Done {
			done = append(done, it)
		}
	}
	lines, err := s.planner.Lines(ctx)
	if err != nil {
		return err
	}
	out.Planned, out.DoneMix = planner.MixOf(items, lines.MarketingWarn), planner.MixOf(done, lines.MarketingWarn)
	return nil
}

// measure counts the item's window, its baseline and its linked entries.
func (s *Service) measure(ctx context.Context, it planner.Item, hours int) (Item, error) {
	m := Item{Item: it, Done: it.DoneAt != nil}
	from, to := it.Start, it.Start.Add(time.Duration(hours)*time.Hour)
	w, err := s.activity.CountWindow(ctx, it.GroupID, from, to)
	if err != nil {
		return Item{}, err
	}
	m.MessagesAfter, m.SpeakersAfter, m.Jielong = w.Messages, w.Speakers, w.Jielong
	b, err := s.activity.CountBaseline(ctx, it.GroupID, from, to, BaselineWeeks)
	if err != nil {
		return Item{}, err
	}
	m.Baseline, m.SpeakersBaseline = b.Messages, b.Speakers
	return m, s.linked(ctx, &m)
}

// linked counts the voters of the item's poll and the entrants of its draw
// (the planner links them by id); a link to something since deleted counts 0.
// 接龙 entries have no link: they are the 接龙 events of the item's window.
func (s *Service) linked(ctx context.Context, m *Item) error {
	if m.PollID != 0 {
		res, err := s.polls.Results(ctx, m.PollID)
		if err != nil && errs.CodeOf(err) != errs.NotFound {
			return err
		}
		m.Votes = res.Voters
	}
	if m.LotteryID != 0 {
		l, err := s.lottery.Get(ctx, m.LotteryID)
		if err != nil && errs.CodeOf(err) != errs.NotFound {
			return err
		}
		m.Entrants = l.Entrants
	}
	return nil
}
