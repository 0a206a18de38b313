package rewards

import (
	"database/sql"
	"testing"

	"qunzhu/backend/members"
)

// The day an invitee counts from, as the one SQL statement worked it out
// before members owned the memberships: the earliest joined membership's
// date, an undated one counting from the link's day, the queue's day only
// when no group is asked.
func TestJoinedDay(t *testing.T) {
	firsts := map[int64]members.FirstJoin{
		1: {Day: "2026-03-05"},
		2: {Day: "2026-03-05", Undated: true},
		3: {Undated: true},
		4: {Day: "2026-01-01", Undated: true},
	}
	queue := sql.NullString{String: "2026-04-01", Valid: true}
	cases := []struct {
		invitee int64
		group   int64
		want    string
	}{
		{1, 0, "2026-03-05"},
		{2, 0, "2026-02-10"}, // the link's day is earlier
		{3, 7, "2026-02-10"},
		{4, 0, "2026-01-01"},
		{5, 0, "2026-04-01"}, // no membership: the queue's day
		{5, 7, ""},
	}
	for _, c := range cases {
		if got := joinedDay(firsts, c.invitee, "2026-02-10T08:00:00Z", queue, c.group); got != c.want {
			t.Errorf("invitee %d in group %d: got %q, want %q", c.invitee, c.group, got, c.want)
		}
	}
}
