package app

import (
	"qunzhu/backend/planner"
	"qunzhu/backend/settings"
)

// The planner's other rhythms: each group's topic bank, the monthly
// recurrences (in Create) and each tier's contact rhythm in a week.

// TopicKinds lists the topic bank's kinds (ui.planner.kind.KIND).
func (v *PlannerAPI) TopicKinds() (_ []string, err error) {
	defer v.a.catchPanic(&err)
	return append([]string{}, planner.TopicKinds...), nil
}

// Topics lists a group's topic bank; the first time, it gets the starter
// topics in the user's language.
func (v *PlannerAPI) Topics(groupID int64) (_ []TopicDTO, err error) {
	defer v.a.catchPanic(&err)
	list, err := v.a.ws.Planner.Topics(v.a.call(), groupID, v.a.language())
	out := make([]TopicDTO, 0, len(list))
	for _, t := range list {
		out = append(out, toTopicDTO(t))
	}
	return out, err
}

// AddTopic puts a topic into a group's bank.
func (v *PlannerAPI) AddTopic(groupID int64, kind, text string) (_ TopicDTO, err error) {
	defer v.a.catchPanic(&err)
	t, err := v.a.ws.Planner.AddTopic(v.a.call(), groupID, kind, text)
	return toTopicDTO(t), err
}

// DeleteTopic removes a topic from its bank.
func (v *PlannerAPI) DeleteTopic(id int64) (err error) {
	defer v.a.catchPanic(&err)
	return v.a.ws.Planner.DeleteTopic(v.a.call(), id)
}

// ReuseTopic clears a topic's used mark.
func (v *PlannerAPI) ReuseTopic(id int64) (_ TopicDTO, err error) {
	defer v.a.catchPanic(&err)
	t, err := v.a.ws.Planner.ReuseTopic(v.a.call(), id)
	return toTopicDTO(t), err
}

// NextTopic fills a new item from the next unused topic of kind, on day
// (YYYY-MM-DD) at 20:00; saving the item marks the topic used.
func (v *PlannerAPI) NextTopic(groupID int64, kind, day string) (_ PlanItemInput, err error) {
	defer v.a.catchPanic(&err)
	d, err := planDay("day", day)
	if err != nil {
		return PlanItemInput{}, err
	}
	in, err := v.a.ws.Planner.NextDraft(v.a.call(), groupID, kind, d, v.a.language())
	if err != nil {
		return PlanItemInput{}, err
	}
	return toPlanItemInput(in), nil
}

// Rhythm is each tier's contacts in the week holding day against the
// seed's guidance (from the settings).
func (v *PlannerAPI) Rhythm(day string, groupID int64) (_ RhythmDTO, err error) {
	defer v.a.catchPanic(&err)
	d, err := planDay("day", day)
	if err != nil {
		return RhythmDTO{}, err
	}
	st, err := v.a.ws.Settings.Rhythm(v.a.call())
	if err != nil {
		return RhythmDTO{}, err
	}
	r, err := v.a.ws.Planner.WeekRhythm(v.a.call(), d, groupID, guidance(st))
	return toRhythmDTO(r), err
}

// RhythmSettings are the contact rhythm's thresholds.
func (v *PlannerAPI) RhythmSettings() (_ RhythmSettingsDTO, err error) {
	defer v.a.catchPanic(&err)
	st, err := v.a.ws.Settings.Rhythm(v.a.call())
	return RhythmSettingsDTO(st), err
}

// SaveRhythmSettings stores the contact rhythm's thresholds.
func (v *PlannerAPI) SaveRhythmSettings(in RhythmSettingsDTO) (_ RhythmSettingsDTO, err error) {
	defer v.a.catchPanic(&err)
	st, err := v.a.ws.Settings.SaveRhythm(v.a.call(), settings.Rhythm(in))
	return RhythmSettingsDTO(st), err
}

// checkSegment refuses an audience naming a segment that does not exist.
func (v *PlannerAPI) checkSegment(id int64) error {
	if id <= 0 {
		return nil
	}
	_, err := v.a.ws.Members.Segment(v.a.call(), id)
	return err
}

func guidance(st settings.Rhythm) []planner.Guidance {
	return []planner.Guidance{
		{Tier: "core", Per: planner.PerDay, Min: st.CoreMinPerDay, Max: st.CoreMaxPerDay},
		{Tier: "active", Per: planner.PerDay, Min: st.ActiveMinPerDay, Max: st.ActiveMaxPerDay},
		{Tier: "lurker", Per: planner.PerWeek, Min: st.LurkerMinPerWeek, Max: st.LurkerMaxPerWeek},
		{Tier: "dormant", Per: planner.PerWeek},
	}
}
