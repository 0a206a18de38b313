package memberimport

import (
	"cmp"
	"context"
	"database/sql"
	"slices"

	"qunzhu/backend/members"
)

// InviterCell is a row of a file with a 邀请人 column: the row's member and
// who invited them (their platform id or exact nickname; "" for nobody).
type InviterCell struct {
	Row        int
	Platform   string
	PlatformID string // the row's member
	Nickname   string
	Inviter    string
	Choice     int64 // the member an ambiguous row was settled to (0: none chosen)
}

// Inviters reads an imported 邀请人 column (the rewards): Check, before
// anything is written, names the rows whose inviter cannot be told (they
// become invalid rows, in the preview as in the import); Link links the
// stored rows' members inside the import's transaction.
type Inviters interface {
	Check(ctx context.Context, cells []InviterCell) ([]members.Problem, error)
	Link(ctx context.Context, tx *sql.Tx, cells []InviterCell) ([]members.Problem, error)
}

// UseInviters sets who reads the 邀请人 column.
func (s *Service) UseInviters(x Inviters) { s.inviters = x }

// checkInviters turns the rows whose inviter cannot be told into invalid
// rows: they are left out like any bad row.
func (s *Service) checkInviters(ctx context.Context, l *loaded) error {
	if s.inviters == nil || len(l.inviters) == 0 {
		return nil
	}
	probs, err := s.inviters.Check(ctx, l.inviters)
	if err != nil || len(probs) == 0 {
		return err
	}
	bad := map[int]bool{}
	for _, p := range probs {
		bad[p.Row] = true
	}
	l.drafts = slices.DeleteFunc(l.drafts, func(d members.Draft) bool { return bad[d.Row] })
	l.inviters = slices.DeleteFunc(l.inviters, func(c InviterCell) bool { return bad[c.Row] })
	l.problems = append(l.problems, probs...)
	slices.SortStableFunc(l.problems, func(a, b members.Problem) int { return cmp.Compare(a.Row, b.Row) })
	return nil
}

// linkInviters is the import's Then step for the 邀请人 column, nil when
// there is nothing to link.
func (s *Service) linkInviters(l loaded, req Request) func(context.Context, *sql.Tx) ([]members.Problem, error) {
	if s.inviters == nil || !slices.ContainsFunc(l.inviters, func(c InviterCell) bool { return c.Inviter != "" }) {
		return nil
	}
	cells := l.inviters
	for i := range cells {
		cells[i].Choice = req.Choices[cells[i].Row]
	}
	return func(ctx context.Context, tx *sql.Tx) ([]members.Problem, error) {
		return s.inviters.Link(ctx, tx, cells)
	}
}
