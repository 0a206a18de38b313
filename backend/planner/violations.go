package planner

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"time"
	"unicode/utf8"

	"qunzhu/backend/errs"
	"qunzhu/backend/keywords"
	"qunzhu/backend/store"
	"qunzhu/locales"
)

// MaxWhat bounds a violation's description.
const MaxWhat = 500

// ViolationInput is what an admin logs: who broke which rule, how.
type ViolationInput struct {
	GroupID  int64
	MemberID int64
	Rule     string
	What     string
	AdminID  int64
	Step     int // the ladder step taken; -1 for the one proposed
	// Hit is the keyword hit the violation was logged from (zero: none);
	// logging marks it handled.
	Hit keywords.HitKey
}

// Violation is a logged violation with the step taken.
type Violation struct {
	ID       int64
	GroupID  int64
	MemberID int64
	Nickname string
	Rule     string
	What     string
	Step     int
	Action   string
	Minutes  int
	AdminID  int64
	Admin    string
	At       time.Time
	Hit      keywords.HitKey // the keyword hit it was logged from (zero: none)
}

// Proposal is the next step for a member in a group, with the message to paste.
type Proposal struct {
	Step    int
	Action  string
	Minutes int
	Before  int // violations already logged
	Message string
}

// Validate checks the violation's fields.
func (in *ViolationInput) Validate() error {
	in.Rule, in.What = strings.TrimSpace(in.Rule), strings.TrimSpace(in.What)
	f := errs.Fields{}
	if in.GroupID <= 0 {
		f.Add("group", "err.planner.group", nil)
	}
	if in.MemberID <= 0 {
		f.Add("member", "err.planner.member", nil)
	}
	if in.Rule == "" || utf8.RuneCountInString(in.Rule) > MaxRuleText {
		f.Add("rule", "err.planner.rule_text", errs.Params{"Row": 1, "Max": MaxRuleText})
	}
	if utf8.RuneCountInString(in.What) > MaxWhat {
		f.Add("what", "err.planner.what", errs.Params{"Max": MaxWhat})
	}
	if in.Step < -1 || in.Step >= MaxSteps {
		f.Add("step", "err.planner.step", nil)
	}
	return f.Err()
}

// Propose is the step the ladder gives a member's next violation in a
// group: one rung per violation already logged, staying on the last.
func (s *Service) Propose(ctx context.Context, groupID, memberID int64, rule, lang string) (Proposal, error) {
	var p Proposal
	err := s.db.Tx(ctx, func(tx *sql.Tx) (err error) {
		p, err = s.propose(ctx, tx, ViolationInput{GroupID: groupID, MemberID: memberID, Rule: rule, Step: -1}, lang)
		return err
	})
	return p, err
}

