package tiers

import "time"

// now is the fixed "now" every test computes at.
var now = time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC)

// ago is now minus a number of days (fractions allowed).
func ago(days float64) time.Time { return now.Add(-time.Duration(days * float64(day))) }

// talker is a member who last interacted daysAgo days ago, count times in
// the window, joined long ago.
func talker(id int64, daysAgo float64, count int) Stats {
	return Stats{MemberID: id, LastAt: ago(daysAgo), FirstAt: ago(400), JoinedAt: ago(400), Count: count}
}

// byID indexes results by member id.
func byID(rs []Result) map[int64]Result {
	m := make(map[int64]Result, len(rs))
	for _, r := range rs {
		m[r.MemberID] = r
	}
	return m
}
