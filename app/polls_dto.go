package app

import (
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/polls"
)

// PollInput is the poll editor's form; deadline is RFC 3339 or "".
type PollInput struct {
	Question    string   `json:"question"`
	Options     []string `json:"options"`
	Multiple    bool     `json:"multiple"`
	MaxChoices  int      `json:"maxChoices"`
	Anonymous   bool     `json:"anonymous"`
	HideResults bool     `json:"hideResults"`
	Deadline    string   `json:"deadline"`
	GroupID     int64    `json:"groupId"`
}

func (in PollInput) toDomain() (polls.Input, error) {
	out := polls.Input{Question: in.Question, Options: append([]string{}, in.Options...), Multiple: in.Multiple,
		MaxChoices: in.MaxChoices, Anonymous: in.Anonymous, HideResults: in.HideResults, GroupID: in.GroupID}
	if in.Deadline != "" {
		t, err := time.Parse(time.RFC3339, in.Deadline)
		if err != nil {
			f := errs.Fields{}
			f.Add("deadline", "err.polls.deadline", nil)
			return out, f.Err()
		}
		out.Deadline = &t
	}
	return out, nil
}

// PollDTO is a stored poll.
type PollDTO struct {
	ID int64 `json:"id"`
	PollInput
	Status    string `json:"status"`
	CreatedAt string `json:"createdAt"`
	ClosedAt  string `json:"closedAt"`
}

func toPollDTO(p polls.Poll) PollDTO {
	return PollDTO{ID: p.ID, PollInput: PollInput{Question: p.Question, Options: p.Options, Multiple: p.Multiple,
		MaxChoices: p.MaxChoices, Anonymous: p.Anonymous, HideResults: p.HideResults, Deadline: stampOf(p.Deadline),
		GroupID: p.GroupID}, Status: p.Status, CreatedAt: rfc3339(p.CreatedAt), ClosedAt: stampOf(p.ClosedAt)}
}

// ResultsDTO are a poll's counts.
type ResultsDTO struct {
	Poll      PollDTO `json:"poll"`
	Counts    []int   `json:"counts"`
	Voters    int     `json:"voters"`
	GroupSize int     `json:"groupSize"`
	Hidden    bool    `json:"hidden"`
}

func toResultsDTO(r polls.Results, err error) (ResultsDTO, error) {
	if err != nil {
		return ResultsDTO{}, err
	}
	return ResultsDTO{Poll: toPollDTO(r.Poll), Counts: r.Counts, Voters: r.Voters, GroupSize: r.GroupSize, Hidden: r.Hidden}, nil
}

// BallotDTO is a stored vote.
type BallotDTO struct {
	ID       int64  `json:"id"`
	MemberID int64  `json:"memberId"`
	Voter    string `json:"voter"`
	Choices  []int  `json:"choices"`
	Count    int    `json:"count"`
	Source   string `json:"source"`
	Line     string `json:"line"`
}

// BallotInDTO is a vote to store.
type BallotInDTO struct {
	MemberID int64  `json:"memberId"`
	Name     string `json:"name"`
	Choices  []int  `json:"choices"`
	Line     string `json:"line"`
}

// PasteVoteDTO is a vote read from pasted text, with its member match.
type PasteVoteDTO struct {
	Name       string `json:"name"`
	Choices    []int  `json:"choices"`
	Line       int    `json:"line"`
	Text       string `json:"text"`
	MemberID   int64  `json:"memberId"`
	Nickname   string `json:"nickname"`
	Candidates int    `json:"candidates"`
	// Namesakes are the members sharing the name when several do (the vote
	// is credited to none of them).
	Namesakes []NamesakeDTO `json:"namesakes"`
}

// UnreadDTO is a line that could not be counted.
type UnreadDTO struct {
	Line   int    `json:"line"`
	Text   string `json:"text"`
	Reason string `json:"reason"`
	Name   string `json:"name"`
}

// PastePreviewDTO is pasted text read against a poll.
type PastePreviewDTO struct {
	Source     string         `json:"source"`
	Title      string         `json:"title"`
	Votes      []PasteVoteDTO `json:"votes"`
	Unread     []UnreadDTO    `json:"unread"`
	Superseded int            `json:"superseded"`
}

func toPastePreviewDTO(p polls.Preview) PastePreviewDTO {
	out := PastePreviewDTO{Source: p.Source, Title: p.Title, Votes: []PasteVoteDTO{}, Unread: []UnreadDTO{}, Superseded: len(p.Superseded)}
	for _, v := range p.Votes {
		out.Votes = append(out.Votes, PasteVoteDTO{Name: v.Name, Choices: v.Choices, Line: v.Line, Text: v.Text,
			MemberID: v.MemberID, Nickname: v.Nickname, Candidates: v.Candidates, Namesakes: toNamesakeDTOs(v.Namesakes)})
	}
	for _, u := range p.Unread {
		out.Unread = append(out.Unread, UnreadDTO(u))
	}
	return out
}

func pollOne(p polls.Poll, err error) (PollDTO, error) {
	if err != nil {
		return PollDTO{}, err
	}
	return toPollDTO(p), nil
}
