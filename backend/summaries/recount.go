package summaries

import (
	"context"
	"database/sql"
	"slices"
	"strings"

	"qunzhu/backend/errs"
)

// recount runs move (which moves or deletes the events of members) and
// brings the summaries up to date with it: the days those members' events
// fell on, before and after, are counted again, their last events read
// again, and they are moved in those days' sets.
func recount(ctx context.Context, tx *sql.Tx, src Events, members []int64, move func() error) error {
	before, err := memberDays(ctx, tx, src, members)
	if err != nil {
		return err
	}
	if err := move(); err != nil {
		return err
	}
	after, err := memberDays(ctx, tx, src, members)
	if err != nil {
		return err
	}
	if err := moveSets(ctx, tx, members, before, after); err != nil {
		return err
	}
	var days []int64
	for _, md := range append(before, after...) {
		days = append(days, md.day)
	}
	slices.Sort(days)
	for _, d := range slices.Compact(days) {
		if err := countDays(ctx, tx, src, d*86400, (d+1)*86400, "recount dashboard"); err != nil {
			return err
		}
	}
	for _, id := range members {
		if err := recountMember(ctx, tx, src, id); err != nil {
			return err
		}
	}
	return nil
}

// recountMember reads a member's last events again, in every scope.
func recountMember(ctx context.Context, tx *sql.Tx, src Events, id int64) error {
	scopes, err := src.MemberScopes(ctx, tx, id)
	if err != nil {
		return errs.Wrap(err, "recount dashboard")
	}
	args := make([]any, 0, len(scopes)+1)
	for _, s := range scopes {
		args = append(args, s)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM dashboard_last WHERE scope IN (`+
		strings.TrimSuffix(strings.Repeat("?,", len(scopes)), ",")+`) AND member_id = ?`, append(args, id)...); err != nil {
		return errs.Wrap(err, "recount dashboard")
	}
	var rows []any
	err = src.MemberLasts(ctx, tx, id, func(l Last) error {
		rows = append(rows, l.Scope, l.Member, l.Spoke, l.Seen)
		return nil
	})
	if err == nil {
		err = insertRows(ctx, tx, `INSERT INTO dashboard_last (scope, member_id, spoke_at, seen_at) VALUES `, "", 4, rows)
	}
	return errs.Wrap(err, "recount dashboard")
}
