package lottery

import (
	"time"

	"qunzhu/backend/members"
)

// Where entrants come from.
const (
	FromMembers  = "members"  // a filter, segment, tier or group of the member list
	FromPoll     = "poll"     // the voters of a closed poll
	FromJielong  = "jielong"  // a 接龙 pasted back
	FromComments = "comments" // pasted comments, "name: text" a line
	FromDouyin   = "douyin"   // a Douyin comment export (MediaCrawler CSV/JSON)
)

// Entry rules: where the entrants come from and who may take part. They
// are stored with the lottery and published with it.
type Entry struct {
	From           string          `json:"from"`
	Members        *MemberSelector `json:"members,omitempty"`
	PollID         int64           `json:"pollId,omitempty"`
	Text           string          `json:"-"` // the pasted 接龙 or comments (not published)
	Path           string          `json:"-"` // the Douyin export
	Keyword        string          `json:"keyword,omitempty"`
	Mentions       int             `json:"minMentions,omitempty"` // @mentions a comment must hold
	After          *time.Time      `json:"after,omitempty"`
	Before         *time.Time      `json:"before,omitempty"`
	MinDays        int             `json:"minDays,omitempty"`
	MinLevel       int             `json:"minLevel,omitempty"`
	IronOnly       bool            `json:"ironOnly,omitempty"`
	ExcludeWonDays int             `json:"excludeWonDays,omitempty"` // people who won in the last N days stay out
	Weight         *Weight         `json:"weight,omitempty"`
}

// MemberSelector picks members: a saved segment, a group, tiers.
type MemberSelector struct {
	SegmentID int64    `json:"segmentId,omitempty"`
	GroupID   int64    `json:"groupId,omitempty"`
	Tiers     []string `json:"tiers,omitempty"`
}

// Weight is a published extra chance: members with at least Checkins
// check-ins in the last Days days are listed Times times.
type Weight struct {
	Days     int `json:"days"`
	Checkins int `json:"checkins"`
	Times    int `json:"times"`
}

// Entrant is one person in the list, with how many lines they get.
type Entrant struct {
	Name     string `json:"name"`
	MemberID int64  `json:"memberId"`
	Weight   int    `json:"weight"`
}

// Excluded reasons (ui.lottery.excluded.* keys).
const (
	OutKeyword  = "keyword"
	OutMentions = "mentions"
	OutTime     = "time"
	OutMember   = "not_member" // a member condition is set and the name matched nobody
	OutDays     = "days"
	OutLevel    = "level"
	OutIron     = "iron"
	OutWon      = "won"
	OutRepeat   = "repeat"       // one entry per person
	OutInvalid  = "invalid_name" // the name was nothing but invisible marks
)

// Entrants is the list an Entry gives, before it is frozen.
type Entrants struct {
	People   []Entrant      `json:"people"`
	Lines    int            `json:"lines"` // with weights
	Read     int            `json:"read"`  // candidates read before the filters
	Excluded map[string]int `json:"excluded"`
	Unread   []int          `json:"unread"` // pasted lines that named nobody
	// Ambiguous are names several members have: they take part under the
	// name, credited to none of the members.
	Ambiguous []Ambiguous `json:"ambiguous"`
}

// Ambiguous is a name read from a source that several members have.
type Ambiguous struct {
	Line      int                `json:"line"` // 0 when the source has no lines
	Name      string             `json:"name"`
	Namesakes []members.Namesake `json:"namesakes"`
}

// candidate is someone read from a source, before the filters.
type candidate struct {
	name      string // fold.Name of what the source wrote: "" when nothing visible was left
	written   string // what the source wrote
	memberID  int64
	senderID  string    // the platform id a chat export gives; "" when none
	text      string    // the comment or entry, for the keyword and mentions
	at        time.Time // zero when the source has no times
	line      int       // in the pasted text; 0 when the source has none
	namesakes []members.Namesake
}

// invalid is a name that was written but had nothing visible in it.
func (c candidate) invalid() bool { return c.memberID == 0 && c.name == "" && c.written != "" }
