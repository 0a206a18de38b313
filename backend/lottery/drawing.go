package lottery

import (
	"context"
	"database/sql"
	"encoding/json"
	"strings"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// Draw enters the published values of a frozen lottery's sources and
// selects as RFC 3797 does. A lottery is drawn once: drawing it again is
// refused (a redo is a new, linked lottery).
func (s *Service) Draw(ctx context.Context, id int64, values []string) (Lottery, error) {
	err := s.db.Tx(ctx, func(tx *sql.Tx) error { return s.drawTx(ctx, tx, id, values) })
	if err != nil {
		return Lottery{}, err
	}
	return s.Get(ctx, id)
}

func (s *Service) drawTx(ctx context.Context, tx *sql.Tx, id int64, values []string) error {
	l, err := getLottery(ctx, tx, id)
	if err != nil {
		return err
	}
	if l.Status == StatusDrawn {
		return errs.New(errs.Conflict, "err.lottery.drawn", nil)
	}
	if len(values) != len(l.Sources) {
		return errs.New(errs.Invalid, "err.lottery.values", errs.Params{"Count": len(l.Sources)})
	}
	for i := range l.Sources {
		l.Sources[i].Values = strings.TrimSpace(values[i])
	}
	list, err := readEntries(ctx, tx, id)
	if err != nil {
		return err
	}
	res, err := Draw(Spec{Entrants: list, Sources: l.Sources, Tiers: l.Tiers, Alternates: l.Alternates})
	if err != nil {
		return err
	}
	if res.ListSHA256 != l.ListSHA256 { // the stored list is not the one frozen
		return errs.New(errs.Internal, "err.internal", nil)
	}
	if err := insertPicks(ctx, tx, id, append(res.Winners, res.Alternates...)); err != nil {
		return err
	}
	src, _ := json.Marshal(l.Sources)
	_, err = tx.ExecContext(ctx, `UPDATE lotteries SET status = 'drawn', sources = ?, draw_key = ?, skipped = ?, drawn_at = ?
		WHERE id = ?`, string(src), res.Key, res.Skipped, store.Stamp(s.now()), id)
	return errs.Wrap(err, "mark drawn")
}

func insertPicks(ctx context.Context, tx *sql.Tx, id int64, picks []Pick) error {
	for _, p := range picks {
		_, err := tx.ExecContext(ctx, `INSERT INTO lottery_picks (lottery_id, pick_order, step, position, name, member_id, tier)
			VALUES (?, ?, ?, ?, ?, (SELECT member_id FROM lottery_entrants WHERE lottery_id = ? AND position = ?), ?)`,
			id, p.Order, p.Step, p.Position, p.Name, id, p.Position, p.Tier)
		if err != nil {
			return errs.Wrap(err, "insert pick")
		}
	}
	return nil
}

// Replace gives a prize to the next alternate and records why: the holder
// (a winner, or an alternate who took a prize) loses it.
func (s *Service) Replace(ctx context.Context, id int64, order int, reason string) (Lottery, error) {
	reason = strings.TrimSpace(reason)
	if reason == "" {
		return Lottery{}, errs.New(errs.Invalid, "err.lottery.reason", nil)
	}
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		l, err := getLottery(ctx, tx, id)
		if err != nil {
			return err
		}
		if l.Status != StatusDrawn {
			return errs.New(errs.Conflict, "err.lottery.not_drawn", nil)
		}
		if !holdsPrize(l, order) {
			return errs.New(errs.Conflict, "err.lottery.not_holder", errs.Params{"Order": order})
		}
		next, ok := NextAlternate(l.Backups, l.Replacements)
		if !ok {
			return errs.New(errs.Conflict, "err.lottery.no_alternates", nil)
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO lottery_replacements (lottery_id, pick_order, by_order, reason, at)
			VALUES (?, ?, ?, ?, ?)`, id, order, next.Order, reason, store.Stamp(s.now()))
		return errs.Wrap(err, "record replacement")
	})
	if err != nil {
		return Lottery{}, err
	}
	return s.Get(ctx, id)
}

// holdsPrize: a winner not replaced, or an alternate who replaced someone
// and was not replaced in turn.
func holdsPrize(l Lottery, order int) bool {
	replaced, took := false, false
	for _, r := range l.Replacements {
		replaced = replaced || r.Order == order
		took = took || r.ByOrder == order
	}
	if replaced {
		return false
	}
	for _, w := range l.Winners {
		if w.Order == order {
			return true
		}
	}
	return took
}

// Certificate is the lottery as a fan recomputes it.
func (s *Service) Certificate(ctx context.Context, id int64) (Certificate, error) {
	l, err := s.Get(ctx, id)
	if err != nil {
		return Certificate{}, err
	}
	if l.Status != StatusDrawn {
		return Certificate{}, errs.New(errs.Conflict, "err.lottery.not_drawn", nil)
	}
	c := Certificate{Format: Format, Algorithm: Algorithm, Mode: l.Mode, Title: l.Title, Entrants: l.Entrants,
		ListSHA256: l.ListSHA256, Sources: l.Sources, Key: l.Key, Tiers: l.Tiers, Alternates: l.Alternates,
		Winners: l.Winners, Backups: l.Backups, Skipped: l.Skipped, Replacements: l.Replacements,
		FrozenAt: store.Stamp(l.FrozenAt), RedrawOf: l.RedrawOf, RedrawReason: l.RedrawReason}
	if l.DrawnAt != nil {
		c.DrawnAt = store.Stamp(*l.DrawnAt)
	}
	return c, nil
}
