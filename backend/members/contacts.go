package members

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// Contact is how a member is reached: the nickname, the platform and the
// id on it.
type Contact struct {
	Nickname   string
	Platform   string
	PlatformID string
}

// Contacts returns the contact of each of the members that exist (deleted
// or not); ids of no member are left out.
func Contacts(ctx context.Context, q store.Queryer, ids []int64) (map[int64]Contact, error) {
	b, _ := json.Marshal(ids)
	rows, err := q.QueryContext(ctx, `SELECT id, nickname, platform, platform_id FROM members
		WHERE id IN (SELECT value FROM json_each(?))`, string(b))
	if err != nil {
		return nil, errs.Wrap(err, "read contacts")
	}
	defer rows.Close()
	out := make(map[int64]Contact, len(ids))
	for rows.Next() {
		var id int64
		var c Contact
		if err := rows.Scan(&id, &c.Nickname, &c.Platform, &c.PlatformID); err != nil {
			return nil, errs.Wrap(err, "read contacts")
		}
		out[id] = c
	}
	return out, errs.Wrap(rows.Err(), "read contacts")
}

// PlatformIDs returns every id each of the members has on any platform
// (their identities), by platform and id.
func PlatformIDs(ctx context.Context, q store.Queryer, ids []int64) (map[int64][]string, error) {
	b, _ := json.Marshal(ids)
	rows, err := q.QueryContext(ctx, `SELECT member_id, platform_id FROM identities
		WHERE member_id IN (SELECT value FROM json_each(?)) ORDER BY member_id, platform, platform_id`, string(b))
	if err != nil {
		return nil, errs.Wrap(err, "read identities")
	}
	defer rows.Close()
	out := map[int64][]string{}
	for rows.Next() {
		var id int64
		var pid string
		if err := rows.Scan(&id, &pid); err != nil {
			return nil, errs.Wrap(err, "read identities")
		}
		out[id] = append(out[id], pid)
	}
	return out, errs.Wrap(rows.Err(), "read identities")
}

// JoinedIDs lists the members (deleted or not) whose membership of group
// is joined.
func JoinedIDs(ctx context.Context, q store.Queryer, group int64) ([]int64, error) {
	rows, err := q.QueryContext(ctx, `SELECT member_id FROM memberships WHERE group_id = ? AND status = 'joined'`, group)
	if err != nil {
		return nil, errs.Wrap(err, "read joined members")
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, errs.Wrap(err, "read joined members")
		}
		out = append(out, id)
	}
	return out, errs.Wrap(rows.Err(), "read joined members")
}

// TierStageOf returns a member's tier and stage (only those fields), nil
// before tiers are worked out.
func TierStageOf(ctx context.Context, q store.Queryer, id int64) (*Standing, error) {
	var st Standing
	err := q.QueryRowContext(ctx, `SELECT tier, stage FROM member_tiers WHERE member_id = ?`, id).Scan(&st.Tier, &st.Stage)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, errs.Wrap(err, "read tier")
	}
	return &st, nil
}
