// Package kpi holds the one definition of each number the Group health
// screen, the dashboard, the weekly review and the command line show, and
// the lines they are judged against. The dashboard counts them from its
// per-day summaries; everyone else asks the dashboard.
//
// For a scope (one group, or all groups) and a period of whole days:
//   - Members: the members of the scope now: a group's joined members, or
//     every live member; members in the trash never count.
//   - Messages: the events of a spoken kind (SpokenKinds: a message, a reply,
//     a mention, a 接龙 sign-up, a comment, a check-in, a post of a photo,
//     video, file or link) that happened in the scope in the period. Likes,
//     shares, tips and purchases are interactions: they reach, they don't speak.
//   - A member's events count only in the group they happened in (and in
//     "all groups"), never in another group the member belongs to.
//   - Speakers: the members (less the trash and those no longer in the group)
//     with a message in the scope in the period; Participation is Speakers /
//     Members.
//   - Reached: the same members with any event, spoken or not; Reach is
//     Reached / Members.
//   - MessagesPer100: Messages / Days / Members × 100.
//   - Silent: the members with no event at all in the scope in the
//     SilentDays days that end the period; SilentShare is Silent / Members.
//     It alerts above the line only once a chat is on record: without one,
//     silence says nothing.
//   - A chat is on record (Recorded) for a scope once it holds one event,
//     at any time; "no chat yet" means exactly its opposite, on every screen.
package kpi

import "strings"

// SpokenKinds are the kinds of event that are messages.
var SpokenKinds = []string{"message", "reply", "mention", "jielong", "comment", "checkin", "post"}

// Spoken says whether an event of this kind is a message.
func Spoken(kind string) bool {
	for _, k := range SpokenKinds {
		if k == kind {
			return true
		}
	}
	return false
}

// SpokenSQL is the SQL test of an event (column kind) that is a message.
var SpokenSQL = `kind IN ('` + strings.Join(SpokenKinds, `', '`) + `')`

// Counts are what a scope's period holds, before any share is worked out.
type Counts struct {
	Members  int
	Messages int
	Days     int
	Speakers int
	Reached  int
	Silent   int
	Recorded bool
}

// Figures are the counts with their shares, judged against the lines.
type Figures struct {
	Counts
	MessagesPer100, Reach, Participation, SilentShare float64
	SilentAlert                                       bool
	Lines                                             Lines
}

// Score works out the shares of c and judges the silent share against l.
func Score(c Counts, l Lines) Figures {
	f := Figures{Counts: c, Lines: l}
	if c.Members == 0 {
		return f
	}
	m := float64(c.Members)
	f.MessagesPer100 = float64(c.Messages) / float64(max(1, c.Days)) / m * 100
	f.Reach = min(1, float64(c.Reached)/m)
	f.Participation = min(1, float64(c.Speakers)/m)
	f.SilentShare = min(1, float64(c.Silent)/m)
	f.SilentAlert = c.Recorded && f.SilentShare > l.SilentShare
	return f
}
