package imports

import (
	"context"
	"database/sql"

	"qunzhu/backend/members"
)

// InviterCell is a row's 邀请人 column: who invited the row's member, as
// their platform id or exact nickname.
type InviterCell struct {
	Row        int
	Platform   string
	PlatformID string // the row's member
	Nickname   string
	Inviter    string
	Choice     int64 // the member an ambiguous row was settled to (0: none chosen)
}

// InviterLinker links the rows' members to their inviters inside the
// import's transaction, returning the rows it could not link.
type InviterLinker func(ctx context.Context, tx *sql.Tx, cells []InviterCell) ([]members.Problem, error)

// OnInviters sets who links an imported 邀请人 column (the rewards).
func (s *Service) OnInviters(link InviterLinker) { s.inviters = link }

// linkInviters is the import's Then step for the 邀请人 column, nil when
// there is nothing to link.
func (s *Service) linkInviters(l loaded, req Request) func(context.Context, *sql.Tx) ([]members.Problem, error) {
	if s.inviters == nil || len(l.inviters) == 0 {
		return nil
	}
	cells := l.inviters
	for i := range cells {
		cells[i].Choice = req.Choices[cells[i].Row]
	}
	return func(ctx context.Context, tx *sql.Tx) ([]members.Problem, error) { return s.inviters(ctx, tx, cells) }
}
