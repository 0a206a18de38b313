package invites

import (
	"context"
	"database/sql"
	"time"

	"qunzhu/backend/groups"
	"qunzhu/backend/members"
	"qunzhu/backend/store"
)

type txer = *sql.Tx

// Service keeps invitations in a Qunzhu database.
type Service struct {
	db      *store.DB
	members *members.Service
	groups  *groups.Service
	now     func() time.Time
	hooks   []StateHook
	levels  LevelsFunc // the {等级} field's values; nil: none
}

// StateHook runs inside the transaction that moves a draft to a state
// (after the move): what others derive from the queue stays in step with it.
type StateHook func(ctx context.Context, tx *sql.Tx, draft int64, state string, now time.Time) error

// OnState adds a hook run on every draft state change.
func (s *Service) OnState(h StateHook) { s.hooks = append(s.hooks, h) }

// NewService returns a Service on db, reading members and groups through
// their services.
func NewService(db *store.DB, m *members.Service, g *groups.Service) *Service {
	return &Service{db: db, members: m, groups: g, now: time.Now}
}

// SetClock replaces the clock (tests).
func (s *Service) SetClock(now func() time.Time) { s.now = now }
