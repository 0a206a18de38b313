package review

import (
	"strings"

	"qunzhu/backend/activity"
	"qunzhu/locales"
)

// Text is the review as plain text to paste: the period, each item with
// its numbers, the KPIs against the period before, the mix, the suggestions.
func Text(r Review, group, lang string) string {
	l := func(key string, p map[string]any) string { return locales.Localize(lang, "ui.review.text."+key, p) }
	var b strings.Builder
	b.WriteString(l("heading", map[string]any{"Group": group, "From": r.From.Format("2006-01-02"),
		"To": r.To.Format("2006-01-02")}))
	b.WriteString("\n\n" + l("items", map[string]any{"Hours": r.Settings.Hours}))
	for _, it := range r.Items {
		b.WriteString("\n" + itemLine(it, lang))
	}
	k, p := r.KPIs, r.Previous
	b.WriteString("\n\n" + l("kpis", map[string]any{"Now": decimal(k.MessagesPer100), "Before": decimal(p.MessagesPer100),
		"Part": percent(k.Participation), "PartBefore": percent(p.Participation), "Reach": percent(k.Reach),
		"ReachBefore": percent(p.Reach), "Joins": k.Joins, "Leaves": k.Leaves}))
	b.WriteString("\n" + l("mix", map[string]any{"Useful": r.Planned.Useful, "Emotional": r.Planned.Emotional,
		"Marketing": r.Planned.Marketing, "DoneUseful": r.DoneMix.Useful, "DoneEmotional": r.DoneMix.Emotional,
		"DoneMarketing": r.DoneMix.Marketing}))
	b.WriteString("\n" + l("lists", map[string]any{"KOC": len(r.KOC), "Slipping": len(r.Slipping)}))
	b.WriteString("\n" + changesLine(locales.Localize(lang, "ui.review.kpi.koc", nil), r.KOCChanges, lang))
	b.WriteString("\n" + changesLine(locales.Localize(lang, "ui.review.kpi.slipping", nil), r.SlippingChanges, lang))
	b.WriteString("\n\n" + l("suggestions", nil))
	for i, s := range r.Suggestions {
		b.WriteString("\n" + string(rune('1'+i)) + ". " + s.Text(lang))
	}
	return b.String()
}

func itemLine(it Item, lang string) string {
	done := "not_done"
	if it.Done {
		done = "done"
	}
	return locales.Localize(lang, "ui.review.text.item", map[string]any{
		"Day":  locales.Localize(lang, "ui.planner.weekday."+strings.ToLower(it.Start.Weekday().String()), nil),
		"Time": it.Start.Format("15:04"), "Title": it.Title, "Messages": it.MessagesAfter,
		"Speakers": it.SpeakersAfter, "Baseline": decimal(it.Baseline), "Lift": decimal(it.Lift),
		"Word": locales.Localize(lang, "ui.review.word."+it.Word, nil),
		"Done": locales.Localize(lang, "ui.review.text."+done, nil)})
}

// changesLine counts who entered and left a list, or says there is no
// earlier record.
func changesLine(list string, c activity.ListChanges, lang string) string {
	if !c.Known {
		return locales.Localize(lang, "ui.review.text.changes_unknown", map[string]any{"List": list})
	}
	return locales.Localize(lang, "ui.review.text.changes", map[string]any{"List": list,
		"Entered": c.EnteredCount, "Left": c.LeftCount})
}
