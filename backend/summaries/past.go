package summaries

import (
	"context"
	"database/sql"

	"github.com/RoaringBitmap/roaring/v2"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// LastSince counts the members of the scope whose last spoken event (spoke)
// or last event is at or after since, a day's start: the sum of the days
// since in dashboard_lastdays, less the members listed by gone (a query of
// member ids that reads the scope as ?1, from their owner) whose last event
// is that recent (a few index lookups each).
func LastSince(ctx context.Context, q store.Queryer, scope int64, spoke bool, since int64, gone string) (int, error) {
	sum, column := "seen", "seen_at"
	if spoke {
		sum, column = "spoke", "spoke_at"
	}
	var n int
	err := q.QueryRowContext(ctx, `SELECT (SELECT coalesce(sum(`+sum+`), 0) FROM dashboard_lastdays
			WHERE scope = ?1 AND day >= ?2 / 86400)
		- (SELECT count(*) FROM dashboard_last WHERE scope = ?1 AND `+column+` >= ?2 AND member_id IN (`+
		gone+`))`, scope, since).Scan(&n)
	return n, errs.Wrap(err, "dashboard period")
}

// Past is what the days' sets say of a period that ends before the scope's
// last event: the members who spoke and who did anything in it, and those
// seen since the start of the silent window (all less those gone).
type Past struct{ Speakers, Reached, Recent int }

// PastOf counts Past for the scope's days from start (unix seconds, a
// day's start) to end, the silent window starting at recentFrom: the unions
// of the days' sets (dashboard_daysets) less the members gone.
func PastOf(ctx context.Context, q store.Queryer, scope, start, recentFrom, end int64, gone []int64) (Past, error) {
	goneSet := roaring.New()
	for _, id := range gone {
		if inSets(id) {
			goneSet.Add(uint32(id))
		}
	}
	first, startDay, recentDay := min(start, recentFrom)/86400, start/86400, recentFrom/86400
	rows, err := q.QueryContext(ctx, `SELECT day, spoke, seen FROM dashboard_daysets WHERE scope = ? AND day >= ? AND day < ?`,
		scope, first, end/86400)
	if err != nil {
		return Past{}, errs.Wrap(err, "dashboard period")
	}
	var speakers, reached, recent []*roaring.Bitmap
	err = store.EachRow(rows, "dashboard period", func(rows *sql.Rows) error {
		var n int64
		var spokeData, seenData []byte
		if err := rows.Scan(&n, &spokeData, &seenData); err != nil {
			return err
		}
		spoke, seen := roaring.New(), roaring.New()
		if n >= startDay {
			if _, err := spoke.FromBuffer(spokeData); err != nil {
				return err
			}
			speakers = append(speakers, spoke)
		}
		if _, err := seen.FromBuffer(seenData); err != nil {
			return err
		}
		if n >= startDay {
			reached = append(reached, seen)
		}
		if n >= recentDay {
			recent = append(recent, seen)
		}
		return nil
	})
	count := func(sets []*roaring.Bitmap) int {
		u := roaring.FastOr(sets...)
		return int(u.GetCardinality() - u.AndCardinality(goneSet))
	}
	return Past{count(speakers), count(reached), count(recent)}, err
}
