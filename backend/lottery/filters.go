package lottery

import (
	"context"
	"regexp"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/width"

	"qunzhu/backend/errs"
	"qunzhu/backend/fold"
)

var mention = regexp.MustCompile(`[@＠][^\s@＠]+`)

// standing is what the member conditions look at.
type standing struct {
	days  int // -1 unknown
	level int
	iron  bool
}

// Build reads an entry's candidates and applies its filters: keyword,
// @mentions, time window, member conditions, recent winners, one entry a
// person; weights last.
func (s *Service) Build(ctx context.Context, e Entry) (Entrants, error) {
	if err := e.Validate(); err != nil {
		return Entrants{}, err
	}
	cands, unread, err := s.collect(ctx, e)
	if err != nil {
		return Entrants{}, err
	}
	if e.From == FromMembers { // the member list applied the member conditions
		e.MinDays, e.MinLevel, e.IronOnly = 0, 0, false
	}
	out := Entrants{People: []Entrant{}, Read: len(cands), Excluded: map[string]int{}, Unread: unread, Ambiguous: []Ambiguous{}}
	if out.Unread == nil {
		out.Unread = []int{}
	}
	st, err := s.standings(ctx, cands, e)
	if err != nil {
		return Entrants{}, err
	}
	won, err := s.recentWinners(ctx, e.ExcludeWonDays)
	if err != nil {
		return Entrants{}, err
	}
	seen := map[string]bool{}
	for _, c := range cands {
		reason := e.check(c, st, won)
		if reason == "" && seen[personKey(c)] {
			reason = OutRepeat
		}
		if reason != "" {
			out.Excluded[reason]++
			continue
		}
		seen[personKey(c)] = true
		out.People = append(out.People, Entrant{Name: c.name, MemberID: c.memberID, Weight: 1})
		if len(c.namesakes) > 1 {
			out.Ambiguous = append(out.Ambiguous, Ambiguous{Line: c.line, Name: c.name, Namesakes: c.namesakes})
		}
	}
	if err := s.weigh(ctx, e.Weight, out.People); err != nil {
		return Entrants{}, err
	}
	uniqueNames(out.People)
	for _, p := range out.People {
		out.Lines += p.Weight
	}
	return out, nil
}

// Validate checks the entry's numbers.
func (e Entry) Validate() error {
	f := errs.Fields{}
	if e.Mentions < 0 || e.MinDays < 0 || e.MinLevel < 0 || e.ExcludeWonDays < 0 {
		f.Add("filters", "err.lottery.negative", nil)
	}
	if e.After != nil && e.Before != nil && e.Before.Before(*e.After) {
		f.Add("before", "err.lottery.window", nil)
	}
	if w := e.Weight; w != nil && (w.Days < 1 || w.Checkins < 1 || w.Times < 2 || w.Times > 10) {
		f.Add("weight", "err.lottery.weight", nil)
	}
	return f.Err()
}

func (e Entry) check(c candidate, st map[int64]standing, won map[string]bool) string {
	switch {
	case c.invalid():
		return OutInvalid
	case e.Keyword != "" && !strings.Contains(foldText(c.text), foldText(e.Keyword)):
		return OutKeyword
	case e.Mentions > 0 && len(mention.FindAllString(c.text, -1)) < e.Mentions:
		return OutMentions
	case !c.at.IsZero() && ((e.After != nil && c.at.Before(*e.After)) || (e.Before != nil && c.at.After(*e.Before))):
		return OutTime
	case won[personKey(c)] || (c.memberID == 0 && won[nameKey(c.name)]): // picks keep names, not platform ids
		return OutWon
	}
	if e.MinDays == 0 && e.MinLevel == 0 && !e.IronOnly {
		return ""
	}
	m, ok := st[c.memberID]
	switch {
	case c.memberID == 0 || !ok:
		return OutMember
	case e.MinDays > 0 && m.days < e.MinDays:
		return OutDays
	case e.MinLevel > 0 && m.level < e.MinLevel:
		return OutLevel
	case e.IronOnly && !m.iron:
		return OutIron
	}
	return ""
}

func foldText(s string) string { return strings.ToLower(width.Fold.String(s)) }

// personKey: the member, else the platform id, else the exact name
// (fold.Name): 小美 and 小美🌸 are two entrants, as two members or two
// Douyin accounts named 王伟 are.
func personKey(c candidate) string {
	switch {
	case c.memberID != 0:
		return "m:" + strconv.FormatInt(c.memberID, 10)
	case c.senderID != "":
		return "i:" + c.senderID
	}
	return nameKey(c.name)
}

func nameKey(name string) string { return "n:" + fold.Name(name) }

// standings loads days followed, fan level and iron fan of the members
// among the candidates, when a member condition asks for them.
func (s *Service) standings(ctx context.Context, cands []candidate, e Entry) (map[int64]standing, error) {
	out := map[int64]standing{}
	if e.MinDays == 0 && e.MinLevel == 0 && !e.IronOnly {
		return out, nil
	}
	now := s.now()
	for _, c := range cands {
		if c.memberID == 0 {
			continue
		}
		if _, ok := out[c.memberID]; ok {
			continue
		}
		m, err := s.members.Get(ctx, c.memberID)
		if err != nil {
			return nil, err
		}
		st := standing{days: -1, level: m.FanLevel, iron: m.IronFan}
		if m.FollowSince != nil {
			st.days = int(now.Sub(*m.FollowSince) / (24 * time.Hour))
		}
		out[c.memberID] = st
	}
	return out, nil
}

// uniqueNames makes each person's line their own: a name two different
// people share gets the member number (or a counter) after it.
func uniqueNames(people []Entrant) {
	count := map[string]int{}
	for i := range people {
		people[i].Name = CleanEntry(people[i].Name)
		count[people[i].Name]++
	}
	used := map[string]int{}
	for i := range people {
		p := &people[i]
		if count[p.Name] < 2 {
			continue
		}
		used[p.Name]++
		if p.MemberID != 0 {
			p.Name += " #" + strconv.FormatInt(p.MemberID, 10)
		} else {
			p.Name += " (" + strconv.Itoa(used[p.Name]) + ")"
		}
	}
}
