package members

import (
	"context"
	"database/sql"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

func scanMember(rows *sql.Rows) (Member, bool, error) {
	defer rows.Close()
	if !rows.Next() {
		return Member{}, false, errs.Wrap(rows.Err(), "get member")
	}
	var m Member
	var since, deleted sql.NullString
	var created, updated string
	err := rows.Scan(&m.ID, &m.Nickname, &m.Remark, &m.Platform, &m.PlatformID, &since, &m.FanLevel,
		&m.IronFan, &m.Source, &created, &updated, &deleted, &m.Notes)
	if err != nil {
		return Member{}, false, errs.Wrap(err, "scan member")
	}
	m.FollowSince = parseDate(since)
	m.CreatedAt, m.UpdatedAt = store.ParseStampOrZero(created), store.ParseStampOrZero(updated)
	if deleted.Valid {
		t := store.ParseStampOrZero(deleted.String)
		m.DeletedAt = &t
	}
	return m, true, nil
}

func loadIdentities(ctx context.Context, q store.Queryer, id int64) ([]Identity, error) {
	rows, err := q.QueryContext(ctx, `SELECT platform, platform_id FROM identities WHERE member_id = ?
		ORDER BY platform, platform_id`, id)
	if err != nil {
		return nil, errs.Wrap(err, "load identities")
	}
	defer rows.Close()
	out := []Identity{}
	for rows.Next() {
		var i Identity
		if err := rows.Scan(&i.Platform, &i.PlatformID); err != nil {
			return nil, errs.Wrap(err, "scan identity")
		}
		out = append(out, i)
	}
	return out, errs.Wrap(rows.Err(), "load identities")
}

func loadTags(ctx context.Context, q store.Queryer, id int64) ([]string, error) {
	rows, err := q.QueryContext(ctx, `SELECT t.name FROM member_tags mt JOIN tags t ON t.id = mt.tag_id
		WHERE mt.member_id = ? ORDER BY t.name`, id)
	if err != nil {
		return nil, errs.Wrap(err, "load tags")
	}
	defer rows.Close()
	out := []string{}
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return nil, errs.Wrap(err, "scan tag")
		}
		out = append(out, name)
	}
	return out, errs.Wrap(rows.Err(), "load tags")
}
