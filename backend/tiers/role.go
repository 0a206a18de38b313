package tiers

import "time"

// roleOf says how a member contributes (seed 002): CreatorMinPosts content
// posts in the window make a creator; otherwise interacting at least
// ObservingPerWeek times a week, averaged over the part of the window the
// member has been around (at least a week), makes an interactor; the rest
// observe.
func (r *run) roleOf(st *Stats, sc *scored) (Role, Rule) {
	s := r.s
	if st.Posts >= s.CreatorMinPosts {
		return Creator, r.rule(roleCreator, float64(st.Posts), float64(s.WindowDays))
	}
	span := s.WindowDays
	if joined := daysSince(joinedAt(st), r.now); joined >= 0 {
		span = min(span, joined)
	}
	span = max(span, 7)
	count := float64(sc.count)
	perWeek := round1(count * 7 / float64(span))
	if count*7 >= s.ObservingPerWeek*float64(span) {
		return Interactor, r.rule(roleInteractor, count, float64(span), perWeek)
	}
	return Observer, r.rule(roleObserver, count, float64(span), perWeek, s.ObservingPerWeek)
}

// joinedAt is when the member joined, or first interacted when that is unknown.
func joinedAt(st *Stats) time.Time {
	if st.JoinedAt.IsZero() {
		return st.FirstAt
	}
	return st.JoinedAt
}
