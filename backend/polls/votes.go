package polls

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"strconv"

	"qunzhu/backend/errs"
	"qunzhu/backend/fold"
	"qunzhu/backend/members"
	"qunzhu/backend/store"
)

// Ballot is a stored vote.
type Ballot struct {
	ID       int64
	MemberID int64
	Voter    string
	Choices  []int
	Count    int
	Source   string
	Line     string
}

// BallotIn is one person's vote to store: a member, or a name nobody in
// the list matched.
type BallotIn struct {
	MemberID int64  `json:"memberId"`
	Name     string `json:"name"`
	Choices  []int  `json:"choices"`
	Line     string `json:"line"`
}

// SetTally replaces the counts typed per option.
func (s *Service) SetTally(ctx context.Context, id int64, counts []int) (Results, error) {
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		p, err := getPoll(ctx, tx, id)
		if err != nil {
			return err
		}
		if p.Status == StatusClosed {
			return errs.New(errs.Conflict, "err.polls.closed", nil)
		}
		if len(counts) != len(p.Options) {
			return errs.New(errs.Invalid, "err.polls.tally_size", errs.Params{"Count": len(p.Options)})
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM poll_votes WHERE poll_id = ? AND source = 'tally'`, id); err != nil {
			return errs.Wrap(err, "clear tally")
		}
		for i, n := range counts {
			if n < 0 {
				return errs.New(errs.Invalid, "err.polls.tally_negative", errs.Params{"Option": i + 1})
			}
			if n > 0 {
				if err := insertVote(ctx, tx, id, 0, "", "", []int{i}, n, SourceTally, "", store.Stamp(s.now())); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		return Results{}, err
	}
	return s.Results(ctx, id)
}

// Cast stores votes (one per person: a later vote replaces an earlier one)
// collected from source, all in one transaction.
func (s *Service) Cast(ctx context.Context, id int64, source string, votes []BallotIn) (Results, error) {
	if source != SourceMember && source != SourceChat && source != SourceJielong {
		return Results{}, errs.New(errs.Invalid, "err.polls.source", errs.Params{"Value": source})
	}
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		p, err := getPoll(ctx, tx, id)
		if err != nil {
			return err
		}
		if p.Status == StatusClosed {
			return errs.New(errs.Conflict, "err.polls.closed", nil)
		}
		for i, v := range votes {
			if err := s.castOne(ctx, tx, p, source, v, i+1); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return Results{}, err
	}
	return s.Results(ctx, id)
}

func (s *Service) castOne(ctx context.Context, tx *sql.Tx, p Poll, source string, v BallotIn, row int) error {
	if err := checkChoices(p, v.Choices, row); err != nil {
		return err
	}
	name := fold.Name(v.Name)
	if v.MemberID != 0 {
		var err error
		if name, err = members.Nickname(ctx, tx, v.MemberID); err != nil {
			return errs.New(errs.Invalid, "err.polls.member", errs.Params{"Row": row})
		}
	}
	key := voterKey(v.MemberID, name)
	if key == "" {
		return errs.New(errs.Invalid, "err.polls.voter", errs.Params{"Row": row})
	}
	member := v.MemberID
	if p.Anonymous {
		sum := sha256.Sum256([]byte(strconv.FormatInt(p.ID, 10) + "/" + key))
		key, name, member = "h:"+hex.EncodeToString(sum[:12]), "", 0
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM poll_votes WHERE poll_id = ? AND voter_key = ?`, p.ID, key); err != nil {
		return errs.Wrap(err, "replace vote")
	}
	return insertVote(ctx, tx, p.ID, member, name, key, v.Choices, 1, source, v.Line, store.Stamp(s.now()))
}

func checkChoices(p Poll, choices []int, row int) error {
	if len(choices) == 0 || p.Rules().check(choices) != "" {
		return errs.New(errs.Invalid, "err.polls.choices", errs.Params{"Row": row})
	}
	for _, c := range choices {
		if c < 0 || c >= len(p.Options) {
			return errs.New(errs.Invalid, "err.polls.choices", errs.Params{"Row": row})
		}
	}
	return nil
}

// voterKey identifies a person across pastes: the member, else the exact
// name (小美 and 小美🌸 are two voters).
func voterKey(member int64, name string) string {
	if member != 0 {
		return "m:" + strconv.FormatInt(member, 10)
	}
	if k := fold.Name(name); k != "" {
		return "n:" + k
	}
	return ""
}

func insertVote(ctx context.Context, tx *sql.Tx, poll, member int64, voter, key string, choices []int, count int, source, line, now string) error {
	b, _ := json.Marshal(choices)
	_, err := tx.ExecContext(ctx, `INSERT INTO poll_votes (poll_id, member_id, voter, voter_key, choices, count, source, line, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, poll, idOrNil(member), voter, key, string(b), count, source, line, now)
	return errs.Wrap(err, "insert vote")
}

// RemoveVote deletes one ballot.
func (s *Service) RemoveVote(ctx context.Context, poll, vote int64) (Results, error) {
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `DELETE FROM poll_votes WHERE id = ? AND poll_id = ?`, vote, poll)
		return errs.Wrap(err, "remove vote")
	})
	if err != nil {
		return Results{}, err
	}
	return s.Results(ctx, poll)
}

// Ballots lists a poll's stored votes, newest first.
func (s *Service) Ballots(ctx context.Context, id int64) ([]Ballot, error) {
	rows, err := s.db.Read().QueryContext(ctx, `SELECT id, coalesce(member_id, 0), voter, choices, count, source, line
		FROM poll_votes WHERE poll_id = ? ORDER BY id DESC`, id)
	if err != nil {
		return nil, errs.Wrap(err, "list votes")
	}
	defer rows.Close()
	out := []Ballot{}
	for rows.Next() {
		var b Ballot
		var choices string
		if err := rows.Scan(&b.ID, &b.MemberID, &b.Voter, &choices, &b.Count, &b.Source, &b.Line); err != nil {
			return nil, errs.Wrap(err, "list votes")
		}
		_ = json.Unmarshal([]byte(choices), &b.Choices)
		out = append(out, b)
	}
	return out, errs.Wrap(rows.Err(), "list votes")
}
