package rewards

import (
	"context"
	"database/sql"
	"errors"

	"qunzhu/backend/errs"
	"qunzhu/backend/imports"
	"qunzhu/backend/members"
)

// An imported 邀请人 column names the inviter by platform id (on the row's
// platform) first, else by exact nickname (fold.Name) when exactly one
// member on that platform has it. Several namesakes, or nobody, and the
// row is reported by line with the name: never guessed. The row's member
// itself is kept (the members import stored it); only the link is not made.

// linkImported links each row's member to the inviter its cell names, in
// the import's transaction; each change is logged like a change by hand.
func (s *Service) linkImported(ctx context.Context, tx *sql.Tx, cells []imports.InviterCell) ([]members.Problem, error) {
	var probs []members.Problem
	for _, c := range cells {
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
		if err := s.changeLink(ctx, tx, invitee, inviter, SourceImport); err != nil {
			return probs, err
		}
	}
	return probs, nil
}

// importedMember is the member a row was stored as: its id, the choice
// that settled it, else its unique exact name on its platform.
func importedMember(ctx context.Context, tx *sql.Tx, c imports.InviterCell) (int64, error) {
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
func namedInviter(ctx context.Context, tx *sql.Tx, c imports.InviterCell) (int64, *members.Problem, error) {
	if id, err := byID(ctx, tx, c.Platform, c.Inviter); err != nil || id != 0 {
		return id, nil, err
	}
	n, err := members.FindByName(ctx, tx, members.NameScope{Platform: c.Platform}, c.Inviter)
	switch {
	case err != nil:
		return 0, nil, err
	case n.Ambiguous():
		return 0, &members.Problem{Row: c.Row, Field: "inviter", Key: "err.rewards.inviter_ambiguous",
			Params: map[string]any{"Name": c.Inviter, "Count": len(n.Namesakes)}}, nil
	case n.MemberID == 0:
		return 0, &members.Problem{Row: c.Row, Field: "inviter", Key: "err.rewards.inviter_unknown",
			Params: map[string]any{"Name": c.Inviter}}, nil
	}
	return n.MemberID, nil, nil
}

// byID is the live member with the id on platform (0: none).
func byID(ctx context.Context, tx *sql.Tx, platform, id string) (int64, error) {
	var member int64
	err := tx.QueryRowContext(ctx, `SELECT i.member_id FROM identities i JOIN members m ON m.id = i.member_id
		WHERE i.platform = ? AND i.platform_id = ? AND m.deleted_at IS NULL`, platform, id).Scan(&member)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	return member, errs.Wrap(err, "find inviter id")
}
