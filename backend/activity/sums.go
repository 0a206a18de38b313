package activity

import (
	"time"

	"qunzhu/backend/tiers"
)

// sums is one member's counts in a slice of the window: small, so the scan's
// random walk over members stays in the processor's caches.
type sums struct {
	count, posts, shares, purchases, replies, starts int32
	n7, before                                       int32 // in the last 7 days; before the last 14
	last                                             int64 // unix seconds of the latest event
}

// add folds b, a later slice of the same member, into a.
func (a *sums) add(b *sums) {
	a.count += b.count
	a.posts += b.posts
	a.shares += b.shares
	a.purchases += b.purchases
	a.replies += b.replies
	a.starts += b.starts
	a.n7 += b.n7
	a.before += b.before
	a.last = max(a.last, b.last)
}

// stats turns the counts into the engine's aggregates, with daily rates
// over a window of days.
func (a *sums) stats(id int64, days int, tips float64) tiers.Stats {
	st := tiers.Stats{MemberID: id, LastAt: time.Unix(a.last, 0).UTC(), Count: int(a.count),
		Posts: int(a.posts), Tips: tips, Shares: int(a.shares), Purchases: int(a.purchases),
		Replies: int(a.replies), Starts: int(a.starts), Daily7: float64(a.n7) / 7}
	if d := days - 14; d > 0 {
		st.Baseline = float64(a.before) / float64(d)
	}
	return st
}

// memberSums holds the sums of every member seen. Member ids are dense, so
// ids within [lo, lo+len(dense)) sit in a slice of values (a map's hashing
// and scattered pointers cost about half the scan); any other id goes to a
// map. A member has sums once it has an event: count > 0.
type memberSums struct {
	lo    int64
	dense []sums
	other map[int64]*sums
}

// maxDense caps the slice: ids spread wider than this use the map.
const maxDense = 1 << 23

func newMemberSums(lo, hi int64) *memberSums {
	m := &memberSums{lo: lo, other: map[int64]*sums{}}
	if span := hi - lo + 1; lo > 0 && span > 0 && span <= maxDense {
		m.dense = make([]sums, span)
	}
	return m
}

// find is the member's sums, nil when it has none.
func (m *memberSums) find(id int64) *sums {
	if i := id - m.lo; i >= 0 && i < int64(len(m.dense)) {
		if a := &m.dense[i]; a.count > 0 {
			return a
		}
		return nil
	}
	return m.other[id]
}

// get is where the member's sums go: its own, or empty ones.
func (m *memberSums) get(id int64) *sums {
	if i := id - m.lo; i >= 0 && i < int64(len(m.dense)) {
		return &m.dense[i]
	}
	a := m.other[id]
	if a == nil {
		a = &sums{}
		m.other[id] = a
	}
	return a
}

// each calls f for every member with sums, in no particular order.
func (m *memberSums) each(f func(id int64, a *sums)) {
	for i := range m.dense {
		if a := &m.dense[i]; a.count > 0 {
			f(m.lo+int64(i), a)
		}
	}
	for id, a := range m.other {
		f(id, a)
	}
}

// len is how many members have sums.
func (m *memberSums) len() int {
	n := 0
	m.each(func(int64, *sums) { n++ })
	return n
}
