package planner_test

import (
	"errors"
	"testing"

	"qunzhu/backend/errs"
	"qunzhu/backend/planner"
)

// The planner's lines are settings: the defaults are the seeds', every item
// kind is offered a window, a saved change moves the week's warning, and a
// bad change is refused field by field with nothing stored.
func TestLines(t *testing.T) {
	f := setup(t, "2026-03-11T09:00")
	l, err := f.svc.Lines(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if l.Useful != 70 || l.Emotional != 20 || l.Marketing != 10 || l.MarketingWarn != 15 {
		t.Errorf("default mix = %d/%d/%d warn %d", l.Useful, l.Emotional, l.Marketing, l.MarketingWarn)
	}
	for _, kind := range planner.Kinds {
		if _, ok := l.WindowOf(kind); !ok {
			t.Errorf("kind %s is offered no window", kind)
		}
	}
	if w, _ := l.WindowOf("preview"); w.Key != "lunch" || w.From != 720 || w.To != 810 {
		t.Errorf("a live preview's window = %+v, want lunch 12:00–13:30", w)
	}
	bad := []struct {
		name   string
		change func(*planner.Lines)
		field  string
	}{
		{"mix off 100", func(l *planner.Lines) { l.Useful = 60 }, "mix"},
		{"warning past 100", func(l *planner.Lines) { l.MarketingWarn = 101 }, "marketingWarn"},
		{"window backwards", func(l *planner.Lines) { l.Windows[1].From, l.Windows[1].To = 800, 700 }, "window.lunch"},
		{"unknown kind", func(l *planner.Lines) { l.KindWindow["karaoke"] = "news" }, "kindWindow.karaoke"},
		{"unknown window", func(l *planner.Lines) { l.KindWindow["quiz"] = "midnight" }, "kindWindow.quiz"},
	}
	for _, c := range bad {
		l := planner.DefaultLines()
		c.change(&l)
		err := f.svc.SaveLines(f.ctx, l)
		var e *errs.Error
		if !errors.As(err, &e) || e.Fields[c.field].Key == "" {
			t.Errorf("%s: err = %v, want a problem with %s", c.name, err, c.field)
		}
	}
	if got, _ := f.svc.Lines(f.ctx); got.Useful != 70 {
		t.Errorf("a refused change was stored: %+v", got)
	}
	l = planner.DefaultLines()
	l.Useful, l.Marketing, l.MarketingWarn = 60, 20, 25
	l.KindWindow["quiz"] = "evening"
	if err := f.svc.SaveLines(f.ctx, l); err != nil {
		t.Fatal(err)
	}
	got, err := f.svc.Lines(f.ctx)
	if err != nil || got.MarketingWarn != 25 || got.Useful != 60 || got.KindWindow["quiz"] != "evening" {
		t.Errorf("saved lines read back as %+v, %v", got, err)
	}
	w, err := f.svc.Week(f.ctx, at(t, "2026-03-11T00:00"), f.group)
	if err != nil || w.Mix.WarnAt != 25 {
		t.Errorf("the week warns at %d %%, want 25 (%v)", w.Mix.WarnAt, err)
	}
}
