package lottery

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// Lottery is a stored lottery.
type Lottery struct {
	ID           int64
	Title        string
	Mode         string
	Status       string
	Entrants     int
	ListSHA256   string
	Sources      []Source
	Tiers        []Tier
	Alternates   int
	Entry        Entry
	Key          string
	Skipped      int
	GroupID      int64
	PollID       int64
	RedrawOf     int64
	RedrawReason string
	RedrawnBy    int64 // the later lottery that redoes this one, 0 if none
	FrozenAt     time.Time
	DrawnAt      *time.Time
	Winners      []Pick
	Backups      []Pick // the alternates
	Replacements []Replacement
}

const lotteryColumns = `id, title, mode, status, entrants, list_sha256, sources, tiers, alternates, rules, draw_key,
	skipped, coalesce(group_id, 0), coalesce(poll_id, 0), coalesce(redraw_of, 0), redraw_reason,
	coalesce((SELECT id FROM lotteries r WHERE r.redraw_of = lotteries.id), 0), frozen_at, drawn_at`

type scanner interface{ Scan(dest ...any) error }

func scanLottery(r scanner) (Lottery, error) {
	var l Lottery
	var sources, tiers, rules, frozen string
	var drawn sql.NullString
	err := r.Scan(&l.ID, &l.Title, &l.Mode, &l.Status, &l.Entrants, &l.ListSHA256, &sources, &tiers, &l.Alternates,
		&rules, &l.Key, &l.Skipped, &l.GroupID, &l.PollID, &l.RedrawOf, &l.RedrawReason, &l.RedrawnBy, &frozen, &drawn)
	if err != nil {
		return Lottery{}, err
	}
	_ = json.Unmarshal([]byte(sources), &l.Sources)
	_ = json.Unmarshal([]byte(tiers), &l.Tiers)
	_ = json.Unmarshal([]byte(rules), &l.Entry)
	l.FrozenAt, _ = store.ParseStamp(frozen)
	l.DrawnAt = store.ParseNullStamp(drawn)
	return l, nil
}

func getLottery(ctx context.Context, q store.Queryer, id int64) (Lottery, error) {
	l, err := scanLottery(q.QueryRowContext(ctx, `SELECT `+lotteryColumns+` FROM lotteries WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return Lottery{}, errs.New(errs.NotFound, "err.lottery.not_found", errs.Params{"ID": id})
	}
	if err != nil {
		return Lottery{}, errs.Wrap(err, "get lottery")
	}
	if err := readPicks(ctx, q, &l); err != nil {
		return Lottery{}, err
	}
	return l, readReplacements(ctx, q, &l)
}

// Get returns one lottery with its picks and replacements.
func (s *Service) Get(ctx context.Context, id int64) (Lottery, error) {
	return getLottery(ctx, s.db.Read(), id)
}

// List returns every lottery, newest first, without picks.
func (s *Service) List(ctx context.Context) ([]Lottery, error) {
	rows, err := s.db.Read().QueryContext(ctx, `SELECT `+lotteryColumns+` FROM lotteries ORDER BY id DESC`)
	if err != nil {
		return nil, errs.Wrap(err, "list lotteries")
	}
	defer rows.Close()
	out := []Lottery{}
	for rows.Next() {
		l, err := scanLottery(rows)
		if err != nil {
			return nil, errs.Wrap(err, "list lotteries")
		}
		out = append(out, l)
	}
	return out, errs.Wrap(rows.Err(), "list lotteries")
}

func readPicks(ctx context.Context, q store.Queryer, l *Lottery) error {
	rows, err := q.QueryContext(ctx, `SELECT pick_order, step, position, name, tier FROM lottery_picks
		WHERE lottery_id = ? ORDER BY pick_order`, l.ID)
	if err != nil {
		return errs.Wrap(err, "read picks")
	}
	defer rows.Close()
	l.Winners, l.Backups = []Pick{}, []Pick{}
	for rows.Next() {
		var p Pick
		if err := rows.Scan(&p.Order, &p.Step, &p.Position, &p.Name, &p.Tier); err != nil {
			return errs.Wrap(err, "read picks")
		}
		if p.Tier >= 0 {
			l.Winners = append(l.Winners, p)
		} else {
			l.Backups = append(l.Backups, p)
		}
	}
	return errs.Wrap(rows.Err(), "read picks")
}

func readReplacements(ctx context.Context, q store.Queryer, l *Lottery) error {
	rows, err := q.QueryContext(ctx, `SELECT pick_order, by_order, reason, at FROM lottery_replacements
		WHERE lottery_id = ? ORDER BY id`, l.ID)
	if err != nil {
		return errs.Wrap(err, "read replacements")
	}
	defer rows.Close()
	l.Replacements = []Replacement{}
	for rows.Next() {
		var r Replacement
		if err := rows.Scan(&r.Order, &r.ByOrder, &r.Reason, &r.At); err != nil {
			return errs.Wrap(err, "read replacements")
		}
		l.Replacements = append(l.Replacements, l.describe(r))
	}
	return errs.Wrap(rows.Err(), "read replacements")
}

// describe fills a replacement's names, positions and tier from the picks.
func (l *Lottery) describe(r Replacement) Replacement {
	for _, p := range append(append([]Pick{}, l.Winners...), l.Backups...) {
		if p.Order == r.Order {
			r.Position, r.Name, r.Tier = p.Position, p.Name, p.Tier
		}
		if p.Order == r.ByOrder {
			r.ByPos, r.ByName = p.Position, p.Name
		}
	}
	if r.Tier < 0 { // an alternate who had replaced someone: the prize is that one's
		for _, earlier := range l.Replacements {
			if earlier.ByOrder == r.Order {
				r.Tier = earlier.Tier
			}
		}
	}
	return r
}

// Entries returns a lottery's frozen list, in order.
func (s *Service) Entries(ctx context.Context, id int64) ([]string, error) {
	return readEntries(ctx, s.db.Read(), id)
}

func readEntries(ctx context.Context, q store.Queryer, id int64) ([]string, error) {
	rows, err := q.QueryContext(ctx, `SELECT name FROM lottery_entrants WHERE lottery_id = ? ORDER BY position`, id)
	if err != nil {
		return nil, errs.Wrap(err, "read entrants")
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return nil, errs.Wrap(err, "read entrants")
		}
		out = append(out, n)
	}
	return out, errs.Wrap(rows.Err(), "read entrants")
}
