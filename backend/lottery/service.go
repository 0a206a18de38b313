package lottery

import (
	"context"
	"database/sql"
	"encoding/json"
	"strings"
	"time"
	"unicode/utf8"

	"qunzhu/backend/errs"
	"qunzhu/backend/members"
	"qunzhu/backend/polls"
	"qunzhu/backend/store"
)

// Service keeps lotteries: frozen lists, draws, replacements, redraws.
type Service struct {
	db       *store.DB
	members  *members.Service
	polls    *polls.Service
	checkins CheckinCounter
	now      func() time.Time
}

// NewService returns a Service on db.
func NewService(db *store.DB, m *members.Service, p *polls.Service) *Service {
	return &Service{db: db, members: m, polls: p, now: time.Now}
}

// SetClock replaces the clock (tests).
func (s *Service) SetClock(now func() time.Time) { s.now = now }

// Statuses.
const (
	StatusFrozen = "frozen"
	StatusDrawn  = "drawn"
)

// Setup is what freezing a lottery takes.
type Setup struct {
	Title      string   `json:"title"`
	Mode       string   `json:"mode"`
	Entry      Entry    `json:"entry"`
	Sources    []string `json:"sources"` // the public values to come, named in advance (verifiable mode)
	Tiers      []Tier   `json:"tiers"`
	Alternates int      `json:"alternates"` // negative: the default
	GroupID    int64    `json:"groupId"`
}

// Validate checks the setup before the list is built.
func (s *Setup) Validate() error {
	s.Title = strings.TrimSpace(s.Title)
	f := errs.Fields{}
	if s.Title == "" {
		f.Add("title", "err.field.required", nil)
	} else if utf8.RuneCountInString(s.Title) > 100 {
		f.Add("title", "err.field.too_long", errs.Params{"Max": 100})
	}
	if s.Mode != ModeVerifiable && s.Mode != ModeInstant {
		f.Add("mode", "err.lottery.mode", nil)
	}
	if s.Mode == ModeVerifiable && len(cleanLabels(s.Sources)) == 0 {
		f.Add("sources", "err.lottery.no_sources", nil)
	}
	if len(s.Tiers) == 0 {
		f.Add("tiers", "err.lottery.no_tiers", nil)
	}
	for i, t := range s.Tiers {
		if strings.TrimSpace(t.Name) == "" {
			f.Add("tiers", "err.lottery.tier_name", errs.Params{"Tier": i + 1})
		} else if t.Count < 1 || t.Count > 1000 {
			f.Add("tiers", "err.lottery.tier_count", errs.Params{"Tier": i + 1})
		}
	}
	if s.Alternates > 1000 {
		f.Add("alternates", "err.field.range", errs.Params{"Min": 0, "Max": 1000})
	}
	return f.Err()
}

func cleanLabels(labels []string) []string {
	var out []string
	for _, l := range labels {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// Freeze builds the entrant list, numbers it and stores it with its hash
// and the named sources. An instant lottery is drawn at once from a
// recorded crypto-random seed.
func (s *Service) Freeze(ctx context.Context, in Setup) (Lottery, error) {
	if err := in.Validate(); err != nil {
		return Lottery{}, err
	}
	list, err := s.Build(ctx, in.Entry)
	if err != nil {
		return Lottery{}, err
	}
	return s.freezeList(ctx, in, list.People, 0, "")
}

func (s *Service) freezeList(ctx context.Context, in Setup, people []Entrant, redrawOf int64, reason string) (Lottery, error) {
	lines, ids := expand(people)
	if w := winners(in.Tiers); len(people) < w {
		return Lottery{}, tooFew(w, len(people))
	}
	alt := in.Alternates
	if alt < 0 {
		alt = DefaultAlternates(winners(in.Tiers))
	}
	alt = min(alt, len(people)-winners(in.Tiers)) // nobody is left to be an alternate beyond that
	sources := make([]Source, 0, len(in.Sources))
	for _, l := range cleanLabels(in.Sources) {
		sources = append(sources, Source{Label: l})
	}
	if in.Mode == ModeInstant {
		sources = []Source{InstantSource()}
	}
	var id int64
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		var err error
		id, err = insertLottery(ctx, tx, in, len(lines), ListSHA256(lines), sources, alt, redrawOf, reason, store.Stamp(s.now()))
		if err != nil {
			return err
		}
		if err := insertEntrants(ctx, tx, id, lines, ids); err != nil {
			return err
		}
		if in.Mode == ModeInstant {
			return s.drawTx(ctx, tx, id, []string{sources[0].Values})
		}
		return nil
	})
	if err != nil {
		return Lottery{}, err
	}
	return s.Get(ctx, id)
}

func winners(tiers []Tier) int {
	n := 0
	for _, t := range tiers {
		n += t.Count
	}
	return n
}

// expand writes each person's lines: a weight of N is N lines.
func expand(people []Entrant) (lines []string, ids []int64) {
	for _, p := range people {
		for range max(1, p.Weight) {
			lines = append(lines, p.Name)
			ids = append(ids, p.MemberID)
		}
	}
	return lines, ids
}

func insertLottery(ctx context.Context, tx *sql.Tx, in Setup, n int, sum string, sources []Source, alt int, redrawOf int64, reason, now string) (int64, error) {
	src, _ := json.Marshal(sources)
	tiers, _ := json.Marshal(in.Tiers)
	rules, _ := json.Marshal(in.Entry)
	res, err := tx.ExecContext(ctx, `INSERT INTO lotteries (title, mode, status, entrants, list_sha256, sources, tiers,
		alternates, rules, group_id, poll_id, redraw_of, redraw_reason, frozen_at)
		VALUES (?, ?, 'frozen', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		in.Title, in.Mode, n, sum, string(src), string(tiers), alt, string(rules), nullID(in.GroupID),
		nullID(in.Entry.PollID), nullID(redrawOf), reason, now)
	if err != nil {
		if store.IsUnique(err) {
			return 0, errs.New(errs.Conflict, "err.lottery.redrawn", nil)
		}
		return 0, errs.Wrap(err, "insert lottery")
	}
	return res.LastInsertId()
}

func insertEntrants(ctx context.Context, tx *sql.Tx, id int64, lines []string, ids []int64) error {
	st, err := tx.PrepareContext(ctx, `INSERT INTO lottery_entrants (lottery_id, position, name, member_id) VALUES (?, ?, ?, ?)`)
	if err != nil {
		return errs.Wrap(err, "prepare entrants")
	}
	defer st.Close()
	for i, l := range lines {
		if _, err := st.ExecContext(ctx, id, i+1, l, nullID(ids[i])); err != nil {
			return errs.Wrap(err, "insert entrant")
		}
	}
	return nil
}

func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}
