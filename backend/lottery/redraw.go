package lottery

import (
	"context"
	"strings"

	"qunzhu/backend/errs"
)

// Redraw starts a new lottery linked to a drawn one, with the reason; both
// stay on record. Its list is the earlier list, without the earlier
// winners when excludeWinners is set, frozen anew under new sources.
func (s *Service) Redraw(ctx context.Context, id int64, reason string, sources []string, mode string, excludeWinners bool) (Lottery, error) {
	reason = strings.TrimSpace(reason)
	if reason == "" {
		return Lottery{}, errs.New(errs.Invalid, "err.lottery.reason", nil)
	}
	old, err := s.Get(ctx, id)
	if err != nil {
		return Lottery{}, err
	}
	if old.Status != StatusDrawn {
		return Lottery{}, errs.New(errs.Conflict, "err.lottery.not_drawn", nil)
	}
	if old.RedrawnBy != 0 {
		return Lottery{}, errs.New(errs.Conflict, "err.lottery.redrawn", nil)
	}
	people, err := s.oldPeople(ctx, old, excludeWinners)
	if err != nil {
		return Lottery{}, err
	}
	in := Setup{Title: old.Title, Mode: mode, Entry: old.Entry, Sources: sources, Tiers: old.Tiers,
		Alternates: old.Alternates, GroupID: old.GroupID}
	if err := in.Validate(); err != nil {
		return Lottery{}, err
	}
	return s.freezeList(ctx, in, people, id, reason)
}

// oldPeople regroups a frozen list's lines into people with weights.
func (s *Service) oldPeople(ctx context.Context, old Lottery, excludeWinners bool) ([]Entrant, error) {
	rows, err := s.db.Read().QueryContext(ctx, `SELECT name, coalesce(member_id, 0) FROM lottery_entrants
		WHERE lottery_id = ? ORDER BY position`, old.ID)
	if err != nil {
		return nil, errs.Wrap(err, "read entrants")
	}
	defer rows.Close()
	won := map[string]bool{}
	if excludeWinners {
		for _, p := range append(append([]Pick{}, old.Winners...), old.Backups...) {
			if p.Tier >= 0 || tookPrize(old, p.Order) {
				won[p.Name] = true
			}
		}
	}
	var people []Entrant
	index := map[string]int{}
	for rows.Next() {
		var e Entrant
		if err := rows.Scan(&e.Name, &e.MemberID); err != nil {
			return nil, errs.Wrap(err, "read entrants")
		}
		if won[e.Name] {
			continue
		}
		if i, ok := index[e.Name]; ok {
			people[i].Weight++
			continue
		}
		e.Weight = 1
		index[e.Name] = len(people)
		people = append(people, e)
	}
	return people, errs.Wrap(rows.Err(), "read entrants")
}

func tookPrize(l Lottery, order int) bool {
	for _, r := range l.Replacements {
		if r.ByOrder == order {
			return true
		}
	}
	return false
}
