package members

import (
	"slices"
	"time"
)

// input is the draft over base: the draft's set fields win.
func (d Draft) input(base Input) Input {
	in := base
	set(&in.Nickname, d.Nickname)
	set(&in.Remark, d.Remark)
	set(&in.Platform, d.Platform)
	set(&in.PlatformID, d.PlatformID)
	set(&in.Source, d.Source)
	set(&in.Notes, d.Notes)
	if d.FollowSince != nil {
		in.FollowSince = d.FollowSince
	}
	if d.FanLevel != nil {
		in.FanLevel = *d.FanLevel
	}
	if d.IronFan != nil {
		in.IronFan = *d.IronFan
	}
	in.Tags = append(slices.Clone(base.Tags), d.Tags...)
	in.Normalize()
	return in
}

func set(dst *string, v string) {
	if v != "" {
		*dst = v
	}
}

// fillIn updates member id with the draft's fields; it reports whether
// anything changed, so re-importing the same file changes nothing.
func (w *writer) fillIn(id int64, d Draft) (bool, error) {
	m, err := getMember(w.ctx, w.tx, id)
	if err != nil {
		return false, err
	}
	old := m.Input
	old.Normalize()
	in := d.input(old)
	in.Source = old.Source    // where a member first came from stays
	if old.PlatformID != "" { // so does the main id: the row's is one the member holds
		in.Platform, in.PlatformID = old.Platform, old.PlatformID
	}
	if err := in.Validate(); err != nil {
		return false, err
	}
	if sameInput(old, in) {
		return false, nil
	}
	return true, w.update(id, in)
}

func sameInput(a, b Input) bool {
	return a.Nickname == b.Nickname && a.Remark == b.Remark && a.Platform == b.Platform &&
		a.PlatformID == b.PlatformID && sameDate(a.FollowSince, b.FollowSince) && a.FanLevel == b.FanLevel &&
		a.IronFan == b.IronFan && a.Source == b.Source && a.Notes == b.Notes && slices.Equal(a.Tags, b.Tags)
}

func sameDate(a, b *time.Time) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Equal(*b)
}
