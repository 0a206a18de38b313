// Package activity imports chat and comment exports as member activity:
// it reads them as a stream (chatlog), matches each sender to a member
// (adding unknown senders), and stores every event once, all in one
// transaction, with progress and cancellation.
package activity

import (
	"time"

	"qunzhu/backend/chatlog"
	"qunzhu/backend/dashboard"
	"qunzhu/backend/members"
	"qunzhu/backend/store"
)

// Service imports activity.
type Service struct {
	db        *store.DB
	members   *members.Service
	dashboard *dashboard.Service // Health's KPIs (UseDashboard shares the workspace's)
}

// NewService returns a Service storing through m.
func NewService(db *store.DB, m *members.Service) *Service {
	s := &Service{db: db, members: m}
	s.dashboard = dashboard.NewService(db, s.TierSettings, Log{})
	return s
}

// Request is an activity import.
type Request struct {
	Path    string
	GroupID int64 // senders join this group (0: none)
	// Choices settle ambiguous senders: Sender.Key → member id (0: a new member).
	Choices map[string]int64
	// A generic CSV: its columns (nil: guessed from the header) and the
	// platform of rows without one ("": other).
	Columns  *chatlog.Columns
	Platform string
	// Paste, when set, is read instead of the file at Path, on Platform
	// (Douyin unless told).
	Paste *Pasted
}

// Sender is who wrote an event, as the export names them.
type Sender struct {
	Key      string `json:"key"` // platform, then the id or else the exact display name (fold.Name)
	Platform string `json:"platform"`
	ID       string `json:"id"`
	Name     string `json:"name"`
}

// Ambiguity is a sender whose nickname several members share.
type Ambiguity struct {
	Sender     Sender  `json:"sender"`
	Candidates []int64 `json:"candidates"`
	Chosen     int64   `json:"chosen"` // the member used (0: a new one)
}

// Report is what an import read and stored.
type Report struct {
	ImportID   int64
	Format     string
	Events     int               // new events stored
	Duplicates int               // events already stored by an earlier import
	System     int               // system and service messages left out
	Skipped    int               // messages or lines that could not be read, left out
	Problems   []chatlog.Problem // the first chatlog.MaxProblems of them
	Members    int               // distinct senders
	NewMembers int               // senders added as members
	From, To   time.Time
	Ambiguous  []Ambiguity
}
