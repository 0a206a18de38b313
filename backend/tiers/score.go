package tiers

import (
	"slices"
	"time"
)

const day = 24 * time.Hour

// scored is one member's raw R, F, M values and their 1–5 scores.
type scored struct {
	days    int     // whole days since the last interaction, -1 never
	count   int     // F: interactions in the window
	money   float64 // M: weighted contribution, never negative
	r, f, m int
	valid   bool // in the scored population (ever really interacted)
}

func (sc *scored) total() int { return sc.r + sc.f + sc.m }

// score works out every member's raw values and scores them against the
// members who ever really interacted (the population); the others stay
// unscored with R = F = M = 0.
//
// R is scored 1–5 over the population, more recent higher. F and M are
// scored so that doing nothing never scores above 1: a member with no
// interaction (F) or no contribution (M) in the window scores 1, and the
// members with a positive value are ranked among themselves and score 2–5.
// Without this a group where most members post nothing would give every
// zero the middle score and every single post a 4.
func score(stats []Stats, now time.Time, s Settings) []scored {
	out := make([]scored, len(stats))
	for i := range stats {
		out[i] = raw(&stats[i], now, s)
	}
	q := quantiler{vals: make([]float64, 0, len(out))}
	q.score(out, func(c *scored) (float64, bool) { return -float64(c.days), true }, 1, 5,
		func(c *scored, v int) { c.r = v })
	q.score(out, func(c *scored) (float64, bool) { return float64(c.count), c.count > 0 }, 2, 4,
		func(c *scored, v int) { c.f = v })
	q.score(out, func(c *scored) (float64, bool) { return c.money, c.money > 0 }, 2, 4,
		func(c *scored, v int) { c.m = v })
	return out
}

// quantiler holds the buffers one scoring pass reuses: the values scored,
// and each distinct value with its score.
type quantiler struct {
	vals, distinct []float64
	scores         []int
}

// score sets each valid member's score from the value get returns: members
// for which get reports false score 1, the others lo..lo+levels-1 by their
// mid-rank among themselves (see band).
func (q *quantiler) score(out []scored, get func(*scored) (float64, bool), lo, levels int, set func(*scored, int)) {
	q.vals = q.vals[:0]
	for i := range out {
		if v, ok := get(&out[i]); out[i].valid && ok {
			q.vals = append(q.vals, v)
		}
	}
	q.rank(lo, levels)
	for i := range out {
		if !out[i].valid {
			continue
		}
		v, ok := get(&out[i])
		if !ok {
			set(&out[i], 1)
			continue
		}
		j, _ := slices.BinarySearch(q.distinct, v)
		set(&out[i], q.scores[j])
	}
}

// rank sorts the values and scores each distinct one by its mid-rank.
func (q *quantiler) rank(lo, levels int) {
	slices.Sort(q.vals)
	q.distinct, q.scores = q.distinct[:0], q.scores[:0]
	n := len(q.vals)
	for i := 0; i < n; {
		j := i + 1
		for j < n && q.vals[j] == q.vals[i] {
			j++
		}
		q.distinct = append(q.distinct, q.vals[i])
		q.scores = append(q.scores, lo+band(i, j, n, levels))
		i = j
	}
}

// raw computes one member's R, F, M values before scoring.
func raw(st *Stats, now time.Time, s Settings) scored {
	sc := scored{days: daysSince(st.LastAt, now), count: max(st.Count, 0)}
	sc.money = float64(st.Posts)*s.WeightPost + st.Tips*s.WeightTip +
		float64(st.Shares)*s.WeightShare + float64(st.Purchases)*s.WeightPurchase
	if !(sc.money > 0) { // negative or NaN input counts as nothing
		sc.money = 0
	}
	sc.valid = sc.days >= 0 && !(sc.days < s.WindowDays && idle(st))
	return sc
}

// idle reports that nothing in the window counts as an interaction: a last
// interaction inside the window with no interaction counted there is
// system-like (a join notice, a recall) and the member is treated as never
// having interacted.
func idle(st *Stats) bool {
	return st.Count <= 0 && st.Posts <= 0 && !(st.Tips > 0) && st.Shares <= 0 &&
		st.Purchases <= 0 && st.Replies <= 0
}

// daysSince counts whole 24-hour days from t to now: -1 for a zero t, 0 for
// a t in the future.
func daysSince(t, now time.Time) int {
	if t.IsZero() {
		return -1
	}
	return max(int(now.Sub(t)/day), 0)
}

// band places a run of tied values, sorted positions [below, upto) of n, in
// one of `levels` bands, 0..levels-1, by its mid-rank: the run stands at
// p = (below + upto) / 2n and falls in band ⌊levels·p⌋.
//
// Ties therefore share one band, whatever the input order. With n distinct
// values and 5 bands this is exact quintiles. Small populations spread around
// the middle rather than to the ends: with 5 bands one member gets band 2
// (score 3); two get 1 and 3; three 0, 2 and 4; four 0, 1, 3 and 4; and any
// number of tied members get the middle band.
func band(below, upto, n, levels int) int {
	return levels * (below + upto) / (2 * n)
}
