package tiers

// lists sets the flags of the lists a creator acts on, with a rule for each
// flag that is set:
//
//   - Slipping: the member is or was core or active (the stored tier or the
//     one just worked out) and has been silent SlippingDays or more;
//   - NewPromising: joined (or, when that is unknown, first interacted)
//     NewDays ago or less and already active: tier core or active, or stage
//     steady, growing or mature;
//   - KOC: started KOCMinStarts conversations and answered others
//     KOCMinReplies times in the window, and is neither dormant nor invalid.
func (r *run) lists(res *Result, st *Stats, sc *scored) {
	s := r.s
	if (upper(st.PrevTier) || upper(res.Tier)) && sc.days >= s.SlippingDays {
		res.Slipping = true
		res.ListRules = append(res.ListRules, r.rule(listSlipping, float64(sc.days), float64(s.SlippingDays)))
	}
	joined := daysSince(joinedAt(st), r.now)
	if joined >= 0 && joined <= s.NewDays && sc.valid && (upper(res.Tier) || engaged(res.Stage)) {
		res.NewPromising = true
		res.ListRules = append(res.ListRules, r.rule(listNewPromising, float64(joined), float64(sc.count), round1(st.Daily7*7)))
	}
	if st.Starts >= s.KOCMinStarts && st.Replies >= s.KOCMinReplies && res.Tier != Dormant && res.Tier != Invalid {
		res.KOC = true
		res.ListRules = append(res.ListRules, r.rule(listKOC, float64(st.Starts), float64(st.Replies), float64(s.WindowDays)))
	}
}

// upper reports a core or active tier.
func upper(t Tier) bool { return t == Core || t == Active }

// engaged reports a stage at least as lively as steady.
func engaged(g Stage) bool { return g == StageSteady || g == StageGrowing || g == StageMature }
