package lottery

import (
	"qunzhu/backend/errs"
)

// Tier is a prize tier: its name and how many win it.
type Tier struct {
	Name  string `json:"name"`
	Count int    `json:"count"`
}

// Spec is everything a draw needs: the frozen list, the published values,
// the tiers in drawing order and the number of alternates (negative: the
// default, one more than the winners).
type Spec struct {
	Entrants   []string
	Sources    []Source
	Tiers      []Tier
	Alternates int
}

// Pick is one selected entrant.
type Pick struct {
	Order    int    `json:"order"`    // 1-based, among all picks
	Step     int    `json:"step"`     // the RFC 3797 index that selected it, from 0
	Position int    `json:"position"` // its line in the entrant list, from 1
	Name     string `json:"name"`
	Tier     int    `json:"tier"` // index into Spec.Tiers; -1 for an alternate
}

// Result is a draw's outcome.
type Result struct {
	Entrants   int    `json:"entrants"`
	ListSHA256 string `json:"listSha256"`
	Key        string `json:"key"`
	Winners    []Pick `json:"winners"`
	Alternates []Pick `json:"alternates"`
	Skipped    int    `json:"skipped"` // selections of an entrant already picked (weighted lists)
}

// DefaultAlternates is more alternates than winners: one more.
func DefaultAlternates(winners int) int { return winners + 1 }

// Validate checks the spec before anything is drawn.
func (s Spec) Validate() error {
	f := errs.Fields{}
	if len(s.Entrants) == 0 {
		f.Add("entrants", "err.lottery.no_entrants", nil)
	}
	if len(s.Tiers) == 0 {
		f.Add("tiers", "err.lottery.no_tiers", nil)
	}
	for i, t := range s.Tiers {
		if t.Count < 1 {
			f.Add("tiers", "err.lottery.tier_count", errs.Params{"Tier": i + 1})
		}
	}
	if len(s.Sources) == 0 {
		f.Add("sources", "err.lottery.no_sources", nil)
	}
	if err := f.Err(); err != nil {
		return err
	}
	if w := s.winners(); w > len(s.Entrants) {
		return tooFew(w, len(s.Entrants))
	}
	return nil
}

func tooFew(winners, entrants int) error {
	return errs.New(errs.Invalid, "err.lottery.too_few", errs.Params{"Winners": winners, "Entrants": entrants})
}

func (s Spec) winners() int {
	n := 0
	for _, t := range s.Tiers {
		n += t.Count
	}
	return n
}

// Draw selects the winners tier by tier, then the alternates, from one
// RFC 3797 sequence over the list: a winner leaves the pool for the later
// tiers, and a selection of someone already picked (an entrant listed more
// than once for a weight) is passed over.
func Draw(s Spec) (Result, error) {
	if err := s.Validate(); err != nil {
		return Result{}, err
	}
	key, err := Key(s.Sources)
	if err != nil {
		return Result{}, err
	}
	res := Result{Entrants: len(s.Entrants), ListSHA256: ListSHA256(s.Entrants), Key: key}
	alternates := s.Alternates
	if alternates < 0 {
		alternates = DefaultAlternates(s.winners())
	}
	picker := newPicker(key, s.Entrants)
	for ti, t := range s.Tiers {
		res.Winners = append(res.Winners, picker.take(t.Count, ti)...)
	}
	if len(res.Winners) < s.winners() { // fewer distinct entrants than prizes
		return Result{}, tooFew(s.winners(), len(res.Winners))
	}
	res.Alternates = picker.take(alternates, -1)
	res.Skipped = picker.skipped
	return res, nil
}

type picker struct {
	seq     *Sequence
	entries []string
	picked  map[string]bool
	order   int
	skipped int
}

func newPicker(key string, entries []string) *picker {
	return &picker{seq: NewSequence(key, len(entries)), entries: entries, picked: map[string]bool{}}
}

// take picks up to n more distinct entrants for tier.
func (p *picker) take(n, tier int) []Pick {
	var out []Pick
	for len(out) < n {
		step := p.seq.Step()
		pos, ok := p.seq.Next()
		if !ok {
			break
		}
		name := p.entries[pos]
		if p.picked[name] {
			p.skipped++
			continue
		}
		p.picked[name] = true
		p.order++
		out = append(out, Pick{Order: p.order, Step: step, Position: pos + 1, Name: name, Tier: tier})
	}
	return out
}
