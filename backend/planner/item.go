// Package planner plans a group's weeks offline: items at local wall-clock
// times (vote, live Q&A, red packet ...), recurrences and the seeds' SOP
// templates, the 7-2-1 content mix, what is due today with the text to
// paste, the group rules with their moderation ladder, and the admin roles.
package planner

import (
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"qunzhu/backend/errs"
)

// Kinds of planner items, with the content category each gets by default.
var Kinds = []string{KindVote, "live_qa", "preview", "material_call", "red_packet", "checkin", "quiz",
	"challenge", "ranking", "exclusive", "live_stream", "meetup", "video_release", "first_hour_push",
	"topic", "idiom_chain", "riddle"}

// KindVote is a topic vote: it may link a real poll.
const KindVote = "vote"

// Content categories of the 7-2-1 mix.
const (
	Useful    = "useful"
	Emotional = "emotional"
	Marketing = "marketing"
)

// Categories in the order of the 7-2-1 mix.
var Categories = []string{Useful, Emotional, Marketing}

var defaultCategory = map[string]string{
	"red_packet": Emotional, "checkin": Emotional, "idiom_chain": Emotional, "riddle": Emotional, "ranking": Emotional, "meetup": Emotional,
	"live_stream": Marketing, "first_hour_push": Marketing,
}

// DefaultCategory is the category a new item of kind starts with.
func DefaultCategory(kind string) string {
	if c, ok := defaultCategory[kind]; ok {
		return c
	}
	return Useful
}

// Limits on what an item may hold.
const (
	MaxTitle     = 80
	MaxNotes     = 2000
	MaxChecklist = 30
	MaxCheckText = 120
	MinMinutes   = 5
	MaxMinutes   = 1440
)

// WallLayout is how a local wall-clock time is written: no zone, no DST.
const WallLayout = "2006-01-02T15:04"

// ParseWall reads a wall-clock time; it is kept as a UTC time.Time so that
// adding days never meets a DST jump.
func ParseWall(s string) (time.Time, error) {
	return time.ParseInLocation(WallLayout, strings.TrimSpace(s), time.UTC)
}

// Wall writes t's clock reading (its own location's) in WallLayout.
func Wall(t time.Time) string { return t.Format(WallLayout) }

// Check is one line of an item's checklist.
type Check struct {
	Text string `json:"text"`
	Done bool   `json:"done"`
}

// Input is what the creator types for an item.
type Input struct {
	GroupID   int64
	Kind      string
	Title     string
	Category  string
	Start     time.Time // wall clock, UTC-located
	Minutes   int
	OwnerID   int64 // planner admin, 0 for none
	Notes     string
	Checklist []Check
	PollID    int64
	LotteryID int64
	Audience  Audience
	TopicID   int64 // a topic of the bank this item uses (marked used on save), 0 for none
}

// Item is a stored planner item.
type Item struct {
	ID int64
	Input
	GroupName string
	Series    string
	Template  string
	OwnerName string
	DoneAt    *time.Time
	Repeat    string // JSON of the recurrence that made the series, "" for none
}

// End is when the item is over.
func (it Item) End() time.Time { return it.Start.Add(time.Duration(it.Minutes) * time.Minute) }

// Normalize trims the text and fills the category of the kind when empty.
func (in *Input) Normalize() {
	in.Kind = strings.TrimSpace(in.Kind)
	in.Title = strings.TrimSpace(in.Title)
	in.Notes = strings.TrimSpace(in.Notes)
	in.Category = strings.TrimSpace(in.Category)
	if in.Category == "" {
		in.Category = DefaultCategory(in.Kind)
	}
	in.Checklist = slices.DeleteFunc(in.Checklist, func(c Check) bool { return strings.TrimSpace(c.Text) == "" })
	for i := range in.Checklist {
		in.Checklist[i].Text = strings.TrimSpace(in.Checklist[i].Text)
	}
}

// Validate returns an Invalid error naming every bad field.
func (in Input) Validate() error {
	f := errs.Fields{}
	if in.GroupID <= 0 {
		f.Add("group", "err.planner.group", nil)
	}
	if !slices.Contains(Kinds, in.Kind) {
		f.Add("kind", "err.planner.kind", errs.Params{"Value": in.Kind})
	}
	if !slices.Contains(Categories, in.Category) {
		f.Add("category", "err.planner.category", errs.Params{"Value": in.Category})
	}
	if in.Title == "" || utf8.RuneCountInString(in.Title) > MaxTitle {
		f.Add("title", "err.planner.title", errs.Params{"Max": MaxTitle})
	}
	if in.Start.IsZero() {
		f.Add("start", "err.planner.start", nil)
	}
	if in.Minutes < MinMinutes || in.Minutes > MaxMinutes {
		f.Add("minutes", "err.planner.minutes", errs.Params{"Min": MinMinutes, "Max": MaxMinutes})
	}
	if utf8.RuneCountInString(in.Notes) > MaxNotes {
		f.Add("notes", "err.planner.notes", errs.Params{"Max": MaxNotes})
	}
	validateChecklist(f, in.Checklist)
	in.Audience.validate(f)
	return f.Err()
}

func validateChecklist(f errs.Fields, list []Check) {
	if len(list) > MaxChecklist {
		f.Add("checklist", "err.planner.checklist", errs.Params{"Max": MaxChecklist})
	}
	for i, c := range list {
		if utf8.RuneCountInString(c.Text) > MaxCheckText {
			f.Add("checklist", "err.planner.check_text", errs.Params{"Row": i + 1, "Max": MaxCheckText})
		}
	}
}
