package tiers

import "time"

// Hysteresis. Only the stored tier or stage and when it was set come back
// from the database, so "demote slowly" means: a tier or stage, once entered,
// is kept at least DemoteAfterDays before a lower one replaces it. Promotions
// apply at once, so a member who recovers never waits.

// holdLeft returns how many whole days (rounded up) a demotion from a tier or
// stage set at since is still held back; 0 when it may apply now. An unknown
// since holds nothing.
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
