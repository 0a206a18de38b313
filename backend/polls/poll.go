// Package polls keeps topic votes (选题投票): polls with 2–20 options,
// single or multiple choice, votes collected four ways (a tally per
// option, a vote per member, pasted chat text, a 接龙 pasted back), and
// their results.
package polls

// Option limits.
const (
	MinOptions = 2
	MaxOptions = 20
)
