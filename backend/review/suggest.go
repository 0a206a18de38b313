package review

import (
	"strconv"

	"qunzhu/backend/activity"
	"strings"

	"qunzhu/locales"
)

// Suggestion is a sentence worded from the numbers: a catalog key under
// ui.review.suggest and its params; Weekday (an English weekday in lower case,
// or "") is put in as the Day param in the reader's language, and Names (or
// nil) as the Names param, joined as the reader's language lists them.
type Suggestion struct {
	Key     string
	Params  map[string]any
	Weekday string
	Names   []string
}

// Text is the suggestion in lang.
func (s Suggestion) Text(lang string) string {
	p := map[string]any{}
	for k, v := range s.Params {
		p[k] = v
	}
	if s.Weekday != "" {
		p["Day"] = locales.Localize(lang, "ui.planner.weekday."+s.Weekday, nil)
	}
	if s.Names != nil {
		p["Names"] = strings.Join(s.Names, locales.Localize(lang, "ui.review.suggest.name_separator", nil))
	}
	return locales.Localize(lang, "ui.review.suggest."+s.Key, p)
}

// The most suggestions a review makes (it always makes at least three).
const MaxSuggestions = 5

// Suggest words 3–5 suggestions from a review, the most pressing first:
// no chat on record, no plan, the item to keep and the one to change, too
// much marketing, undone items, who started slipping away and who became
// a KOC, more leaving than joining, then the messages and the
// participation against their lines.
func Suggest(r Review) []Suggestion {
	var out []Suggestion
	add := func(s *Suggestion) {
		if s != nil && len(out) < MaxSuggestions {
			out = append(out, *s)
		}
	}
	for _, rule := range []func(Review) *Suggestion{noChat, noPlan, keepBest, changeWorst, tooMuchMarketing,
		undone, slippingEntered, kocEntered, losing, messages, participation} {
		add(rule(r))
	}
	return out
}

func noChat(r Review) *Suggestion {
	if r.KPIs.Recorded {
		return nil
	}
	return &Suggestion{Key: "no_chat"}
}

func noPlan(r Review) *Suggestion {
	if len(r.Items) > 0 {
		return nil
	}
	return &Suggestion{Key: "no_plan"}
}

// keepBest names the item with the highest lift (the earliest of equals):
// keep it when it moved the group, else build on it.
func keepBest(r Review) *Suggestion {
	best := -1
	for i, it := range r.Items {
		if best < 0 || it.Lift > r.Items[best].Lift {
			best = i
		}
	}
	if best < 0 {
		return nil
	}
	it := r.Items[best]
	key := "keep"
	if it.Word != Up {
		key = "build_on"
	}
	return itemSuggestion(key, it)
}

// changeWorst names the item with the lowest lift that got no response.
func changeWorst(r Review) *Suggestion {
	worst := -1
	for i, it := range r.Items {
		if it.Word == None && (worst < 0 || it.Lift < r.Items[worst].Lift) {
			worst = i
		}
	}
	if worst < 0 {
		return nil
	}
	return itemSuggestion("change", r.Items[worst])
}

func itemSuggestion(key string, it Item) *Suggestion {
	return &Suggestion{Key: key, Weekday: strings.ToLower(it.Start.Weekday().String()),
		Params: map[string]any{"Title": it.Title, "Lift": decimal(it.Lift)}}
}

func tooMuchMarketing(r Review) *Suggestion {
	if !r.Planned.Warn {
		return nil
	}
	pct := (r.Planned.Share(r.Planned.Marketing) + 5) / 10
	return &Suggestion{Key: "marketing", Params: map[string]any{"Pct": pct, "Max": r.Planned.WarnAt}}
}

func undone(r Review) *Suggestion {
	n := 0
	for _, it := range r.Items {
		if !it.Done {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	return &Suggestion{Key: "undone", Params: map[string]any{"Count": n, "Total": len(r.Items)}}
}

// maxNames is the most names a suggestion lists.
const maxNames = 5

// kocEntered names who became a KOC in the period: praise them in public.
func kocEntered(r Review) *Suggestion { return entered("koc_entered", r.KOCChanges) }

// slippingEntered names who started slipping away: greet them in private.
func slippingEntered(r Review) *Suggestion { return entered("slipping_entered", r.SlippingChanges) }

func entered(key string, c activity.ListChanges) *Suggestion {
	if !c.Known || c.EnteredCount == 0 {
		return nil
	}
	names := []string{}
	for _, m := range c.Entered[:min(maxNames, len(c.Entered))] {
		names = append(names, m.Nickname)
	}
	if c.EnteredCount > len(names) {
		names = append(names, "…")
	}
	return &Suggestion{Key: key, Params: map[string]any{"Count": c.EnteredCount}, Names: names}
}

func losing(r Review) *Suggestion {
	if r.KPIs.Leaves <= r.KPIs.Joins {
		return nil
	}
	return &Suggestion{Key: "losing", Params: map[string]any{"Joins": r.KPIs.Joins, "Leaves": r.KPIs.Leaves}}
}

// messages compares the messages a day per 100 members with the line and
// the period before.
func messages(r Review) *Suggestion {
	now, before, line := r.KPIs.MessagesPer100, r.Previous.MessagesPer100, r.KPIs.Thresholds.MessagesPer100
	p := map[string]any{"Now": decimal(now), "Before": decimal(before), "Healthy": decimal(line)}
	switch {
	case now < line:
		return &Suggestion{Key: "messages_low", Params: p}
	case now < before:
		return &Suggestion{Key: "messages_down", Params: p}
	}
	return &Suggestion{Key: "messages_ok", Params: p}
}

func participation(r Review) *Suggestion {
	p := map[string]any{"Pct": percent(r.KPIs.Participation), "Healthy": percent(r.KPIs.Thresholds.Participation)}
	if r.KPIs.Participation < r.KPIs.Thresholds.Participation {
		return &Suggestion{Key: "participation_low", Params: p}
	}
	return &Suggestion{Key: "participation_ok", Params: p}
}

// decimal writes x with one decimal.
func decimal(x float64) string { return strconv.FormatFloat(x, 'f', 1, 64) }

// percent is a share (0–1) as a whole percent.
func percent(x float64) int { return int(x*100 + 0.5) }
