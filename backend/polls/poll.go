// Package polls keeps topic votes (选题投票): polls with 2–20 options,
// single or multiple choice, votes collected four ways (a tally per
// option, a vote per member, pasted chat text, a 接龙 pasted back), and
// their results.
package polls

import (
	"strings"
	"time"
	"unicode/utf8"

	"qunzhu/backend/errs"
	"qunzhu/backend/fold"
)

// Option limits.
const (
	MinOptions = 2
	MaxOptions = 20
)

// Statuses a poll goes through.
const (
	StatusDraft  = "draft"
	StatusOpen   = "open"
	StatusClosed = "closed"
)

// Vote sources: the four ways of collecting.
const (
	SourceTally   = "tally"
	SourceMember  = "member"
	SourceChat    = "chat"
	SourceJielong = "jielong"
)

// Input is what the poll editor saves.
type Input struct {
	Question    string     `json:"question"`
	Options     []string   `json:"options"`
	Multiple    bool       `json:"multiple"`
	MaxChoices  int        `json:"maxChoices"`
	Anonymous   bool       `json:"anonymous"`
	HideResults bool       `json:"hideResults"`
	Deadline    *time.Time `json:"deadline"`
	GroupID     int64      `json:"groupId"`
}

// Poll is a stored poll.
type Poll struct {
	ID int64
	Input
	Status    string
	CreatedAt time.Time
	UpdatedAt time.Time
	ClosedAt  *time.Time
}

// Rules are the poll's choice rules.
func (p Poll) Rules() Rules { return Rules{Multiple: p.Multiple, Max: p.MaxChoices} }

// Validate checks the question, 2–20 distinct options and the maximum.
func (in *Input) Validate() error {
	in.Question = strings.TrimSpace(in.Question)
	f := errs.Fields{}
	if in.Question == "" {
		f.Add("question", "err.field.required", nil)
	} else if utf8.RuneCountInString(in.Question) > 200 {
		f.Add("question", "err.field.too_long", errs.Params{"Max": 200})
	}
	seen := map[string]bool{}
	for i, o := range in.Options {
		in.Options[i] = strings.TrimSpace(o)
		k := fold.Nick(in.Options[i])
		switch {
		case in.Options[i] == "":
			f.Add("options", "err.polls.option_empty", errs.Params{"Option": i + 1})
		case seen[k] && k != "":
			f.Add("options", "err.polls.option_twice", errs.Params{"Option": i + 1})
		}
		seen[k] = true
	}
	if len(in.Options) < MinOptions || len(in.Options) > MaxOptions {
		f.Add("options", "err.polls.option_count", errs.Params{"Min": MinOptions, "Max": MaxOptions})
	}
	if in.MaxChoices < 0 || (in.Multiple && in.MaxChoices > len(in.Options)) {
		f.Add("maxChoices", "err.field.range", errs.Params{"Min": 0, "Max": len(in.Options)})
	}
	if !in.Multiple {
		in.MaxChoices = 0
	}
	return f.Err()
}
