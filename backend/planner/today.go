package planner

import (
	"context"
	"fmt"
	"strings"
	"time"

	"qunzhu/locales"
)

// Due is an item due today with the text to paste in the group.
type Due struct {
	Item
	Text string
}

// Today lists what is due on the wall-clock day of now, across groups, in
// time order, each with its text drafted in lang.
func (s *Service) Today(ctx context.Context, lang string) ([]Due, error) {
	now := s.now()
	day := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
	items, err := s.List(ctx, Range{From: day, To: day.AddDate(0, 0, 1)})
	if err != nil {
		return nil, err
	}
	out := make([]Due, 0, len(items))
	for _, it := range items {
		text, err := s.text(ctx, it, lang)
		if err != nil {
			return nil, err
		}
		out = append(out, Due{Item: it, Text: text})
	}
	return out, nil
}

// Text is the text to paste for one item, as Today drafts it.
func (s *Service) Text(ctx context.Context, id int64, lang string) (string, error) {
	it, err := s.getItem(ctx, s.db.Read(), id)
	if err != nil {
		return "", err
	}
	return s.text(ctx, it, lang)
}

// text drafts an item's text with the options of its linked poll and, for
// a challenge's ranking, the leaderboard.
func (s *Service) text(ctx context.Context, it Item, lang string) (string, error) {
	options, err := s.pollOptions(ctx, it.PollID)
	if err != nil {
		return "", err
	}
	text := Draft(it, options, lang)
	if it.Kind == "ranking" && it.Series != "" {
		board, err := s.Leaderboard(ctx, it.ID, 10)
		if err != nil {
			return "", err
		}
		text += "\n\n" + BoardText(board, lang)
	}
	return text, nil
}

// Draft is the text to paste for an item: the announcement, vote or
// reminder of its kind, the options of a linked poll, then the notes.
func Draft(it Item, pollOptions []string, lang string) string {
	var b strings.Builder
	b.WriteString(locales.Localize(lang, "ui.planner.draft."+it.Kind, map[string]any{
		"Title": it.Title, "Time": it.Start.Format("15:04"), "End": it.End().Format("15:04"),
		"Minutes": it.Minutes, "Group": it.GroupName,
	}))
	for i, o := range pollOptions {
		fmt.Fprintf(&b, "\n%d. %s", i+1, o)
	}
	if it.Notes != "" {
		b.WriteString("\n" + it.Notes)
	}
	return b.String()
}

func (s *Service) pollOptions(ctx context.Context, pollID int64) ([]string, error) {
	if pollID == 0 {
		return nil, nil
	}
	return s.owners.PollOptions(ctx, s.db.Read(), pollID)
}

// WeekText is the week as plain text to paste: one line per item, by day.
func WeekText(w Week, lang string) string {
	var b strings.Builder
	b.WriteString(locales.Localize(lang, "ui.planner.export.heading", map[string]any{
		"From": w.Start.Format("2006-01-02"), "To": w.Start.AddDate(0, 0, 6).Format("2006-01-02")}))
	for d := 0; d < 7; d++ {
		day := w.Start.AddDate(0, 0, d)
		b.WriteString("\n\n" + locales.Localize(lang, "ui.planner.weekday."+strings.ToLower(day.Weekday().String()), nil) +
			" " + day.Format("01-02"))
		for _, it := range w.Items {
			if dayOf(it.Start).Equal(day) {
				fmt.Fprintf(&b, "\n%s–%s %s · %s (%s)", it.Start.Format("15:04"), it.End().Format("15:04"),
					it.Title, it.GroupName, locales.Localize(lang, "ui.planner.category."+it.Category, nil))
			}
		}
	}
	return b.String()
}
