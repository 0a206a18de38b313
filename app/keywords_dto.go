package app

import (
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/keywords"
)

// WatchWordDTO is a watch-list word.
type WatchWordDTO struct {
	ID       int64  `json:"id"`
	Text     string `json:"text"`
	Category string `json:"category"` // negative, competitor, adlaw, custom
	Severity int    `json:"severity"` // 1 notice, 2 warn, 3 act
	Level    string `json:"level"`    // notice, warn, act
	Note     string `json:"note"`
}

// WatchWordInputDTO is a word to add, or a word's new values.
type WatchWordInputDTO struct {
	Text     string `json:"text"`
	Category string `json:"category"`
	Severity int    `json:"severity"`
	Note     string `json:"note"`
}

func (in WatchWordInputDTO) toDomain() keywords.Word {
	return keywords.Word{Text: in.Text, Category: in.Category, Severity: in.Severity, Note: in.Note}
}

// ToWatchWordDTO is a stored word as the frontend and the command line see it.
func ToWatchWordDTO(e keywords.Entry) WatchWordDTO {
	return WatchWordDTO{ID: e.ID, Text: e.Text, Category: e.Category, Severity: e.Severity,
		Level: keywords.SeverityName(e.Severity), Note: e.Note}
}

// HitFilterDTO selects hits; zero values select everything. From and To
// are YYYY-MM-DD, To inclusive, "" for open.
type HitFilterDTO struct {
	GroupID  int64  `json:"groupId"`
	Category string `json:"category"`
	Severity int    `json:"severity"`
	WordID   int64  `json:"wordId"`
	MemberID int64  `json:"memberId"`
	State    string `json:"state"` // pending, noted, reminded, handled; "" any
	From     string `json:"from"`
	To       string `json:"to"`
	Limit    int    `json:"limit"`
	Offset   int    `json:"offset"`
}

// ToDomain reads the filter, its dates included.
func (f HitFilterDTO) ToDomain() (keywords.Filter, error) {
	out := keywords.Filter{GroupID: f.GroupID, Category: f.Category, Severity: f.Severity, WordID: f.WordID,
		MemberID: f.MemberID, State: f.State, Limit: f.Limit, Offset: f.Offset}
	fs := errs.Fields{}
	var err error
	if f.From != "" {
		if out.From, err = time.Parse(time.DateOnly, f.From); err != nil {
			fs.Add("from", "err.field.date", errs.Params{"Value": f.From})
		}
	}
	if f.To != "" {
		if out.To, err = time.Parse(time.DateOnly, f.To); err != nil {
			fs.Add("to", "err.field.date", errs.Params{"Value": f.To})
		}
		out.To = out.To.AddDate(0, 0, 1)
	}
	return out, fs.Err()
}

// HitDTO is one hit: the message around the matched word, split so the
// word can be highlighted, its sender, time and group.
type HitDTO struct {
	EventID   int64        `json:"eventId"`
	Word      WatchWordDTO `json:"word"`
	At        string       `json:"at"` // wall time as exported, "YYYY-MM-DDTHH:MM:SS"
	GroupID   int64        `json:"groupId"`
	Group     string       `json:"group"`
	MemberID  int64        `json:"memberId"`
	Nickname  string       `json:"nickname"`
	Before    string       `json:"before"`
	Match     string       `json:"match"`
	After     string       `json:"after"`
	Text      string       `json:"text"`      // the whole message
	State     string       `json:"state"`     // pending, noted, reminded or handled
	Suggest   string       `json:"suggest"`   // the state the word's level asks for
	Violation int64        `json:"violation"` // the violation logged from it (0: none)
}

// HitPageDTO is a page of hits with the chip counts and the scan state.
type HitPageDTO struct {
	Hits       []HitDTO       `json:"hits"`
	Total      int            `json:"total"`
	Counts     map[int64]int  `json:"counts"`     // word id -> hits (ignoring the word and category filters)
	Categories map[string]int `json:"categories"` // category -> hits (likewise)
	All        int            `json:"all"`        // hits under the other filters
	Stale      bool           `json:"stale"`      // the list changed since the last scan
}

// ToHitDTO is a listed hit as the frontend and the command line see it.
func ToHitDTO(h keywords.Listed) HitDTO {
	return HitDTO{EventID: h.EventID, Word: ToWatchWordDTO(h.Word), At: h.At.Format("2006-01-02T15:04:05"),
		GroupID: h.GroupID, Group: h.Group, MemberID: h.MemberID, Nickname: h.Nickname,
		Before: h.Snippet.Before, Match: h.Snippet.Match, After: h.Snippet.After, Text: h.Text, State: h.State,
		Suggest: keywords.SuggestedState(h.Word.Severity), Violation: h.Violation}
}

// ScanDoneDTO is a "keywords:done" event.
type ScanDoneDTO struct {
	JobID  string `json:"jobId"`
	Full   bool   `json:"full"`
	Events int    `json:"events"`
	Hits   int    `json:"hits"`
}
