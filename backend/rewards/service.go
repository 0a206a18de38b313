// Package rewards keeps invitation rewards (seed 004: invite X friends ->
// reward A, Y -> reward B): who invited whom (set by hand, by the
// invitation queue's join matching, or from an imported 邀请人 column),
// the reward campaigns with their ladders, each inviter's progress within a
// campaign's period, and the rewards handed out.
package rewards

import (
	"time"

	"qunzhu/backend/invites"
	"qunzhu/backend/memberimport"
	"qunzhu/backend/store"
)

// Service keeps invitation rewards in a Qunzhu database.
type Service struct {
	db      *store.DB
	invites *invites.Service
	now     func() time.Time
}

// NewService returns a Service on db and hooks it into the invitation
// queue (a draft marked joined in a batch sent at a member's referral
// links its member to that referrer) and into member imports (a 邀请人
// column links each row's member to the inviter it names), each inside
// the transaction that writes there.
func NewService(db *store.DB, inv *invites.Service, imp *memberimport.Service) *Service {
	s := &Service{db: db, invites: inv, now: time.Now}
	inv.OnState(s.draftMoved)
	imp.UseInviters(importedColumn{s})
	return s
}

// SetClock replaces the clock (tests).
func (s *Service) SetClock(now func() time.Time) { s.now = now }

const dateLayout = "2006-01-02"

func day(t time.Time) string { return t.Format(dateLayout) }
