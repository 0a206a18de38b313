package cli

import (
	"fmt"
	"time"

	"qunzhu/app"
	"qunzhu/backend/planner"
	"qunzhu/backend/review"
)

// runReview: `review --group NAME [--from D --to D] [--json | --text]`
// prints the review of a group's period (default: the week, Monday to
// Sunday, holding today): each planned item with the messages and speakers
// in the hours after it against its baseline, the KPIs against the period
// before, the 7-2-1 mix planned and done, who entered and left the KOC
// and slipping-away lists (kocChanges, slippingChanges) and the
// suggestions (JSON), or the text the window copies (--text).
func runReview(env *Env) error {
	fs := newFlags("review")
	group, from, to := fs.String("group", "", ""), fs.String("from", "", ""), fs.String("to", "", "")
	fs.Bool("json", true, "")
	text := fs.Bool("text", false, "")
	if fs.Parse(env.Args[1:]) != nil || fs.NArg() > 0 || *group == "" || (*from == "") != (*to == "") {
		return usage()
	}
	if *from == "" {
		monday := planner.WeekStart(time.Now())
		*from, *to = monday.Format(time.DateOnly), monday.AddDate(0, 0, 6).Format(time.DateOnly)
	}
	ws, err := open(env)
	if err != nil {
		return err
	}
	defer ws.Close()
	id, err := groupID(env, ws, *group)
	if err != nil {
		return err
	}
	req, err := app.ReviewRequest(id, *from, *to)
	if err != nil {
		return err
	}
	r, err := ws.Review.Get(env.Ctx, req)
	if err != nil {
		return err
	}
	if *text {
		_, err := fmt.Fprintln(env.Stdout, review.Text(r, *group, env.Lang))
		return err
	}
	return printJSON(env.Stdout, app.ToReviewDTO(r, env.Lang))
}
