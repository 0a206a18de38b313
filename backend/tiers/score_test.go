package tiers

import (
	"math/rand/v2"
	"slices"
	"testing"
)

func TestQuantileSmallPopulations(t *testing.T) {
	cases := []struct {
		vals []float64
		want []int // scores 1–5
	}{
		{[]float64{7}, []int{3}},
		{[]float64{1, 2}, []int{2, 4}},
		{[]float64{1, 2, 3}, []int{1, 3, 5}},
		{[]float64{1, 2, 3, 4}, []int{1, 2, 4, 5}},
		{[]float64{1, 2, 3, 4, 5}, []int{1, 2, 3, 4, 5}},
		{[]float64{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, []int{1, 1, 2, 2, 3, 3, 4, 4, 5, 5}},
		{[]float64{4, 4, 4, 4, 4, 4, 4}, []int{3, 3, 3, 3, 3, 3, 3}},
		// A tie straddling a quintile boundary takes its mid-rank's score.
		{[]float64{1, 2, 2, 2, 9}, []int{1, 3, 3, 3, 5}},
		{[]float64{0, 0, 0, 0, 0, 0, 0, 0, 1, 2}, []int{3, 3, 3, 3, 3, 3, 3, 3, 5, 5}},
	}
	for _, c := range cases {
		q := quantiler{vals: slices.Clone(c.vals)}
		q.rank(1, 5)
		for i, v := range c.vals {
			j, found := slices.BinarySearch(q.distinct, v)
			if got := q.scores[j]; !found || got != c.want[i] {
				t.Errorf("%v: value %v scores %d, want %d", c.vals, v, got, c.want[i])
			}
		}
	}
}

// F and M: nothing scores 1; the members who did something share 2–5.
func TestScoreZeroFloor(t *testing.T) {
	stats := []Stats{
		talker(1, 100, 0), talker(2, 100, 0), talker(3, 100, 0), talker(4, 100, 0),
		talker(5, 1, 1), talker(6, 1, 2), talker(7, 1, 3), talker(8, 1, 4),
	}
	stats[7].Posts = 1 // the only contributor
	sc := score(stats, now, DefaultSettings())
	wantF := []int{1, 1, 1, 1, 2, 3, 4, 5}
	wantM := []int{1, 1, 1, 1, 1, 1, 1, 4} // a lone contributor sits mid-band
	for i := range sc {
		if sc[i].f != wantF[i] || sc[i].m != wantM[i] {
			t.Errorf("member %d: F %d M %d, want F %d M %d", i+1, sc[i].f, sc[i].m, wantF[i], wantM[i])
		}
	}
}

// R: more recent is higher; equal whole days tie; never-interacted members
// are left out of the population and do not move anyone's score.
func TestScoreRecency(t *testing.T) {
	stats := []Stats{
		talker(1, 0.2, 5), talker(2, 0.9, 5), // both today: tie
		talker(3, 3, 5), talker(4, 10, 5), talker(5, 20, 5), talker(6, 40, 5),
	}
	s := DefaultSettings()
	base := score(stats, now, s)
	if base[0].r != base[1].r {
		t.Errorf("same-day members score R %d and %d", base[0].r, base[1].r)
	}
	// 6 members over 5 bands: days 0, 0, 3, 10, 20, 40 → 5, 5, 3, 3, 2, 1.
	for i, want := range []int{5, 5, 3, 3, 2, 1} {
		if base[i].r != want {
			t.Errorf("member %d (%d days) R %d, want %d", i+1, base[i].days, base[i].r, want)
		}
	}
	withGhosts := append(slices.Clone(stats), Stats{MemberID: 7}, Stats{MemberID: 8, JoinedAt: ago(3)})
	more := score(withGhosts, now, s)
	for i := range base {
		if more[i].r != base[i].r || more[i].f != base[i].f || more[i].m != base[i].m {
			t.Errorf("member %d changed when never-interacted members were added: %+v vs %+v", i+1, more[i], base[i])
		}
	}
	if more[6].valid || more[6].r != 0 {
		t.Errorf("never-interacted member scored: %+v", more[6])
	}
}

// Scores do not depend on input order.
func TestScoreOrderIndependent(t *testing.T) {
	stats := synthGroup(3000, 7, now)
	s := DefaultSettings()
	want := byID(Compute(stats, now, s))
	rng := rand.New(rand.NewPCG(1, 2))
	rng.Shuffle(len(stats), func(i, j int) { stats[i], stats[j] = stats[j], stats[i] })
	for _, r := range Compute(stats, now, s) {
		w := want[r.MemberID]
		if r.R != w.R || r.F != w.F || r.M != w.M || r.Tier != w.Tier {
			t.Fatalf("member %d: %d%d%d %s after shuffle, %d%d%d %s before", r.MemberID, r.R, r.F, r.M, r.Tier, w.R, w.F, w.M, w.Tier)
		}
	}
}

// One lone member is scored against nobody: the middle of each scale.
func TestScoreLoneMember(t *testing.T) {
	st := talker(1, 0, 12)
	st.Posts = 2
	r := Compute([]Stats{st}, now, DefaultSettings())[0]
	if r.R != 3 || r.F != 4 || r.M != 4 {
		t.Errorf("lone member R%d F%d M%d, want R3 F4 M4", r.R, r.F, r.M)
	}
	if r.Recency != 0 || r.Frequency != 12 || r.Monetary != 6 {
		t.Errorf("raw values %d %d %v", r.Recency, r.Frequency, r.Monetary)
	}
}

func TestMonetaryWeights(t *testing.T) {
	st := talker(1, 1, 3)
	st.Posts, st.Tips, st.Shares, st.Purchases = 2, 50, 3, 1
	s := DefaultSettings()
	got := Compute([]Stats{st}, now, s)[0].Monetary
	if want := 2*3 + 50*0.1 + 3*2 + 5.0; got != want {
		t.Errorf("monetary %v, want %v", got, want)
	}
	st.Tips = -1000 // a refund cannot make contribution negative
	st.Posts, st.Shares, st.Purchases = 0, 0, 0
	if got := Compute([]Stats{st}, now, s)[0]; got.Monetary != 0 || got.M != 1 {
		t.Errorf("negative contribution: monetary %v M %d", got.Monetary, got.M)
	}
}

func TestEmptyGroup(t *testing.T) {
	if got := Compute(nil, now, DefaultSettings()); len(got) != 0 {
		t.Errorf("Compute(nil) = %v", got)
	}
	got := Preview([]Stats{{MemberID: 1}}, now, DefaultSettings())
	if got[Invalid] != 1 || got[Core]+got[Active]+got[Lurker]+got[Dormant] != 0 {
		t.Errorf("Preview of one never-interacted member = %v", got)
	}
}
