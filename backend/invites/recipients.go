package invites

import (
	"context"
	"slices"

	"qunzhu/backend/errs"
	"qunzhu/backend/groups"
	"qunzhu/backend/members"
)

// Presets: the seeds' screening of whom to invite.
var Presets = []string{"interaction", "iron", "dm", "entry"}

// MaxRecipients caps one batch.
const MaxRecipients = 5000

// Selection is how the recipients are chosen. Every part that is set
// narrows the choice; GroupID is the group they are invited to.
type Selection struct {
	SegmentID int64           `json:"segmentId,omitempty"`
	Filter    *members.Filter `json:"filter,omitempty"`
	Tiers     []string        `json:"tiers,omitempty"`
	Preset    string          `json:"preset,omitempty"` // interaction, iron, dm, entry
	GroupID   int64           `json:"groupId,omitempty"`
}

// Validate checks the preset and the tiers.
func (sel Selection) Validate() error {
	f := errs.Fields{}
	if sel.Preset != "" && !slices.Contains(Presets, sel.Preset) {
		f.Add("preset", "err.invites.preset", errs.Params{"Value": sel.Preset})
	}
	if sel.Preset == "entry" && sel.GroupID == 0 {
		f.Add("groupId", "err.field.required", nil)
	}
	for _, t := range sel.Tiers {
		if !slices.Contains(members.Tiers, t) {
			f.Add("tiers", "err.member.choice", errs.Params{"Value": t})
		}
	}
	return f.Err()
}

// Counts is what a selection comes to against the group's free places.
type Counts struct {
	Matched int // members the selection matches
	InGroup int // of them, already in the group
	Recent  int // of them, invited within the recent days
	Queued  int // of them, waiting in a queue (drafted, not yet copied)
	Invite  int // left to invite
	Free    int // free places in the group, -1 without a group
}

// Recipients is the resolved selection.
type Recipients struct {
	Counts
	Group   *groups.Group
	Members []members.Row // the ones to invite, best first
}

// filter turns the selection into one member filter.
func (s *Service) filter(ctx context.Context, sel Selection, g *groups.Group) (members.Filter, error) {
	var f members.Filter
	if sel.Filter != nil {
		f = *sel.Filter
	}
	if sel.SegmentID != 0 {
		sg, err := s.members.Segment(ctx, sel.SegmentID)
		if err != nil {
			return f, err
		}
		f = merge(sg.Filter, f)
	}
	if len(sel.Tiers) > 0 {
		f.Tiers = sel.Tiers
	}
	applyPreset(&f, sel.Preset, g)
	f.Trash = false
	return f, nil
}

// merge narrows a segment's filter a with what the filter b sets.
func merge(a, bb members.Filter) members.Filter {
	out := a
	if bb.Search != "" {
		out.Search = bb.Search
	}
	if bb.GroupID != 0 {
		out.GroupID = bb.GroupID
	}
	out.Platforms = firstSet(bb.Platforms, out.Platforms)
	out.Tags = firstSet(bb.Tags, out.Tags)
	out.Sources = firstSet(bb.Sources, out.Sources)
	out.Tiers = firstSet(bb.Tiers, out.Tiers)
	out.Stages = firstSet(bb.Stages, out.Stages)
	out.Flags = firstSet(bb.Flags, out.Flags)
	out.IronFan = firstPtr(bb.IronFan, out.IronFan)
	out.MinDays, out.MaxDays = firstPtr(bb.MinDays, out.MinDays), firstPtr(bb.MaxDays, out.MaxDays)
	out.MinLevel, out.MaxLevel = firstPtr(bb.MinLevel, out.MinLevel), firstPtr(bb.MaxLevel, out.MaxLevel)
	return out
}

func firstSet[T any](a, b []T) []T {
	if len(a) > 0 {
		return a
	}
	return b
}

func firstPtr[T any](a, b *T) *T {
	if a != nil {
		return a
	}
	return b
}

// applyPreset adds a screening preset to the filter.
func applyPreset(f *members.Filter, preset string, g *groups.Group) {
	yes := true
	switch preset {
	case "interaction": // the tiers worked out from likes, comments, shares and messages
		if len(f.Tiers) == 0 {
			f.Tiers = []string{"core", "active"}
		}
	case "iron":
		f.IronFan = &yes
	case "dm":
		f.Sources = []string{"dm"}
	case "entry":
		if g == nil {
			return
		}
		if g.MinDaysFollowed > 0 {
			f.MinDays = &g.MinDaysFollowed
		}
		if g.MinFanLevel > 0 {
			f.MinLevel = &g.MinFanLevel
		}
		if g.IronFansOnly {
			f.IronFan = &yes
		}
	}
}
