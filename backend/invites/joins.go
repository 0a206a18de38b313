package invites

import (
	"context"
	"strings"

	"qunzhu/backend/fold"
	"qunzhu/backend/members"
)

// JoinReport is what matching a group's member list did.
type JoinReport struct {
	Lines     int             // names read
	Matched   int             // drafts marked joined
	Already   int             // drafts that were joined already
	Unmatched []string        // names that match no draft of the batch
	Ambiguous []JoinAmbiguity // names several of the batch's members have: none marked
	Invalid   []int           // lines with nothing visible in them but invisible marks
}

// JoinAmbiguity is a name of the list that several drafts' members have.
type JoinAmbiguity struct {
	Name      string             `json:"name"`
	Namesakes []members.Namesake `json:"namesakes"`
}

// MatchJoins reads a group's member list (one name or id a line, as
// pasted or exported) and marks the batch's drafts whose member it names
// as joined, all in one transaction. A line names a member by platform id,
// or by exact nickname (fold.Name: invisible marks aside, as written) when
// only one member of the batch has it.
func (s *Service) MatchJoins(ctx context.Context, batch int64, list string) (JoinReport, error) {
	if _, err := s.Batch(ctx, batch); err != nil {
		return JoinReport{}, err
	}
	ds, err := s.queryDrafts(ctx, s.db.Read(), `WHERE d.batch_id = ? ORDER BY d.position`, batch)
	if err != nil {
		return JoinReport{}, err
	}
	byID, byName := map[string]*Draft{}, map[string][]*Draft{}
	at := map[int64]*Draft{}
	for i := range ds {
		at[ds[i].ID] = &ds[i]
		if ds[i].PlatformID != "" {
			byID[ds[i].PlatformID] = &ds[i]
		}
		name := fold.Name(ds[i].Nickname)
		byName[name] = append(byName[name], &ds[i])
	}
	if err := s.identities(ctx, ds, byID); err != nil {
		return JoinReport{}, err
	}
	rep := JoinReport{Unmatched: []string{}, Ambiguous: []JoinAmbiguity{}, Invalid: []int{}}
	var join []int64
	for i, raw := range strings.Split(list, "\n") {
		line := fold.Name(raw)
		if line == "" {
			if strings.TrimSpace(strings.TrimPrefix(raw, "\uFEFF")) != "" {
				rep.Invalid = append(rep.Invalid, i+1)
			}
			continue
		}
		rep.Lines++
		d := byID[line]
		if d == nil && len(byName[line]) > 1 {
			rep.Ambiguous = append(rep.Ambiguous, JoinAmbiguity{Name: line, Namesakes: namesakes(byName[line])})
			continue
		}
		if d == nil && len(byName[line]) == 1 {
			d = byName[line][0]
		}
		switch {
		case d == nil:
			rep.Unmatched = append(rep.Unmatched, line)
		case d.State == StateJoined:
			rep.Already++
		default:
			d.State = StateJoined
			join = append(join, d.ID)
		}
	}
	rep.Matched = len(join)
	err = s.db.Tx(ctx, func(tx txer) error {
		for _, id := range join {
			if err := s.setState(ctx, tx, id, StateJoined, s.now()); err != nil {
				return err
			}
		}
		return nil
	})
	return rep, err
}

func namesakes(ds []*Draft) []members.Namesake {
	out := make([]members.Namesake, len(ds))
	for i, d := range ds {
		out[i] = members.Namesake{ID: d.MemberID, Nickname: d.Nickname}
	}
	return out
}

// identities adds every id the batch's members have on any platform (a
// group's list may show a QQ number where the member is known by a wxid).
func (s *Service) identities(ctx context.Context, ds []Draft, byID map[string]*Draft) error {
	ids := make([]int64, len(ds))
	for i, d := range ds {
		ids[i] = d.MemberID
	}
	pids, err := members.PlatformIDs(ctx, s.db.Read(), ids)
	if err != nil {
		return err
	}
	for i := range ds {
		for _, pid := range pids[ds[i].MemberID] {
			if _, taken := byID[pid]; !taken {
				byID[pid] = &ds[i]
			}
		}
	}
	return nil
}
