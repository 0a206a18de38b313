package app

import (
	"time"

	"qunzhu/backend/activity"
	"qunzhu/backend/chatlog"
	"qunzhu/locales"
)

// ActivityRequestDTO is an activity import.
type ActivityRequestDTO struct {
	Path    string           `json:"path"`
	GroupID int64            `json:"groupId"`
	Choices map[string]int64 `json:"choices"` // ambiguous sender key → member id (0: a new member)
	// A generic CSV: its columns (null: guessed) and the platform of rows without one.
	Columns  *ChatColumnsDTO `json:"columns"`
	Platform string          `json:"platform"`
}

// ChatColumnsDTO are a generic CSV's columns, by index (-1: none).
type ChatColumnsDTO struct {
	Member   int `json:"member"`
	ID       int `json:"id"`
	Time     int `json:"time"`
	Kind     int `json:"kind"`
	Value    int `json:"value"`
	Text     int `json:"text"`
	Platform int `json:"platform"`
	Chat     int `json:"chat"`
}

func (c *ChatColumnsDTO) toDomain() *chatlog.Columns {
	if c == nil {
		return nil
	}
	d := chatlog.Columns(*c)
	return &d
}

func (r ActivityRequestDTO) toDomain() activity.Request {
	return activity.Request{Path: r.Path, GroupID: r.GroupID, Choices: r.Choices, Columns: r.Columns.toDomain(), Platform: r.Platform}
}

// ActivityPreviewDTO is what an import would do.
type ActivityPreviewDTO struct {
	FileName   string               `json:"fileName"`
	Format     string               `json:"format"`
	Events     int                  `json:"events"`
	System     int                  `json:"system"`   // system and service messages left out
	Skipped    int                  `json:"skipped"`  // messages or lines that cannot be read, left out
	Problems   []ActivityProblemDTO `json:"problems"` // the first of them
	From       string               `json:"from"`     // RFC 3339, "" when no events
	To         string               `json:"to"`
	Senders    int                  `json:"senders"`
	Known      int                  `json:"known"`
	New        int                  `json:"new"`
	Unsettled  []UnsettledDTO       `json:"unsettled"`
	TopSenders []SenderCountDTO     `json:"topSenders"`
	Header     []string             `json:"header"`  // a generic CSV's header
	Columns    ChatColumnsDTO       `json:"columns"` // a generic CSV's columns (-1: none)
	// Problem: a generic CSV the columns as mapped can't read (nothing would be
	// imported); the mapping step shows it, naming the line.
	Problem *ErrorDTO     `json:"problem"`
	Shape   string        `json:"shape"` // how pasted text was read ("" for a file)
	Rows    []PasteRowDTO `json:"rows"`  // pasted text's first lines as read
}

// PasteRowDTO is a line of a paste's preview: a message, or a line left
// out (skip: why, in the user's language).
type PasteRowDTO struct {
	Line   int    `json:"line"`
	Sender string `json:"sender"`
	Time   string `json:"time"` // RFC 3339 wall clock, "" for a line left out
	Kind   string `json:"kind"`
	Text   string `json:"text"`
	Skip   string `json:"skip"`
}

func toPasteRowDTOs(rows []activity.PasteRow, lang string) []PasteRowDTO {
	out := make([]PasteRowDTO, len(rows))
	for i, r := range rows {
		out[i] = PasteRowDTO{Line: r.Line, Sender: r.Sender, Time: stampOrEmpty(r.Time), Kind: r.Kind, Text: r.Text}
		if r.Skip != "" {
			out[i].Skip = locales.Localize(lang, r.Skip, nil)
		}
	}
	return out
}

func toActivityPreviewDTO(p activity.Preview, lang string) ActivityPreviewDTO {
	out := ActivityPreviewDTO{FileName: p.Name, Format: p.Format, Events: p.Events, System: p.System, Skipped: p.Skipped,
		Problems: toActivityProblemDTOs(p.Problems, lang), From: stampOrEmpty(p.From), To: stampOrEmpty(p.To), Senders: p.Senders, Known: p.Known, New: p.New,
		Unsettled: nonNil(convertAll(p.Unsettled, toUnsettledDTO)), Header: nonNil(p.Header),
		TopSenders: nonNil(convertAll(p.TopSenders, toSenderCountDTO)), Columns: ChatColumnsDTO(p.Columns),
		Shape: string(p.Shape), Rows: toPasteRowDTOs(p.Rows, lang)}
	return out
}

