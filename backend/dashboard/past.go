package dashboard

import (
	"context"
	"math"

	"qunzhu/backend/errs"
	"qunzhu/backend/members"
	"qunzhu/backend/store"
	"qunzhu/backend/summaries"
)

// bits is a set of member ids.
type bits []uint64

func (b bits) has(id int64) bool { return b[id>>6]&(1<<(id&63)) != 0 }

// add puts id in the set and says whether it was new.
func (b bits) add(id int64) bool {
	if b.has(id) {
		return false
	}
	b[id>>6] |= 1 << (id & 63)
	return true
}

// readPastEvents counts, for a period that ends before the scope's last
// event, the members who spoke and who did anything in the period, and
// those seen since silentFrom, reading the events of the period once (the
// events_at index) into sets of member ids. readPast does it from the days'
// sets, unless a member id does not fit them.
func (s *Service) readPastEvents(ctx context.Context, q store.Queryer, r Request, silentFrom int64, d *Dashboard) (seen int, err error) {
	top, err := members.MaxID(ctx, q)
	if err != nil {
		return 0, err
	}
	size := (top >> 6) + 1
	goneSet, speakers, reached, recent := make(bits, size), make(bits, size), make(bits, size), make(bits, size)
	ids, err := members.Gone(ctx, q, r.GroupID)
	if err != nil {
		return 0, err
	}
	for _, id := range ids {
		if id >= 0 && id>>6 < size {
			goneSet.add(id)
		}
	}
	err = s.events.Period(ctx, s.db.Read(), r.GroupID, min(r.start(), silentFrom), r.end(), func(at, id int64, spoke bool) error {
		if id < 0 || id>>6 >= size || goneSet.has(id) {
			return nil
		}
		if at >= silentFrom && recent.add(id) {
			seen++
		}
		if at >= r.start() {
			if reached.add(id) {
				d.Reached++
			}
			if spoke && speakers.add(id) {
				d.Speakers++
			}
		}
		return nil
	})
	return seen, errs.Wrap(err, "dashboard period")
}

// readPast counts, for a period that ends before the scope's last event,
// the members who spoke and who did anything in the period, and those seen
// since silentFrom: the unions of the days' sets less the members who no
// longer count.
func (s *Service) readPast(ctx context.Context, q store.Queryer, r Request, silentFrom int64, d *Dashboard) (seen int, err error) {
	lo, hi, err := s.events.MemberRange(ctx, s.db.Read())
	if err != nil {
		return 0, errs.Wrap(err, "dashboard period")
	}
	if lo < 0 || hi > math.MaxUint32 {
		return s.readPastEvents(ctx, q, r, silentFrom, d)
	}
	ids, err := members.Gone(ctx, q, r.GroupID)
	if err != nil {
		return 0, err
	}
	p, err := summaries.PastOf(ctx, q, r.GroupID, r.start(), silentFrom, r.end(), ids)
	d.Speakers, d.Reached = p.Speakers, p.Reached
	return p.Recent, err
}
