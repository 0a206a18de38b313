package activity

import (
	"cmp"
	"slices"
)

// topSenders is the n senders with the most events (ties by name).
func topSenders(counts map[string]*SenderCount, n int) []SenderCount {
	out := make([]SenderCount, 0, len(counts))
	for _, c := range counts {
		out = append(out, *c)
	}
	slices.SortFunc(out, func(a, b SenderCount) int {
		return cmp.Or(cmp.Compare(b.Events, a.Events), cmp.Compare(a.Sender.Name, b.Sender.Name))
	})
	return out[:min(n, len(out))]
}

// sortUnsettled puts the busiest unsettled senders first.
func sortUnsettled(u []Unsettled) {
	slices.SortFunc(u, func(a, b Unsettled) int {
		return cmp.Or(cmp.Compare(b.Events, a.Events), cmp.Compare(a.Sender.Key, b.Sender.Key))
	})
}
