package app

import (
	"time"

	"github.com/wailsapp/wails/v2/pkg/runtime"

	"qunzhu/backend/charts"
	"qunzhu/backend/planner"
	"qunzhu/locales"
)

// PlannerAPI is the planner screen's backend: the week and month calendar,
// SOP templates, the 7-2-1 gauge, Today and the week's export.
type PlannerAPI struct{ a *App }

// Week returns the week holding day (YYYY-MM-DD) of one group or (0) all.
func (v *PlannerAPI) Week(day string, groupID int64) (_ PlanWeekDTO, err error) {
	defer v.a.catchPanic(&err)
	d, err := planDay("day", day)
	if err != nil {
		return PlanWeekDTO{}, err
	}
	w, err := v.a.ws.Planner.Week(v.a.call(), d, groupID)
	items, _ := toPlanItemDTOs(w.Items, nil)
	return PlanWeekDTO{Start: w.Start.Format("2006-01-02"), Items: items, Mix: toMixDTO(w.Mix)}, err
}

// Range returns the items starting from from up to to (YYYY-MM-DD, to
// exclusive): the month view asks for its six weeks.
func (v *PlannerAPI) Range(from, to string, groupID int64) (_ []PlanItemDTO, err error) {
	defer v.a.catchPanic(&err)
	start, err := planDay("from", from)
	if err != nil {
		return nil, err
	}
	end, err := planDay("to", to)
	if err != nil {
		return nil, err
	}
	return toPlanItemDTOs(v.a.ws.Planner.List(v.a.call(), planner.Range{From: start, To: end, GroupID: groupID}))
}

// Create stores an item, repeated by rec, in one transaction.
func (v *PlannerAPI) Create(in PlanItemInput, rec RecurrenceDTO) (_ []PlanItemDTO, err error) {
	defer v.a.catchPanic(&err)
	d, err := in.toDomain()
	if err != nil {
		return nil, err
	}
	r, err := rec.toDomain()
	if err != nil {
		return nil, err
	}
	if err := v.checkSegment(d.Audience.Segment); err != nil {
		return nil, err
	}
	return toPlanItemDTOs(v.a.ws.Planner.Create(v.a.call(), d, r))
}

// Update saves the editor's changes to one item.
func (v *PlannerAPI) Update(id int64, in PlanItemInput) (_ PlanItemDTO, err error) {
	defer v.a.catchPanic(&err)
	d, err := in.toDomain()
	if err != nil {
		return PlanItemDTO{}, err
	}
	if err := v.checkSegment(d.Audience.Segment); err != nil {
		return PlanItemDTO{}, err
	}
	return planOne(v.a.ws.Planner.Update(v.a.call(), id, d))
}

// Move places an item at start with a length (drag and resize).
func (v *PlannerAPI) Move(id int64, start string, minutes int) (_ PlanItemDTO, err error) {
	defer v.a.catchPanic(&err)
	t, err := parseWall("start", start)
	if err != nil {
		return PlanItemDTO{}, err
	}
	return planOne(v.a.ws.Planner.Move(v.a.call(), id, t, minutes))
}

// Duplicate copies an item to start.
func (v *PlannerAPI) Duplicate(id int64, start string) (_ PlanItemDTO, err error) {
	defer v.a.catchPanic(&err)
	t, err := parseWall("start", start)
	if err != nil {
		return PlanItemDTO{}, err
	}
	return planOne(v.a.ws.Planner.Duplicate(v.a.call(), id, t))
}

// SetDone marks an item done or not.
func (v *PlannerAPI) SetDone(id int64, done bool) (_ PlanItemDTO, err error) {
	defer v.a.catchPanic(&err)
	return planOne(v.a.ws.Planner.SetDone(v.a.call(), id, done))
}

// Delete removes an item, or its whole series; it returns how many went.
func (v *PlannerAPI) Delete(id int64, series bool) (_ int, err error) {
	defer v.a.catchPanic(&err)
	return v.a.ws.Planner.Delete(v.a.call(), id, series)
}

// Templates lists the SOP templates' names (ui.planner.template.NAME).
func (v *PlannerAPI) Templates() (_ []string, err error) {
	defer v.a.catchPanic(&err)
	return append([]string{}, planner.Templates...), nil
}

// Kinds lists the item kinds with their default content category.
func (v *PlannerAPI) Kinds() (_ map[string]string, err error) {
	defer v.a.catchPanic(&err)
	out := map[string]string{}
	for _, k := range planner.Kinds {
		out[k] = planner.DefaultCategory(k)
	}
	return out, nil
}

// ApplyTemplate creates a template's items for a group from a day.
func (v *PlannerAPI) ApplyTemplate(in ApplyTemplateInput) (_ []PlanItemDTO, err error) {
	defer v.a.catchPanic(&err)
	start, err := planDay("start", in.Start)
	if err != nil {
		return nil, err
	}
	return toPlanItemDTOs(v.a.ws.Planner.ApplyTemplate(v.a.call(), planner.Apply{GroupID: in.GroupID,
		Template: in.Template, Start: start, Weeks: in.Weeks, Lang: v.a.language(), OwnerID: in.OwnerID}))
}

// Today lists what is due today across groups, with the texts to paste.
func (v *PlannerAPI) Today() (_ []DueDTO, err error) {
	defer v.a.catchPanic(&err)
	due, err := v.a.ws.Planner.Today(v.a.call(), v.a.language())
	out := make([]DueDTO, 0, len(due))
	for _, d := range due {
		out = append(out, DueDTO{Item: toPlanItemDTO(d.Item), Text: d.Text})
	}
	return out, err
}

// Draft is the text to paste for one item.
func (v *PlannerAPI) Draft(id int64) (_ string, err error) {
	defer v.a.catchPanic(&err)
	return v.a.ws.Planner.Text(v.a.call(), id, v.a.language())
}

// WeekText is the week holding day as text to paste.
func (v *PlannerAPI) WeekText(day string, groupID int64) (_ string, err error) {
	defer v.a.catchPanic(&err)
	d, err := planDay("day", day)
	if err != nil {
		return "", err
	}
	w, err := v.a.ws.Planner.Week(v.a.call(), d, groupID)
	if err != nil {
		return "", err
	}
	return planner.WeekText(w, v.a.language()), nil
}

// Today's date on the computer's clock, YYYY-MM-DD.
func (v *PlannerAPI) TodayDate() (_ string, err error) {
	defer v.a.catchPanic(&err)
	return time.Now().Format("2006-01-02"), nil
}

// SavePNG saves the week's picture (a PNG data URL) where the user
// chooses; "" when cancelled.
func (v *PlannerAPI) SavePNG(dataURL, title string) (_ string, err error) {
	defer v.a.catchPanic(&err)
	img, err := charts.DecodePNG(dataURL)
	if err != nil {
		return "", err
	}
	lang := v.a.language()
	path, err := v.a.saveDialog(runtime.SaveDialogOptions{
		Title:           locales.Localize(lang, "ui.planner.export.save_title", nil),
		DefaultFilename: charts.FileName(title),
		Filters:         []runtime.FileFilter{{DisplayName: locales.Localize(lang, "ui.planner.export.png_files", nil), Pattern: "*.png"}},
	})
	if err != nil || path == "" {
		return "", err
	}
	return charts.Write(path, img)
}
