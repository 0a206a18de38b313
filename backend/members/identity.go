package members

import (
	"slices"

	"qunzhu/backend/errs"
	"qunzhu/backend/fold"
)

// Ambiguity is a row without an id whose exact name several live members
// share: it is not stored until the user chooses one of them or a new
// member (ImportOptions.Choices).
type Ambiguity struct {
	Row        int
	Nickname   string
	Platform   string
	Candidates []Candidate // lowest id first
}

// Candidate is a member an ambiguous row may be, as a chooser shows it.
type Candidate struct {
	ID         int64
	Nickname   string
	Remark     string
	PlatformID string
}

// settle decides a row without an id from the members with its exact name:
// nobody is a new member (0), one is that member, several need the user's
// choice (a candidate, or 0 for a new member); ok is false when it is missing.
func settle(row int, candidates []int64, choices map[int]int64) (id int64, ok bool) {
	switch len(candidates) {
	case 0:
		return 0, true
	case 1:
		return candidates[0], true
	}
	chosen, has := choices[row]
	if has && (chosen == 0 || slices.Contains(candidates, chosen)) {
		return chosen, true
	}
	return 0, false
}

// ambiguous notes a row left unstored for the user to settle.
func (rep *Report) ambiguous(d Draft, candidates []int64) {
	a := Ambiguity{Row: d.Row, Nickname: d.Nickname, Platform: d.Platform}
	for _, id := range candidates {
		a.Candidates = append(a.Candidates, Candidate{ID: id})
	}
	rep.Ambiguous = append(rep.Ambiguous, a)
}

// describeCandidates fills in the candidates' names and ids, once every
// row is stored.
func describeCandidates(w *writer, list []Ambiguity) error {
	st, err := w.prepare(`SELECT nickname, remark, platform_id FROM members WHERE id = ?`)
	if err != nil {
		return errs.Wrap(err, "describe candidates")
	}
	for _, a := range list {
		for i := range a.Candidates {
			c := &a.Candidates[i]
			if err := st.QueryRowContext(w.ctx, c.ID).Scan(&c.Nickname, &c.Remark, &c.PlatformID); err != nil {
				return errs.Wrap(err, "describe candidates")
			}
		}
	}
	return nil
}

// match finds the member a draft is, by the identity rule: the holder of
// its id (nobody: a new member, never matched by name); without an id (and
// unless keeping both), the one live member with its exact display name.
// ok is false when the name is ambiguous; candidates are then who has it.
func (w *writer) match(d Draft, o ImportOptions) (id int64, candidates []int64, ok bool, err error) {
	if d.PlatformID != "" {
		id, err = w.identityOwner(d.Platform, d.PlatformID)
		return id, nil, true, err
	}
	if o.OnDuplicate == OnDuplicateKeep {
		return 0, nil, true, nil
	}
	if candidates, err = namedAs(w.ctx, w.tx, d.Platform, fold.Name(d.Nickname), ""); err != nil {
		return 0, nil, false, err
	}
	id, ok = settle(d.Row, candidates, o.Choices)
	return id, candidates, ok, nil
}
