package app

import (
	"qunzhu/backend/polls"
)

// PollsAPI is the polls screen's backend: polls, vote collection, results.
type PollsAPI struct{ a *App }

// List returns every poll, newest first.
func (v *PollsAPI) List() (_ []PollDTO, err error) {
	defer v.a.catchPanic(&err)
	ps, err := v.a.ws.Polls.List(v.a.call())
	out := make([]PollDTO, 0, len(ps))
	for _, p := range ps {
		out = append(out, toPollDTO(p))
	}
	return out, err
}

// Get returns one poll.
func (v *PollsAPI) Get(id int64) (_ PollDTO, err error) {
	defer v.a.catchPanic(&err)
	return pollOne(v.a.ws.Polls.Get(v.a.call(), id))
}

// Create stores a new draft poll.
func (v *PollsAPI) Create(in PollInput) (_ PollDTO, err error) {
	defer v.a.catchPanic(&err)
	d, err := in.toDomain()
	if err != nil {
		return PollDTO{}, err
	}
	return pollOne(v.a.ws.Polls.Create(v.a.call(), d))
}

// Update saves the editor's changes.
func (v *PollsAPI) Update(id int64, in PollInput) (_ PollDTO, err error) {
	defer v.a.catchPanic(&err)
	d, err := in.toDomain()
	if err != nil {
		return PollDTO{}, err
	}
	return pollOne(v.a.ws.Polls.Update(v.a.call(), id, d))
}

// SetStatus opens, closes or reopens a poll (draft, open, closed).
func (v *PollsAPI) SetStatus(id int64, status string) (_ PollDTO, err error) {
	defer v.a.catchPanic(&err)
	return pollOne(v.a.ws.Polls.SetStatus(v.a.call(), id, status))
}

// Delete removes a poll and its votes.
func (v *PollsAPI) Delete(id int64) (err error) {
	defer v.a.catchPanic(&err)
	return v.a.ws.Polls.Delete(v.a.call(), id)
}

// Results adds up a poll's votes.
func (v *PollsAPI) Results(id int64) (_ ResultsDTO, err error) {
	defer v.a.catchPanic(&err)
	return toResultsDTO(v.a.ws.Polls.Results(v.a.call(), id))
}

// SetTally replaces the counts typed per option.
func (v *PollsAPI) SetTally(id int64, counts []int) (_ ResultsDTO, err error) {
	defer v.a.catchPanic(&err)
	return toResultsDTO(v.a.ws.Polls.SetTally(v.a.call(), id, counts))
}

// Cast stores votes from source (member, chat, jielong) in one go.
func (v *PollsAPI) Cast(id int64, source string, votes []BallotInDTO) (_ ResultsDTO, err error) {
	defer v.a.catchPanic(&err)
	in := make([]polls.BallotIn, len(votes))
	for i, b := range votes {
		in[i] = polls.BallotIn(b)
	}
	return toResultsDTO(v.a.ws.Polls.Cast(v.a.call(), id, source, in))
}

// RemoveVote deletes one stored vote.
func (v *PollsAPI) RemoveVote(id, vote int64) (_ ResultsDTO, err error) {
	defer v.a.catchPanic(&err)
	return toResultsDTO(v.a.ws.Polls.RemoveVote(v.a.call(), id, vote))
}

// Ballots lists a poll's stored votes.
func (v *PollsAPI) Ballots(id int64) (_ []BallotDTO, err error) {
	defer v.a.catchPanic(&err)
	bs, err := v.a.ws.Polls.Ballots(v.a.call(), id)
	out := make([]BallotDTO, 0, len(bs))
	for _, b := range bs {
		out = append(out, BallotDTO(b))
	}
	return out, err
}

// ReadPaste reads pasted chat text or a 接龙 pasted back, without storing.
func (v *PollsAPI) ReadPaste(id int64, text string) (_ PastePreviewDTO, err error) {
	defer v.a.catchPanic(&err)
	p, err := v.a.ws.Polls.ReadPaste(v.a.call(), id, text)
	if err != nil {
		return PastePreviewDTO{}, err
	}
	return toPastePreviewDTO(p), nil
}

// JielongText is the 接龙 to paste into the group for a poll.
func (v *PollsAPI) JielongText(id int64, example, footer string) (_ string, err error) {
	defer v.a.catchPanic(&err)
	p, err := v.a.ws.Polls.Get(v.a.call(), id)
	if err != nil {
		return "", err
	}
	return polls.JielongText(p, example, footer), nil
}
