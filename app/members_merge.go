package app

import (
	"time"

	"qunzhu/backend/members"
	"qunzhu/locales"
)

// Duplicates suggests pairs that look like one person, with the reasons.
func (m *MembersAPI) Duplicates(limit int) (_ []DuplicatePairDTO, err error) {
	defer m.a.catchPanic(&err)
	pairs, err := m.a.ws.Members.Duplicates(m.a.call(), min(max(limit, 1), 500))
	return toPairDTOs(pairs, m.a.language()), err
}

// Merge folds other into keep; the result says how to undo it.
func (m *MembersAPI) Merge(keep, other int64) (_ MergeResultDTO, err error) {
	defer m.a.catchPanic(&err)
	v, undo, err := m.a.ws.Members.Merge(m.a.call(), keep, other)
	if err != nil {
		return MergeResultDTO{}, err
	}
	return MergeResultDTO{Member: ToMemberDTO(v, time.Now()), UndoID: undo}, nil
}

// ReasonDTO is why two members look like one person.
type ReasonDTO struct {
	Key     string         `json:"key"`
	Params  map[string]any `json:"params"`
	Message string         `json:"message"`
}

// DuplicatePairDTO is a suggested merge.
type DuplicatePairDTO struct {
	A       MemberRowDTO `json:"a"`
	B       MemberRowDTO `json:"b"`
	Reasons []ReasonDTO  `json:"reasons"`
}

func toPairDTOs(ps []members.Pair, lang string) []DuplicatePairDTO {
	out := make([]DuplicatePairDTO, len(ps))
	for i, p := range ps {
		d := DuplicatePairDTO{A: toRowDTO(p.A, lang), B: toRowDTO(p.B, lang), Reasons: []ReasonDTO{}}
		for _, r := range p.Reasons {
			d.Reasons = append(d.Reasons, ReasonDTO{Key: r.Key, Params: params(r.Params),
				Message: locales.Localize(lang, r.Key, r.Params)})
		}
		out[i] = d
	}
	return out
}

// MergeResultDTO is the merged member and how to undo the merge.
type MergeResultDTO struct {
	Member MemberDTO `json:"member"`
	UndoID int64     `json:"undoId"`
}
