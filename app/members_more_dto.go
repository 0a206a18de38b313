package app

import (
	"qunzhu/backend/members"
	"qunzhu/locales"
)

// TagCountDTO is a tag in use and how many members carry it.
type TagCountDTO struct {
	Name  string `json:"name"`
	Count int    `json:"count"`
}

// SelectionDTO is some members by id, or (filter set) the whole filtered result.
type SelectionDTO struct {
	IDs    []int64          `json:"ids"`
	Filter *MemberFilterDTO `json:"filter"`
}

// BulkRequestDTO is one action over a selection.
type BulkRequestDTO struct {
	Selection SelectionDTO `json:"selection"`
	Action    string       `json:"action"` // addTags | removeTags | addToGroup | setRole | trash | restore
	Tags      []string     `json:"tags"`
	GroupID   int64        `json:"groupId"`
	Role      string       `json:"role"`
}

// BulkResultDTO tells how many members changed and how to undo it.
type BulkResultDTO struct {
	UndoID   int64 `json:"undoId"`
	Affected int   `json:"affected"`
}

// SegmentDTO is a saved, live filter.
type SegmentDTO struct {
	ID     int64           `json:"id"`
	Name   string          `json:"name"`
	Filter MemberFilterDTO `json:"filter"`
}

// SegmentInputDTO creates (id 0) or changes a segment.
type SegmentInputDTO struct {
	ID     int64           `json:"id"`
	Name   string          `json:"name"`
	Filter MemberFilterDTO `json:"filter"`
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

// MergeResultDTO is the merged member and how to undo the merge.
type MergeResultDTO struct {
	Member MemberDTO `json:"member"`
	UndoID int64     `json:"undoId"`
}

// ExportRequestDTO says what to export where.
type ExportRequestDTO struct {
	Selection SelectionDTO `json:"selection"`
	Columns   []string     `json:"columns"` // MemberRowDTO field names
	Headers   []string     `json:"headers"` // header row as shown; "" = the column's localized name
	Format    string       `json:"format"`  // csv | xlsx
	Path      string       `json:"path"`
	Sort      string       `json:"sort"`
	Desc      bool         `json:"desc"`
}

// ExportResultDTO tells where the file went and how many members it holds.
type ExportResultDTO struct {
	Path string `json:"path"`
	Rows int    `json:"rows"`
}

func (s SelectionDTO) toDomain() (members.Selection, error) {
	out := members.Selection{IDs: s.IDs}
	if s.Filter != nil {
		f, err := s.Filter.toDomain()
		if err != nil {
			return out, err
		}
		out.Filter = &f
	}
	return out, nil
}

func toFilterDTO(f members.Filter) MemberFilterDTO {
	return MemberFilterDTO{Search: f.Search, GroupID: f.GroupID, Platforms: nonNil(f.Platforms), Tags: nonNil(f.Tags),
		IronFan: f.IronFan, MinDays: f.MinDays, MaxDays: f.MaxDays, MinLevel: f.MinLevel, MaxLevel: f.MaxLevel,
		Sources: nonNil(f.Sources), JoinedFrom: day(f.JoinedFrom), JoinedTo: day(f.JoinedTo), Trash: f.Trash,
		Tiers: nonNil(f.Tiers), Stages: nonNil(f.Stages), Flags: nonNil(f.Flags), Badges: f.Badges}
}

func toSegmentDTO(s members.Segment) SegmentDTO {
	return SegmentDTO{ID: s.ID, Name: s.Name, Filter: toFilterDTO(s.Filter)}
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

// ExportRequest builds the backend request, naming headers and yes/no in lang.
func (r ExportRequestDTO) ExportRequest(lang string) (members.ExportRequest, error) {
	sel, err := r.Selection.toDomain()
	headers := make([]string, len(r.Columns))
	for i, c := range r.Columns {
		if i < len(r.Headers) && r.Headers[i] != "" {
			headers[i] = r.Headers[i]
		} else {
			headers[i] = locales.Localize(lang, "app.export.col."+c, nil)
		}
	}
	return members.ExportRequest{Selection: sel, Sort: r.Sort, Desc: r.Desc, Columns: r.Columns, Headers: headers,
		Yes: locales.Localize(lang, "app.export.yes", nil), No: locales.Localize(lang, "app.export.no", nil),
		Format: r.Format, Path: r.Path}, err
}
