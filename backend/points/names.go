package points

import (
	"context"
	"strings"

	"qunzhu/backend/errs"
)

// levelChunk is how many members one query of LevelNames reads.
const levelChunk = 500

// LevelNames names the level of each member by its all-time points over
// all groups (the stored totals; no points: the first level), in lang —
// the invitation field {等级}.
func (s *Service) LevelNames(ctx context.Context, ids []int64, lang string) (map[int64]string, error) {
	levels, err := s.Levels(ctx, lang)
	if err != nil {
		return nil, err
	}
	totals := map[int64]int64{}
	for start := 0; start < len(ids); start += levelChunk {
		if err := s.readTotals(ctx, ids[start:min(start+levelChunk, len(ids))], totals); err != nil {
			return nil, err
		}
	}
	out := make(map[int64]string, len(ids))
	for _, id := range ids {
		out[id] = LevelOf(levels, totals[id]).Name
	}
	return out, nil
}

func (s *Service) readTotals(ctx context.Context, ids []int64, into map[int64]int64) error {
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	rows, err := s.db.Read().QueryContext(ctx, `SELECT member_id, total FROM points_totals WHERE scope = 0 AND member_id IN (`+
		strings.TrimSuffix(strings.Repeat("?,", len(ids)), ",")+`)`, args...)
	if err != nil {
		return errs.Wrap(err, "read points levels")
	}
	defer rows.Close()
	for rows.Next() {
		var id, total int64
		if err := rows.Scan(&id, &total); err != nil {
			return errs.Wrap(err, "read points levels")
		}
		into[id] = total
	}
	return errs.Wrap(rows.Err(), "read points levels")
}
