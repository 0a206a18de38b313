package polls

import (
	"context"
	"database/sql"
	"encoding/json"

	"qunzhu/backend/errs"
	"qunzhu/backend/members"
)

// Results are a poll's counts.
type Results struct {
	Poll      Poll
	Counts    []int // per option; zeros while hidden
	Voters    int   // people who voted (typed tallies counted as people in a single-choice poll)
	GroupSize int   // members of the poll's group, 0 when it has none
	Hidden    bool  // results stay hidden until the poll closes
}

// Results adds up the stored votes.
func (s *Service) Results(ctx context.Context, id int64) (Results, error) {
	var r Results
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		p, err := getPoll(ctx, tx, id)
		if err != nil {
			return err
		}
		r = Results{Poll: p, Counts: make([]int, len(p.Options))}
		if err := addUp(ctx, tx, &r); err != nil {
			return err
		}
		r.GroupSize, err = groupSize(ctx, tx, p.GroupID)
		return err
	})
	if r.Poll.HideResults && r.Poll.Status != StatusClosed {
		r.Hidden = true
		clear(r.Counts)
	}
	return r, err
}

func addUp(ctx context.Context, tx *sql.Tx, r *Results) error {
	rows, err := tx.QueryContext(ctx, `SELECT choices, count, source FROM poll_votes WHERE poll_id = ?`, r.Poll.ID)
	if err != nil {
		return errs.Wrap(err, "add up votes")
	}
	defer rows.Close()
	tallied, tallyMax := 0, 0
	for rows.Next() {
		var choices, source string
		var n int
		if err := rows.Scan(&choices, &n, &source); err != nil {
			return errs.Wrap(err, "add up votes")
		}
		var cs []int
		_ = json.Unmarshal([]byte(choices), &cs)
		for _, c := range cs {
			if c >= 0 && c < len(r.Counts) {
				r.Counts[c] += n
			}
		}
		if source == SourceTally {
			tallied += n
			tallyMax = max(tallyMax, n)
		} else {
			r.Voters++
		}
	}
	if r.Poll.Multiple { // a typed tally does not say how many people picked several
		r.Voters += tallyMax
	} else {
		r.Voters += tallied
	}
	return errs.Wrap(rows.Err(), "add up votes")
}

func groupSize(ctx context.Context, tx *sql.Tx, group int64) (int, error) {
	if group == 0 {
		return 0, nil
	}
	return members.CountNow(ctx, tx, group)
}

// Voter is someone who voted, for a lottery among the voters.
type Voter struct {
	MemberID int64
	Name     string
}

// Voters are the people who voted in a closed, named poll.
func (s *Service) Voters(ctx context.Context, id int64) ([]Voter, error) {
	p, err := s.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if p.Status != StatusClosed {
		return nil, errs.New(errs.Conflict, "err.polls.not_closed", nil)
	}
	if p.Anonymous {
		return nil, errs.New(errs.Conflict, "err.polls.anonymous_voters", nil)
	}
	rows, err := s.db.Read().QueryContext(ctx, `SELECT coalesce(member_id, 0), voter FROM poll_votes
		WHERE poll_id = ? AND source != 'tally' ORDER BY id`, id)
	if err != nil {
		return nil, errs.Wrap(err, "list voters")
	}
	defer rows.Close()
	out := []Voter{}
	for rows.Next() {
		var v Voter
		if err := rows.Scan(&v.MemberID, &v.Name); err != nil {
			return nil, errs.Wrap(err, "list voters")
		}
		out = append(out, v)
	}
	return out, errs.Wrap(rows.Err(), "list voters")
}
