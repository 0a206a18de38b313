// Package tiers is the pure tier and lifecycle engine. Given each member's
// activity aggregates (worked out by the database layer) it computes RFM
// scores, the tier (core, active, lurker, dormant, invalid), the contribution
// role, the lifecycle stage and the lists a creator acts on (slipping away,
// new and promising, KOC), each with the rule that placed the member and the
// numbers behind it. No database, no clock: the caller passes now.
package tiers

import "time"

// Stats are one member's activity aggregates over the window ending at now.
type Stats struct {
	MemberID    int64
	LastAt      time.Time // last interaction; zero: never interacted
	FirstAt     time.Time // first interaction ever; zero: none
	JoinedAt    time.Time // joined the group or first seen; zero: unknown
	Count       int       // interactions in the window (messages, replies, mentions, comments, likes, check-ins ...)
	Posts       int       // content posts (image, video, link) in the window
	Tips        float64   // tips and gifts, by value, in the window
	Shares      int
	Purchases   int
	Replies     int     // replies to and @mentions of others in the window
	Starts      int     // conversations started after a quiet spell, in the window
	Daily7      float64 // interactions per day over the last 7 days
	Baseline    float64 // interactions per day over the window before the last 14 days
	PrevTier    Tier    // the stored tier ("" none), for hysteresis
	PrevTierAt  time.Time
	PrevStage   Stage
	PrevStageAt time.Time
	// PrevTierLowAt and PrevStageLowAt: since when the computed tier (stage)
	// has stayed below the stored one; zero when it has not.
	PrevTierLowAt  time.Time
	PrevStageLowAt time.Time
}

// Tier is a member's place by RFM score.
type Tier string

// Tiers, best first.
const (
	Core    Tier = "core"
	Active  Tier = "active"
	Lurker  Tier = "lurker"
	Dormant Tier = "dormant"
	Invalid Tier = "invalid" // never interacted
)

// Tiers lists every tier, best first.
var Tiers = []Tier{Core, Active, Lurker, Dormant, Invalid}

// Stage is a member's lifecycle stage.
//
// The seeds name five stages; their bands leave a gap between "fewer than 2
// a week" (observing) and "3 to 5 a day" (growing). Members in that gap are
// Steady: they show up regularly, the seeds' 1–2 a day "active users".
type Stage string

// Stages. Declining is an alert rather than a rank: it is entered and left
// at once, whatever the hysteresis.
const (
	StageDormant   Stage = "dormant"
	StageObserving Stage = "observing"
	StageSteady    Stage = "steady"
	StageGrowing   Stage = "growing"
	StageMature    Stage = "mature"
	StageDeclining Stage = "declining"
)

// Stages lists every stage, most engaged first, declining last.
var Stages = []Stage{StageMature, StageGrowing, StageSteady, StageObserving, StageDormant, StageDeclining}

// Role is how a member contributes (seed 002).
type Role string

// Roles.
const (
	Creator    Role = "creator"    // posts content
	Interactor Role = "interactor" // talks, replies, likes, shares, but posts little
	Observer   Role = "observer"   // follows along, rarely interacts
)

// Rule says which rule placed a member, with the numbers shown to the user.
// Key is an i18n key; Params fill its {{.Name}} placeholders.
type Rule struct {
	Key    string
	Params map[string]any
}

// Result is one member's scores, tier, stage, role and list flags.
type Result struct {
	MemberID  int64
	R, F, M   int     // 1–5 scores; 0 for an invalid member (never interacted)
	Recency   int     // whole days since the last interaction, -1 never
	Frequency int     // interactions in the window
	Monetary  float64 // weighted contribution (see Settings weights)

	Tier     Tier
	TierRule Rule
	Stage    Stage
	// StageRule explains Stage.
	StageRule Rule
	Role      Role
	RoleRule  Rule

	Slipping     bool // was core or active, silent SlippingDays or more
	NewPromising bool // joined within NewDays and already active
	KOC          bool // starts conversations and answers others
	// ListRules explains each list flag that is set, in the order
	// Slipping, NewPromising, KOC; nil when none is.
	ListRules []Rule

	TierSince  time.Time // when the member entered Tier
	StageSince time.Time // when the member entered Stage
	// TierLowSince and StageLowSince: since when a lower tier (stage) has
	// been held back; zero when no demotion is pending.
	TierLowSince  time.Time
	StageLowSince time.Time
}
