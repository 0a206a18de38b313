package planner

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

const itemColumns = `i.id, i.group_id, i.kind, i.title, i.category, i.starts_at, i.minutes,
	COALESCE(i.owner_id, 0), COALESCE(a.name, ''), i.notes, i.checklist, i.series, i.template,
	COALESCE(i.poll_id, 0), COALESCE(i.lottery_id, 0), i.done_at,
	i.audience_tier, COALESCE(i.audience_segment, 0), i.recurrence`

const itemFrom = ` FROM planner_items i LEFT JOIN planner_admins a ON a.id = i.owner_id`

type scanner interface{ Scan(dest ...any) error }

func scanItem(r scanner) (Item, error) {
	var it Item
	var start, checklist string
	var done sql.NullString
	err := r.Scan(&it.ID, &it.GroupID, &it.Kind, &it.Title, &it.Category, &start, &it.Minutes,
		&it.OwnerID, &it.OwnerName, &it.Notes, &checklist, &it.Series, &it.Template, &it.PollID, &it.LotteryID, &done,
		&it.Audience.Tier, &it.Audience.Segment, &it.Repeat)
	if err != nil {
		return it, err
	}
	it.Start, _ = ParseWall(start)
	_ = json.Unmarshal([]byte(checklist), &it.Checklist)
	if done.Valid {
		t, _ := store.ParseStamp(done.String)
		it.DoneAt = &t
	}
	return it, nil
}

func (s *Service) queryItems(ctx context.Context, q store.Queryer, where string, args ...any) ([]Item, error) {
	rows, err := q.QueryContext(ctx, `SELECT `+itemColumns+itemFrom+` WHERE `+where+` ORDER BY i.starts_at, i.id`, args...)
	if err != nil {
		return nil, errs.Wrap(err, "query planner items")
	}
	defer rows.Close()
	out := []Item{}
	for rows.Next() {
		it, err := scanItem(rows)
		if err != nil {
			return nil, errs.Wrap(err, "scan planner item")
		}
		out = append(out, it)
	}
	if err := rows.Err(); err != nil {
		return nil, errs.Wrap(err, "read planner items")
	}
	return s.withGroupNames(ctx, q, out)
}

func (s *Service) getItem(ctx context.Context, q store.Queryer, id int64) (Item, error) {
	it, err := scanItem(q.QueryRowContext(ctx, `SELECT `+itemColumns+itemFrom+` WHERE i.id = ?`, id))
	if err == nil {
		var its []Item
		if its, err = s.withGroupNames(ctx, q, []Item{it}); err == nil && len(its) == 0 {
			err = sql.ErrNoRows
		}
	}
	if errors.Is(err, sql.ErrNoRows) {
		return it, errs.New(errs.NotFound, "err.planner.not_found", errs.Params{"ID": id})
	}
	return it, errs.Wrap(err, "get planner item")
}

// withGroupNames names each item's group, leaving out items whose group is
// gone.
func (s *Service) withGroupNames(ctx context.Context, q store.Queryer, its []Item) ([]Item, error) {
	ids := make([]int64, len(its))
	for i, it := range its {
		ids[i] = it.GroupID
	}
	names, err := s.groupNames(ctx, q, ids)
	if err != nil {
		return nil, err
	}
	out := its[:0]
	for _, it := range its {
		if name, ok := names[it.GroupID]; ok {
			it.GroupName = name
			out = append(out, it)
		}
	}
	return out, nil
}

func (s *Service) checkGroup(ctx context.Context, tx *sql.Tx, id int64) error {
	ok, err := s.owners.GroupExists(ctx, tx, id)
	if err != nil {
		return errs.Wrap(err, "check group")
	}
	if !ok {
		return errs.New(errs.NotFound, "err.planner.no_group", errs.Params{"ID": id})
	}
	return nil
}

// made is how an item came to be: the template and the recurrence (JSON)
// that made it, both "" for an item made by hand.
type made struct{ template, repeat string }

func insertItem(ctx context.Context, tx *sql.Tx, in Input, by made, now string) (int64, error) {
	list, _ := json.Marshal(in.Checklist)
	res, err := tx.ExecContext(ctx, `INSERT INTO planner_items (group_id, kind, title, category, starts_at, minutes,
		owner_id, notes, checklist, series, template, poll_id, lottery_id, audience_tier, audience_segment,
		recurrence, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?)`,
		in.GroupID, in.Kind, in.Title, in.Category, Wall(in.Start), in.Minutes, idOrNil(in.OwnerID), in.Notes,
		string(list), by.template, idOrNil(in.PollID), idOrNil(in.LotteryID), in.Audience.Tier,
		idOrNil(in.Audience.Segment), by.repeat, now, now)
	if err != nil {
		return 0, errs.Wrap(err, "insert planner item")
	}
	return res.LastInsertId()
}

func updateItem(ctx context.Context, tx *sql.Tx, id int64, in Input, now string) error {
	list, _ := json.Marshal(in.Checklist)
	_, err := tx.ExecContext(ctx, `UPDATE planner_items SET group_id = ?, kind = ?, title = ?, category = ?,
		starts_at = ?, minutes = ?, owner_id = ?, notes = ?, checklist = ?, poll_id = ?, lottery_id = ?,
		audience_tier = ?, audience_segment = ?, updated_at = ? WHERE id = ?`,
		in.GroupID, in.Kind, in.Title, in.Category, Wall(in.Start), in.Minutes, idOrNil(in.OwnerID), in.Notes,
		string(list), idOrNil(in.PollID), idOrNil(in.LotteryID), in.Audience.Tier, idOrNil(in.Audience.Segment), now, id)
	return errs.Wrap(err, "update planner item")
}

func idOrNil(id int64) any {
	if id <= 0 {
		return nil
	}
	return id
}
