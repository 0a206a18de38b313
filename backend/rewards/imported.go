package rewards

import (
	"context"
	"database/sql"

	"qunzhu/backend/errs"
	"qunzhu/backend/memberimport"
	"qunzhu/backend/members"
	"qunzhu/backend/store"
)

// An imported 邀请人 column names the inviter by platform id (on the row's
// platform) first, else by exact nickname (fold.Name) when exactly one
// member on that platform has it. Several namesakes, or nobody, and the
// row is reported by line with the name: never guessed. The row's member
// itself is kept (the members import stored it); only the link is not made.

// importedColumn reads a member import's 邀请人 column for the memberimport.
type importedColumn struct{ s *Service }

// Link links each row's member to the inviter its cell names, in the
// import's transaction; each change is logged like a change by hand.
func (x importedColumn) Link(ctx context.Context, tx *sql.Tx, cells []memberimport.InviterCell) ([]members.Problem, error) {
	var probs []members.Problem
	for _, c := range cells {
		if c.Inviter == "" {
			continue
		}
		invitee, err := importedMember(ctx, tx, c)
		if err != nil {
			return probs, err
		}
		if invitee == 0 { // not stored (ambiguous): the members import reports it
			continue
		}
		inviter, p, err := namedInviter(ctx, tx, c)
		if err == nil && p == nil {
			err = checkLink(ctx, tx, invitee, inviter)
		}
		if errs.CodeOf(err) == errs.Invalid {
			p, err = &members.Problem{Row: c.Row, Field: "inviter", Key: errs.As(err).Key, Params: errs.As(err).Params}, nil
		}
		if err != nil {
			return probs, err
		}
		if p != nil {
			probs = append(probs, *p)
			continue
		}
		if err := x.s.changeLink(ctx, tx, invitee, inviter, SourceImport); err != nil {
			return probs, err
		}
	}
	return probs, nil
}

// importedMember is the member a row was stored as: its id, the choice
// that settled it, else its unique exact name on its platform.
func importedMember(ctx context.Context, tx *sql.Tx, c memberimport.InviterCell) (int64, error) {
	if c.PlatformID != "" {
		return byID(ctx, tx, c.Platform, c.PlatformID)
	}
	if c.Choice != 0 {
		return c.Choice, nil
	}
	n, err := members.FindByName(ctx, tx, members.NameScope{Platform: c.Platform}, c.Nickname)
	return n.MemberID, err
}

// namedInviter is the member the cell names, or the row's problem.
func namedInviter(ctx context.Context, tx *sql.Tx, c memberimport.InviterCell) (int64, *members.Problem, error) {
	if id, err := byID(ctx, tx, c.Platform, c.Inviter); err != nil || id != 0 {
		return id, nil, err
	}
	n, err := members.FindByName(ctx, tx, members.NameScope{Platform: c.Platform}, c.Inviter)
	if err != nil || n.MemberID != 0 {
		return n.MemberID, nil, err
	}
	return 0, inviterProblem(c, len(n.Namesakes)), nil
}

// inviterProblem is the row's problem when count members have the
// inviter's name: none (unknown) or several (ambiguous).
func inviterProblem(c memberimport.InviterCell, count int) *members.Problem {
	if count == 0 {
		return &members.Problem{Row: c.Row, Field: "inviter", Key: "err.rewards.inviter_unknown", Params: map[string]any{"Name": c.Inviter}}
	}
	return &members.Problem{Row: c.Row, Field: "inviter", Key: "err.rewards.inviter_ambiguous",
		Params: map[string]any{"Name": c.Inviter, "Count": count}}
}

// byID is the live member with the id on platform (0: none).
func byID(ctx context.Context, q store.Queryer, platform, id string) (int64, error) {
	return members.LiveByIdentity(ctx, q, platform, id)
}