// propose works out the proposed step, or takes in.Step when one is chosen.
func (s *Service) propose(ctx context.Context, tx *sql.Tx, in ViolationInput, lang string) (Proposal, error) {
	ladder, err := readLadder(ctx, tx, in.GroupID)
	if err != nil {
		return Proposal{}, err
	}
	who, err := s.people(ctx, tx, []int64{in.MemberID})
	if err != nil {
		return Proposal{}, err
	}
	person, ok := who[in.MemberID]
	if !ok {
		return Proposal{}, errs.New(errs.NotFound, "err.planner.no_member", errs.Params{"ID": in.MemberID})
	}
	name := person.Nickname
	var before int
	err = tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM planner_violations WHERE group_id = ? AND member_id = ?`,
		in.GroupID, in.MemberID).Scan(&before)
	if err != nil {
		return Proposal{}, errs.Wrap(err, "count violations")
	}
	step := min(before, len(ladder)-1)
	if in.Step >= 0 {
		if in.Step >= len(ladder) {
			return Proposal{}, errs.Fields{"step": {Key: "err.planner.step"}}.Err()
		}
		step = in.Step
	}
	st := ladder[step]
	return Proposal{Step: step, Action: st.Action, Minutes: st.Minutes, Before: before,
		Message: ModerationMessage(lang, name, in.Rule, st)}, nil
}

// ModerationMessage is the text to paste for a step: a warning, a mute
// notice, an invitation to talk privately, a removal notice.
func ModerationMessage(lang, name, rule string, st Step) string {
	return locales.Localize(lang, "ui.planner.moderation.message."+st.Action, map[string]any{
		"Name": name, "Rule": rule, "Length": MuteLength(lang, st.Minutes)})
}

// MuteLength is a mute's length in words: hours when whole, else minutes.
func MuteLength(lang string, minutes int) string {
	if minutes >= 60 && minutes%60 == 0 {
		return locales.Localize(lang, "ui.planner.moderation.hours", map[string]any{"Count": minutes / 60})
	}
	return locales.Localize(lang, "ui.planner.moderation.minutes", map[string]any{"Count": minutes})
}

// LogViolation records a violation with the step proposed (or the one
// chosen) in one transaction, and returns it with the message to paste.
func (s *Service) LogViolation(ctx context.Context, in ViolationInput, lang string) (Violation, Proposal, error) {
	if err := in.Validate(); err != nil {
		return Violation{}, Proposal{}, err
	}
	var id int64
	var p Proposal
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		if err := s.checkGroup(ctx, tx, in.GroupID); err != nil {
			return err
		}
		var err error
		if p, err = s.propose(ctx, tx, in, lang); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO planner_violations (group_id, member_id, rule, what, step, action, minutes,
			admin_id, at, hit_event_id, hit_word_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, in.GroupID, in.MemberID, in.Rule,
			in.What, p.Step, p.Action, p.Minutes, idOrNil(in.AdminID), store.Stamp(s.now()), idOrNil(in.Hit.EventID), idOrNil(in.Hit.WordID))
		if err != nil {
			return errs.Wrap(err, "insert violation")
		}
		id, _ = res.LastInsertId()
		if in.Hit.EventID == 0 {
			return nil
		}
		return keywords.SetStateTx(ctx, tx, in.Hit, keywords.StateHandled, s.now())
	})
	if err != nil {
		return Violation{}, Proposal{}, err
	}
	vs, err := s.queryViolations(ctx, `v.id = ?`, id)
	if err != nil || len(vs) == 0 {
		return Violation{}, p, err
	}
	return vs[0], p, nil
}

// Violations lists a group's log (memberID 0) or one member's, newest first.
func (s *Service) Violations(ctx context.Context, groupID, memberID int64) ([]Violation, error) {
	return s.queryViolations(ctx, `v.group_id = ? AND (? = 0 OR v.member_id = ?)`, groupID, memberID, memberID)
}

func (s *Service) queryViolations(ctx context.Context, where string, args ...any) ([]Violation, error) {
	q := s.db.Read()
	rows, err := q.QueryContext(ctx, `SELECT v.id, v.group_id, v.member_id, v.rule, v.what, v.step,
		v.action, v.minutes, COALESCE(v.admin_id, 0), COALESCE(a.name, ''), v.at, COALESCE(v.hit_event_id, 0), COALESCE(v.hit_word_id, 0)
		FROM planner_violations v LEFT JOIN planner_admins a ON a.id = v.admin_id
		WHERE `+where+` ORDER BY v.at DESC, v.id DESC`, args...)
	if err != nil {
		return nil, errs.Wrap(err, "query violations")
	}
	defer rows.Close()
	out := []Violation{}
	for rows.Next() {
		var v Violation
		var at string
		if err := rows.Scan(&v.ID, &v.GroupID, &v.MemberID, &v.Rule, &v.What, &v.Step, &v.Action,
			&v.Minutes, &v.AdminID, &v.Admin, &at, &v.Hit.EventID, &v.Hit.WordID); err != nil {
			return nil, errs.Wrap(err, "scan violation")
		}
		v.At, _ = store.ParseStamp(at)
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		return nil, errs.Wrap(err, "read violations")
	}
	return s.withNicknames(ctx, q, out)
}

// withNicknames names each violation's member, leaving out violations
// whose member is gone.
func (s *Service) withNicknames(ctx context.Context, q store.Queryer, vs []Violation) ([]Violation, error) {
	ids := make([]int64, len(vs))
	for i, v := range vs {
		ids[i] = v.MemberID
	}
	who, err := s.people(ctx, q, ids)
	if err != nil {
		return nil, err
	}
	out := vs[:0]
	for _, v := range vs {
		if p, ok := who[v.MemberID]; ok {
			v.Nickname = p.Nickname
			out = append(out, v)
		}
	}
	return out, nil
}

// DeleteViolation takes a logged violation back. A keyword hit it was
// logged from goes back to pending unless another violation still points
// at it.
func (s *Service) DeleteViolation(ctx context.Context, id int64) error {
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		var hit keywords.HitKey
		err := tx.QueryRowContext(ctx, `SELECT COALESCE(hit_event_id, 0), COALESCE(hit_word_id, 0) FROM planner_violations
			WHERE id = ?`, id).Scan(&hit.EventID, &hit.WordID)
		if errors.Is(err, sql.ErrNoRows) {
			return errs.New(errs.NotFound, "err.planner.no_violation", errs.Params{"ID": id})
		}
		if err != nil {
			return errs.Wrap(err, "read violation")
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM planner_violations WHERE id = ?`, id); err != nil {
			return errs.Wrap(err, "delete violation")
		}
		return reopenHit(ctx, tx, hit, s.now())
	})
}

// reopenHit sets a hit back to pending when no violation points at it
// any more (a hit rescanned away keeps nothing to reopen).
func reopenHit(ctx context.Context, tx *sql.Tx, hit keywords.HitKey, now time.Time) error {
	if hit.EventID == 0 || hit.WordID == 0 {
		return nil
	}
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM planner_violations WHERE hit_event_id = ? AND hit_word_id = ?`,
		hit.EventID, hit.WordID).Scan(&n); err != nil {
		return errs.Wrap(err, "count violations of hit")
	}
	if n > 0 {
		return nil
	}
	err := keywords.SetStateTx(ctx, tx, hit, keywords.StatePending, now)
	if errs.CodeOf(err) == errs.NotFound {
		return nil
	}
	return err
}
