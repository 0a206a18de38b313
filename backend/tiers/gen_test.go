package tiers

import (
	"math"
	"math/rand/v2"
	"time"
)

// A synthetic group with a realistic long tail, for calibration and the
// benchmark. Each member has a habitual rate drawn from a Pareto
// distribution (a few talk all day, most now and then), joined at some
// point, may have left (stopped at some point) or be cooling off (a lower
// rate over the last two weeks); about 5 % never said a word. Posts, tips,
// shares, purchases, replies and conversation starts follow the member's
// activity with their own propensities: a quarter post content, a few tip
// or buy.
type synth struct {
	rng *rand.Rand
	now time.Time
}

// Generator tuning: Pareto scale and shape of the habitual rate (per day),
// and its cap.
const (
	rateScale = 0.1
	rateShape = 0.9
	rateCap   = 40
)

func synthGroup(n int, seed uint64, now time.Time) []Stats {
	g := synth{rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), now: now}
	out := make([]Stats, n)
	for i := range out {
		out[i] = g.member(int64(i + 1))
	}
	return out
}

func (g synth) member(id int64) Stats {
	r := g.rng
	joined := 90 + r.Float64()*630 // days ago
	if r.Float64() < 0.12 {
		joined = r.Float64() * 90
	}
	st := Stats{MemberID: id, JoinedAt: g.ago(joined)}
	if r.Float64() < 0.05 {
		return st // never said a word
	}
	rate := min(rateScale/math.Pow(1-r.Float64(), 1/rateShape), rateCap)
	recent := rate // the last 14 days
	if r.Float64() < 0.08 {
		recent = rate * (0.05 + 0.25*r.Float64()) // cooling off
	}
	end := 0.0 // stopped this many days ago
	if r.Float64() < 0.07 {
		end = r.Float64() * min(joined, 200)
	}
	// Events per segment: [14, 90), [7, 14), [0, 7) days ago.
	a := g.poisson(rate * overlap(14, 90, end, joined))
	b := g.poisson(recent * overlap(7, 14, end, joined))
	c := g.poisson(recent * overlap(0, 7, end, joined))
	var last float64
	switch {
	case c > 0:
		last = max(end, 0) + g.lastIn(recent, overlap(0, 7, end, joined))
	case b > 0:
		last = max(end, 7) + g.lastIn(recent, overlap(7, 14, end, joined))
	case a > 0:
		last = max(end, 14) + g.lastIn(rate, overlap(14, 90, end, joined))
	default:
		last = max(end, 90) + r.ExpFloat64()/rate
		if last > joined {
			return st
		}
	}
	st.LastAt, st.FirstAt = g.ago(last), g.ago(joined-min(r.ExpFloat64()/rate, joined-last))
	st.Count = a + b + c
	st.Daily7 = float64(c) / 7
	st.Baseline = float64(a) / 76
	g.contributions(&st)
	return st
}

// contributions fills posts, tips, shares, purchases, replies and starts.
func (g synth) contributions(st *Stats) {
	r, n := g.rng, float64(st.Count)
	if r.Float64() < 0.25 {
		st.Posts = g.poisson(n * (0.02 + 0.13*r.Float64()))
	}
	if r.Float64() < 0.06 {
		for k := 1 + g.poisson(n*0.01); k > 0; k-- {
			st.Tips += math.Round(math.Exp(2.5 + r.NormFloat64()))
		}
	}
	st.Shares = g.poisson(n * 0.01)
	if r.Float64() < 0.04 {
		st.Purchases = 1 + g.poisson(0.5)
	}
	st.Replies = min(g.poisson(n*0.3), st.Count)
	st.Starts = g.poisson(n * 0.03)
}

// overlap is how many days of [lo, hi) days ago the member was around and
// still active (active from joined days ago until end days ago).
func overlap(lo, hi, end, joined float64) float64 {
	return max(0, min(hi, joined)-max(lo, end))
}

// lastIn is how far back from the recent edge of a span the last event lies,
// given there was one: an exponential wait truncated to the span.
func (g synth) lastIn(rate, span float64) float64 {
	return math.Mod(g.rng.ExpFloat64()/rate, span)
}

func (g synth) ago(days float64) time.Time {
	return g.now.Add(-time.Duration(days * float64(day)))
}

// poisson draws a Poisson count: Knuth's method for small means, a rounded
// normal for large ones.
func (g synth) poisson(mean float64) int {
	if mean <= 0 {
		return 0
	}
	if mean > 30 {
		return max(0, int(math.Round(mean+math.Sqrt(mean)*g.rng.NormFloat64())))
	}
	l, k, p := math.Exp(-mean), 0, 1.0
	for {
		p *= g.rng.Float64()
		if p <= l {
			return k
		}
		k++
	}
}
