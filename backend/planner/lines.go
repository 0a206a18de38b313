package planner

import (
	"context"
	"database/sql"
	"encoding/json"
	"slices"

	"qunzhu/backend/errs"
	"qunzhu/backend/settings"
	"qunzhu/backend/store"
)

// Lines are the planner's settings (seed 001): the 7-2-1 mix it aims for,
// the marketing share it warns above, and the best windows to post in,
// with the one each kind of item is offered. DefaultLines documents them.
type Lines struct {
	Useful, Emotional, Marketing int // target shares in percent, adding up to 100
	MarketingWarn                int // warn above this marketing share, percent
	Windows                      []Window
	KindWindow                   map[string]string // item kind → Window.Key
}

// Window is a best window to post in, minutes of the local day [From, To).
type Window struct {
	Key      string // news, lunch, evening
	From, To int
}

// WindowKeys are the windows, in the order of the day.
var WindowKeys = []string{"news", "lunch", "evening"}

// DefaultLines are the seeds' lines: 70 % useful, 20 % emotional, 10 %
// marketing with a warning above 15 %; news 07:00–08:30, lunch (live
// previews) 12:00–13:30, evening (long reads, live talk) 19:00–21:00.
func DefaultLines() Lines {
	return Lines{Useful: 70, Emotional: 20, Marketing: 10, MarketingWarn: 15,
		Windows: []Window{{"news", 7 * 60, 8*60 + 30}, {"lunch", 12 * 60, 13*60 + 30}, {"evening", 19 * 60, 21 * 60}},
		KindWindow: map[string]string{
			"checkin": "news", "material_call": "news", "first_hour_push": "news", "video_release": "news",
			"preview": "lunch", "red_packet": "lunch", "quiz": "lunch",
			KindVote: "evening", "live_qa": "evening", "challenge": "evening", "ranking": "evening",
			"exclusive": "evening", "live_stream": "evening", "meetup": "evening",
			"topic": "evening", "idiom_chain": "evening", "riddle": "evening", // the daily 20:00 topic
		}}
}

// Validate checks the lines; each problem is named by its field.
func (l Lines) Validate() error {
	f := errs.Fields{}
	for _, c := range []struct {
		field string
		v     int
	}{{"useful", l.Useful}, {"emotional", l.Emotional}, {"marketing", l.Marketing}, {"marketingWarn", l.MarketingWarn}} {
		if c.v < 0 || c.v > 100 {
			f.Add(c.field, "err.field.range", errs.Params{"Min": 0, "Max": 100})
		}
	}
	if l.Useful+l.Emotional+l.Marketing != 100 {
		f.Add("mix", "err.planner.lines.mix", errs.Params{"Sum": l.Useful + l.Emotional + l.Marketing})
	}
	if len(l.Windows) != len(WindowKeys) {
		f.Add("windows", "err.planner.lines.windows", nil)
	}
	for i, w := range l.Windows {
		if i < len(WindowKeys) && (w.Key != WindowKeys[i] || w.From < 0 || w.To > 24*60 || w.From >= w.To) {
			f.Add("window."+WindowKeys[i], "err.planner.lines.window", errs.Params{"Window": WindowKeys[i]})
		}
	}
	for kind, key := range l.KindWindow {
		if !slices.Contains(Kinds, kind) || !slices.Contains(WindowKeys, key) {
			f.Add("kindWindow."+kind, "err.planner.lines.kind", errs.Params{"Kind": kind})
		}
	}
	return f.Err()
}

// WindowOf is the best window offered for an item of kind.
func (l Lines) WindowOf(kind string) (Window, bool) {
	for _, w := range l.Windows {
		if w.Key == l.KindWindow[kind] {
			return w, true
		}
	}
	return Window{}, false
}

// linesKey is the settings row holding the lines, as JSON.
const linesKey = "planner.lines"

// ReadLines returns the lines in use: the saved ones over the defaults.
func ReadLines(ctx context.Context, q store.Queryer) (Lines, error) {
	out := DefaultLines()
	raw, ok, err := settings.RawValue(ctx, q, linesKey)
	if err != nil || !ok {
		return out, err
	}
	var saved Lines
	if json.Unmarshal([]byte(raw), &saved) == nil && saved.Validate() == nil {
		out = saved // a damaged value falls back to the defaults
	}
	return out, nil
}

// Lines returns the lines in use.
func (s *Service) Lines(ctx context.Context) (Lines, error) { return ReadLines(ctx, s.db.Read()) }

// SaveLines validates and stores the lines.
func (s *Service) SaveLines(ctx context.Context, l Lines) error {
	if err := l.Validate(); err != nil {
		return err
	}
	raw, _ := json.Marshal(l)
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		return settings.PutRaw(ctx, tx, linesKey, string(raw))
	})
}
