package members

import (
	"context"
	"database/sql"
	"encoding/json"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

func scanRows(rows *sql.Rows, now time.Time) ([]Row, error) {
	defer rows.Close()
	return scanSome(rows, now, -1)
}

// scanSome reads up to n rows (all when n < 0).
func scanSome(rows *sql.Rows, now time.Time, n int) ([]Row, error) {
	out := []Row{}
	for n != 0 && rows.Next() {
		r, err := scanRow(rows, now)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
		n--
	}
	return out, errs.Wrap(rows.Err(), "list members")
}

func scanRow(rows *sql.Rows, now time.Time) (Row, error) {
	var r Row
	var since, deleted sql.NullString
	var created, updated string
	if err := rows.Scan(&r.ID, &r.Nickname, &r.Remark, &r.Platform, &r.PlatformID, &since,
		&r.FanLevel, &r.IronFan, &r.Source, &created, &updated, &deleted); err != nil {
		return r, errs.Wrap(err, "scan member")
	}
	r.DaysFollowed = daysSince(parseDate(since), now)
	r.CreatedAt, r.UpdatedAt = store.ParseStampOrZero(created), store.ParseStampOrZero(updated)
	if deleted.Valid {
		t := store.ParseStampOrZero(deleted.String)
		r.DeletedAt = &t
	}
	r.Tags = []string{}
	return r, nil
}

// attachTags fills the rows' tags with one query.
func (s *Service) attachTags(ctx context.Context, rows []Row) error {
	if len(rows) == 0 {
		return nil
	}
	at := make(map[int64]int, len(rows))
	ids := make([]int64, len(rows))
	for i, r := range rows {
		at[r.ID], ids[i] = i, r.ID
	}
	b, _ := json.Marshal(ids)
	q, err := s.db.Read().QueryContext(ctx, `SELECT mt.member_id, t.name FROM member_tags mt
		JOIN tags t ON t.id = mt.tag_id WHERE mt.member_id IN (SELECT value FROM json_each(?)) ORDER BY t.name`, string(b))
	if err != nil {
		return errs.Wrap(err, "list tags")
	}
	defer q.Close()
	for q.Next() {
		var id int64
		var name string
		if err := q.Scan(&id, &name); err != nil {
			return errs.Wrap(err, "scan tag")
		}
		rows[at[id]].Tags = append(rows[at[id]].Tags, name)
	}
	return errs.Wrap(q.Err(), "list tags")
}
