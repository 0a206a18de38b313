package app

import (
	"qunzhu/backend/memberimport"
	"qunzhu/backend/members"
	"qunzhu/backend/sheets"
	"qunzhu/locales"
)

// ImportSourceDTO is a file path or pasted text.
type ImportSourceDTO struct {
	Path  string `json:"path"`
	Text  string `json:"text"`
	Sheet string `json:"sheet"`
}

// ImportRequestDTO is a preview or an import.
type ImportRequestDTO struct {
	Source       ImportSourceDTO `json:"source"`
	Mapping      map[string]int  `json:"mapping"`      // field -> column; null = guess from the headers
	Platform     string          `json:"platform"`     // for rows without one; "" = guess
	MemberSource string          `json:"memberSource"` // for rows without one; "" = import
	GroupID      int64           `json:"groupId"`
	OnDuplicate  string          `json:"onDuplicate"` // update | skip | keep
	SkipInvalid  bool            `json:"skipInvalid"`
	// Choices settle rows an earlier run reported ambiguous: row -> member
	// id, 0 for a new member.
	Choices map[int]int64 `json:"choices"`
}

// ProblemDTO is a row that cannot be imported, with a localized reason.
type ProblemDTO struct {
	Row     int            `json:"row"`
	Field   string         `json:"field"`
	Key     string         `json:"key"`
	Params  map[string]any `json:"params"`
	Message string         `json:"message"`
}

// DraftDTO is a row as it will be stored.
type DraftDTO struct {
	Row         int      `json:"row"`
	Nickname    string   `json:"nickname"`
	Remark      string   `json:"remark"`
	Platform    string   `json:"platform"`
	PlatformID  string   `json:"platformId"`
	Source      string   `json:"source"`
	Notes       string   `json:"notes"`
	Tags        []string `json:"tags"`
	FollowSince string   `json:"followSince"`
	FanLevel    *int     `json:"fanLevel"`
	IronFan     *bool    `json:"ironFan"`
}

// ImportPreviewDTO is what an import would do.
type ImportPreviewDTO struct {
	FileName string         `json:"fileName"`
	Encoding string         `json:"encoding"`
	Sheets   []string       `json:"sheets"`
	Sheet    string         `json:"sheet"`
	Headers  []string       `json:"headers"`
	Samples  [][]string     `json:"samples"`
	Fields   []string       `json:"fields"` // every field a column can map to
	Mapping  map[string]int `json:"mapping"`
	Platform string         `json:"platform"`
	Total    int            `json:"total"`
	Valid    int            `json:"valid"`
	Rows     []DraftDTO     `json:"rows"`
	Problems []ProblemDTO   `json:"problems"`
	Matches  int            `json:"matches"`
}

// ImportReportDTO is what an import did.
type ImportReportDTO struct {
	ImportID  int64          `json:"importId"`
	Added     int            `json:"added"`
	Updated   int            `json:"updated"`
	Skipped   int            `json:"skipped"`
	Invalid   []ProblemDTO   `json:"invalid"`
	Ambiguous []AmbiguityDTO `json:"ambiguous"`
}

// AmbiguityDTO is a row without an id that several members' exact name
// matches: not stored until the user picks one of them or a new member.
type AmbiguityDTO struct {
	Row        int                  `json:"row"`
	Nickname   string               `json:"nickname"`
	Platform   string               `json:"platform"`
	Candidates []ImportCandidateDTO `json:"candidates"`
}

// ImportCandidateDTO is a member an ambiguous row may be.
type ImportCandidateDTO struct {
	ID         int64  `json:"id"`
	Nickname   string `json:"nickname"`
	Remark     string `json:"remark"`
	PlatformID string `json:"platformId"`
}

// ImportRecordDTO is one past import.
type ImportRecordDTO struct {
	ID        int64        `json:"id"`
	FileName  string       `json:"fileName"`
	FileHash  string       `json:"fileHash"`
	Added     int          `json:"added"`
	Updated   int          `json:"updated"`
	Skipped   int          `json:"skipped"`
	Problems  []ProblemDTO `json:"problems"`
	CreatedAt string       `json:"createdAt"`
}

func (r ImportRequestDTO) toDomain() memberimport.Request {
	return memberimport.Request{Source: memberimport.Source(r.Source), Mapping: sheets.Mapping(r.Mapping),
		Platform: r.Platform, MemberFrom: r.MemberSource, GroupID: r.GroupID, OnDuplicate: r.OnDuplicate,
		SkipInvalid: r.SkipInvalid, Choices: r.Choices}
}

// ToProblemDTOs localizes problems.
func ToProblemDTOs(ps []members.Problem, lang string) []ProblemDTO {
	out := make([]ProblemDTO, len(ps))
	for i, p := range ps {
		out[i] = ProblemDTO{Row: p.Row, Field: p.Field, Key: p.Key, Params: params(p.Params),
			Message: locales.Localize(lang, p.Key, p.Params)}
	}
	return out
}

func toDraftDTOs(ds []members.Draft) []DraftDTO {
	out := make([]DraftDTO, len(ds))
	for i, d := range ds {
		out[i] = DraftDTO{Row: d.Row, Nickname: d.Nickname, Remark: d.Remark, Platform: d.Platform,
			PlatformID: d.PlatformID, Source: d.Source, Notes: d.Notes, Tags: nonNil(d.Tags),
			FollowSince: day(d.FollowSince), FanLevel: d.FanLevel, IronFan: d.IronFan}
	}
	return out
}

func toPreviewDTO(p memberimport.Preview, lang string) ImportPreviewDTO {
	return ImportPreviewDTO{FileName: p.FileName, Encoding: p.Encoding, Sheets: nonNil(p.Sheets), Sheet: p.Sheet,
		Headers: p.Headers, Samples: p.Samples, Fields: sheets.Fields, Mapping: p.Mapping,
		Platform: p.Platform, Total: p.Total, Valid: p.Valid, Rows: toDraftDTOs(p.Rows),
		Problems: ToProblemDTOs(p.Problems, lang), Matches: p.Matches}
}

// ToReportDTO converts an import's report.
func ToReportDTO(r members.Report, lang string) ImportReportDTO {
	return ImportReportDTO{ImportID: r.ImportID, Added: r.Added, Updated: r.Updated, Skipped: r.Skipped,
		Invalid: ToProblemDTOs(r.Invalid, lang), Ambiguous: ToAmbiguityDTOs(r.Ambiguous)}
}

// ToAmbiguityDTOs converts the ambiguous rows of a report.
func ToAmbiguityDTOs(list []members.Ambiguity) []AmbiguityDTO {
	out := make([]AmbiguityDTO, len(list))
	for i, a := range list {
		out[i] = AmbiguityDTO{Row: a.Row, Nickname: a.Nickname, Platform: a.Platform, Candidates: []ImportCandidateDTO{}}
		for _, c := range a.Candidates {
			out[i].Candidates = append(out[i].Candidates, ImportCandidateDTO(c))
		}
	}
	return out
}

func toRecordDTOs(rs []members.ImportRecord, lang string) []ImportRecordDTO {
	out := make([]ImportRecordDTO, len(rs))
	for i, r := range rs {
		out[i] = ImportRecordDTO{ID: r.ID, FileName: r.FileName, FileHash: r.FileHash, Added: r.Added,
			Updated: r.Updated, Skipped: r.Skipped, Problems: ToProblemDTOs(r.Problems, lang),
			CreatedAt: rfc3339(r.CreatedAt)}
	}
	return out
}
