package planner

import (
	"context"
	"database/sql"
	"slices"
	"strings"
	"unicode/utf8"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
	"qunzhu/locales"
)

// Limits on the rules and the ladder.
const (
	MaxRules     = 20
	MaxRuleText  = 200
	MaxSteps     = 8
	MaxMuteHours = 30 * 24
)

// Ladder actions.
const (
	ActWarning = "warning"
	ActMute    = "mute"
	ActTalk    = "talk" // a private talk
	ActRemoval = "removal"
)

// Actions of a ladder step.
var Actions = []string{ActWarning, ActMute, ActTalk, ActRemoval}

// starterRules are the seeds' rules: no ads, spam, personal attacks, sensitive topics.
var starterRules = []string{"no_ads", "no_spam", "no_attacks", "no_sensitive"}

// Step is one rung of the escalation ladder.
type Step struct {
	Action  string
	Minutes int // a mute's length
}

// DefaultLadder is warning → mute 1 h → private talk → removal.
func DefaultLadder() []Step {
	return []Step{{ActWarning, 0}, {ActMute, 60}, {ActTalk, 0}, {ActRemoval, 0}}
}

// StarterRules are the seeds' rules in lang.
func StarterRules(lang string) []string {
	out := make([]string, len(starterRules))
	for i, k := range starterRules {
		out[i] = locales.Localize(lang, "ui.planner.rules.starter."+k, nil)
	}
	return out
}

// Rules returns a group's rules, the starter ones while none are saved.
func (s *Service) Rules(ctx context.Context, groupID int64, lang string) ([]string, error) {
	rows, err := s.db.Read().QueryContext(ctx, `SELECT text FROM planner_rules WHERE group_id = ? ORDER BY idx`, groupID)
	if err != nil {
		return nil, errs.Wrap(err, "read rules")
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var r string
		if err := rows.Scan(&r); err != nil {
			return nil, errs.Wrap(err, "scan rule")
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil || len(out) > 0 {
		return out, errs.Wrap(err, "read rules")
	}
	return StarterRules(lang), nil
}

// ValidateRules trims the rules and names the first bad one by its line.
func ValidateRules(rules []string) ([]string, error) {
	out, f := checkRules(rules)
	if len(out) == 0 {
		f.Add("rules", "err.planner.rules_count", errs.Params{"Max": MaxRules})
	}
	return out, f.Err()
}

// ValidateRuleText reads a rules text (the group form's), one rule per
// non-empty line; no rule at all is allowed and brings the starters back.
func ValidateRuleText(text string) ([]string, error) {
	out, f := checkRules(strings.Split(strings.ReplaceAll(text, "\r", ""), "\n"))
	return out, f.Err()
}

// checkRules drops the blank rules, trims the others and names each bad one.
func checkRules(rules []string) ([]string, errs.Fields) {
	out := slices.DeleteFunc(slices.Clone(rules), func(r string) bool { return strings.TrimSpace(r) == "" })
	f := errs.Fields{}
	if len(out) > MaxRules {
		f.Add("rules", "err.planner.rules_many", errs.Params{"Max": MaxRules, "Count": len(out)})
	}
	for i := range out {
		out[i] = strings.TrimSpace(out[i])
		if utf8.RuneCountInString(out[i]) > MaxRuleText {
			f.Add("rules", "err.planner.rule_text", errs.Params{"Row": i + 1, "Max": MaxRuleText})
		}
	}
	return out, f
}

// SaveRules replaces a group's rules.
func (s *Service) SaveRules(ctx context.Context, groupID int64, rules []string) ([]string, error) {
	rules, err := ValidateRules(rules)
	if err != nil {
		return nil, err
	}
	return rules, s.db.Tx(ctx, func(tx *sql.Tx) error {
		if err := s.checkGroup(ctx, tx, groupID); err != nil {
			return err
		}
		return PutRules(ctx, tx, groupID, rules)
	})
}

// PutRules replaces a group's rules inside the caller's transaction (the
// group form saves them with the group); none brings the starters back.
// The rules must be validated already.
func PutRules(ctx context.Context, tx *sql.Tx, groupID int64, rules []string) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM planner_rules WHERE group_id = ?`, groupID); err != nil {
		return errs.Wrap(err, "clear rules")
	}
	for i, r := range rules {
		if _, err := tx.ExecContext(ctx, `INSERT INTO planner_rules (group_id, idx, text) VALUES (?, ?, ?)`, groupID, i, r); err != nil {
			return errs.Wrap(err, "insert rule")
		}
	}
	return nil
}

// ValidateLadder checks every step, naming the first bad one.
func ValidateLadder(steps []Step) error {
	f := errs.Fields{}
	if len(steps) == 0 || len(steps) > MaxSteps {
		f.Add("ladder", "err.planner.ladder_count", errs.Params{"Max": MaxSteps})
	}
	for i, st := range steps {
		switch {
		case !slices.Contains(Actions, st.Action):
			f.Add("ladder", "err.planner.ladder_action", errs.Params{"Row": i + 1, "Value": st.Action})
		case st.Action == ActMute && (st.Minutes < 1 || st.Minutes > MaxMuteHours*60):
			f.Add("ladder", "err.planner.ladder_mute", errs.Params{"Row": i + 1, "Max": MaxMuteHours})
		}
	}
	return f.Err()
}

// Ladder returns a group's escalation ladder, the default while none is saved.
func (s *Service) Ladder(ctx context.Context, groupID int64) ([]Step, error) {
	return readLadder(ctx, s.db.Read(), groupID)
}

func readLadder(ctx context.Context, q store.Queryer, groupID int64) ([]Step, error) {
	rows, err := q.QueryContext(ctx, `SELECT action, minutes FROM planner_ladder WHERE group_id = ? ORDER BY idx`, groupID)
	if err != nil {
		return nil, errs.Wrap(err, "read ladder")
	}
	defer rows.Close()
	var out []Step
	for rows.Next() {
		var st Step
		if err := rows.Scan(&st.Action, &st.Minutes); err != nil {
			return nil, errs.Wrap(err, "scan step")
		}
		out = append(out, st)
	}
	if err := rows.Err(); err != nil || len(out) > 0 {
		return out, errs.Wrap(err, "read ladder")
	}
	return DefaultLadder(), nil
}

// SaveLadder replaces a group's ladder.
func (s *Service) SaveLadder(ctx context.Context, groupID int64, steps []Step) error {
	if err := ValidateLadder(steps); err != nil {
		return err
	}
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		if err := s.checkGroup(ctx, tx, groupID); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM planner_ladder WHERE group_id = ?`, groupID); err != nil {
			return errs.Wrap(err, "clear ladder")
		}
		for i, st := range steps {
			minutes := 0
			if st.Action == ActMute {
				minutes = st.Minutes
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO planner_ladder (group_id, idx, action, minutes) VALUES (?, ?, ?, ?)`,
				groupID, i, st.Action, minutes); err != nil {
				return errs.Wrap(err, "insert step")
			}
		}
		return nil
	})
}
