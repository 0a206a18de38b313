package tiers

import "time"

// Hysteresis. The stored tier or stage comes back from the database with
// since when the computed one has stayed below it, so "demote slowly" means:
// a lower tier or stage replaces the stored one only after the member has
// qualified for nothing better for DemoteAfterDays in a row; a single good
// day starts the count again. Promotions apply at once, so a member who
// recovers never waits.

// holdLeft returns how many whole days (rounded up) a demotion pending since
// since is still held back; 0 when it may apply now. An unknown since holds
// nothing.
func holdLeft(since, now time.Time, s Settings) int {
	if since.IsZero() || s.DemoteAfterDays <= 0 {
		return 0
	}
	rest := time.Duration(s.DemoteAfterDays)*day - now.Sub(since)
	if rest <= 0 {
		return 0
	}
	return int((rest + day - 1) / day)
}

// sinceOr returns since, or now when since is unknown.
func sinceOr(since, now time.Time) time.Time {
	if since.IsZero() {
		return now
	}
	return since
}