// SenderDTO is who sent messages in an import: a platform id, or else
// the exact display name.
type SenderDTO struct {
	Key      string `json:"key"` // platform, then the id or else the exact display name
	Platform string `json:"platform"`
	ID       string `json:"id"`
	Name     string `json:"name"`
}

// UnsettledDTO is a sender who could be several members: the operator
// chooses.
type UnsettledDTO struct {
	Sender     SenderDTO            `json:"sender"`
	Events     int                  `json:"events"`
	Candidates []SenderCandidateDTO `json:"candidates"`
}

// SenderCandidateDTO is a member an unsettled sender could be.
type SenderCandidateDTO struct {
	ID         int64  `json:"id"`
	Nickname   string `json:"nickname"`
	Remark     string `json:"remark"`
	PlatformID string `json:"platformId"`
}

func toUnsettledDTO(u activity.Unsettled) UnsettledDTO {
	return UnsettledDTO{Sender: SenderDTO(u.Sender), Events: u.Events,
		Candidates: convertAll(u.Candidates, func(c activity.Candidate) SenderCandidateDTO { return SenderCandidateDTO(c) })}
}

// SenderCountDTO is a sender and how many events it sent.
type SenderCountDTO struct {
	Sender SenderDTO `json:"sender"`
	Events int       `json:"events"`
}

func toSenderCountDTO(c activity.SenderCount) SenderCountDTO {
	return SenderCountDTO{Sender: SenderDTO(c.Sender), Events: c.Events}
}

// ActivityReportDTO is what an import stored.
type ActivityReportDTO struct {
	ImportID   int64                `json:"importId"`
	Format     string               `json:"format"`
	Events     int                  `json:"events"`
	Duplicates int                  `json:"duplicates"`
	System     int                  `json:"system"`   // system and service messages left out
	Skipped    int                  `json:"skipped"`  // messages or lines that cannot be read, left out
	Problems   []ActivityProblemDTO `json:"problems"` // the first of them
	Members    int                  `json:"members"`
	NewMembers int                  `json:"newMembers"`
	Ambiguous  int                  `json:"ambiguous"`
	From       string               `json:"from"`
	To         string               `json:"to"`
}

func toActivityReportDTO(r activity.Report, lang string) ActivityReportDTO {
	return ActivityReportDTO{ImportID: r.ImportID, Format: r.Format, Events: r.Events, Duplicates: r.Duplicates,
		System: r.System, Skipped: r.Skipped, Problems: toActivityProblemDTOs(r.Problems, lang), Members: r.Members,
		NewMembers: r.NewMembers, Ambiguous: len(r.Ambiguous), From: stampOrEmpty(r.From), To: stampOrEmpty(r.To)}
}

// ActivityProblemDTO is a line of an export that could not be read and was
// left out, with the reason in the user's language.
type ActivityProblemDTO struct {
	Line    int    `json:"line"`
	Key     string `json:"key"`
	Message string `json:"message"`
}

func toActivityProblemDTOs(ps []chatlog.Problem, lang string) []ActivityProblemDTO {
	out := make([]ActivityProblemDTO, len(ps))
	for i, p := range ps {
		out[i] = ActivityProblemDTO{Line: p.Line, Key: p.Key, Message: locales.Localize(lang, p.Key, map[string]any{"Line": p.Line})}
	}
	return out
}

// ActivityDoneDTO is an "activity:done" event.
type ActivityDoneDTO struct {
	JobID  string            `json:"jobId"`
	Report ActivityReportDTO `json:"report"`
	Tiers  TierSummaryDTO    `json:"tiers"` // the tiers worked out again after it
}

// ActivityRecordDTO is one past activity import.
type ActivityRecordDTO struct {
	ID         int64                `json:"id"`
	FileName   string               `json:"fileName"`
	Format     string               `json:"format"`
	Events     int                  `json:"events"`
	Duplicates int                  `json:"duplicates"`
	NewMembers int                  `json:"newMembers"`
	Skipped    int                  `json:"skipped"`  // lines that could not be read, left out
	Problems   []ActivityProblemDTO `json:"problems"` // the first of them
	CreatedAt  string               `json:"createdAt"`
}

func stampOrEmpty(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02T15:04:05")
}
