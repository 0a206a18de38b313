package lottery

import (
	"context"
	"strings"
	"time"

	"qunzhu/backend/chatlog"
	"qunzhu/backend/errs"
	"qunzhu/backend/fold"
	"qunzhu/backend/jielong"
	"qunzhu/backend/members"
)

// collect reads the candidates an entry names, in source order.
func (s *Service) collect(ctx context.Context, e Entry) ([]candidate, []int, error) {
	switch e.From {
	case FromMembers:
		c, err := s.fromMembers(ctx, e.Members, e)
		return c, nil, err
	case FromPoll:
		c, err := s.fromPoll(ctx, e.PollID)
		return c, nil, err
	case FromJielong:
		return s.fromJielong(ctx, e.Text)
	case FromComments:
		return s.fromComments(ctx, e.Text)
	case FromDouyin:
		c, err := s.fromDouyin(ctx, e.Path)
		return c, nil, err
	}
	return nil, nil, errs.New(errs.Invalid, "err.lottery.from", errs.Params{"Value": e.From})
}

func (s *Service) fromMembers(ctx context.Context, sel *MemberSelector, e Entry) ([]candidate, error) {
	f := memberConditions(e)
	if sel != nil {
		if sel.SegmentID != 0 {
			seg, err := s.members.Segment(ctx, sel.SegmentID)
			if err != nil {
				return nil, err
			}
			f = seg.Filter
			if c := memberConditions(e); c.MinDays != nil || c.MinLevel != nil || c.IronFan != nil {
				f.MinDays, f.MinLevel, f.IronFan = c.MinDays, c.MinLevel, c.IronFan
			}
		}
		if sel.GroupID != 0 {
			f.GroupID = sel.GroupID
		}
		if len(sel.Tiers) > 0 {
			f.Tiers = sel.Tiers
		}
	}
	var out []candidate
	for offset := 0; ; offset += members.MaxLimit {
		rows, err := s.members.List(ctx, members.Query{Filter: f, Sort: "createdAt", Offset: offset, Limit: members.MaxLimit})
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			out = append(out, candidate{name: r.Nickname, memberID: r.ID})
		}
		if len(rows) < members.MaxLimit {
			return out, nil
		}
	}
}

func (s *Service) fromPoll(ctx context.Context, id int64) ([]candidate, error) {
	voters, err := s.polls.Voters(ctx, id)
	if err != nil {
		return nil, err
	}
	out := make([]candidate, len(voters))
	for i, v := range voters {
		out[i] = candidate{name: v.Name, memberID: v.MemberID}
	}
	return out, nil
}

// fromJielong: each entry's person is the member its first line names, or
// its first word does; else its first word.
func (s *Service) fromJielong(ctx context.Context, text string) ([]candidate, []int, error) {
	note, err := jielong.Parse(text)
	if err != nil {
		return nil, nil, err
	}
	var out []candidate
	for _, e := range note.Entries {
		first, _, _ := strings.Cut(e.Text, "\n")
		c, err := s.named(ctx, strings.TrimSpace(first))
		if err != nil {
			return nil, nil, err
		}
		c.text, c.line = e.Text, e.Line
		out = append(out, c)
	}
	return out, nil, nil
}

// fromComments: "name: comment" (or "name：comment") a line.
func (s *Service) fromComments(ctx context.Context, text string) ([]candidate, []int, error) {
	var out []candidate
	var unread []int
	for i, line := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		j := strings.IndexAny(line, ":：")
		if j <= 0 {
			unread = append(unread, i+1)
			continue
		}
		c, err := s.person(ctx, strings.TrimSpace(line[:j]))
		if err != nil {
			return nil, nil, err
		}
		c.text, c.line = line[j:], i+1
		out = append(out, c)
	}
	return out, unread, nil
}

func (s *Service) fromDouyin(ctx context.Context, path string) ([]candidate, error) {
	var out []candidate
	_, _, err := chatlog.ParseFile(path, func(ev chatlog.Event) error {
		if ev.Platform != chatlog.PlatformDouyin {
			return errs.New(errs.Invalid, "err.lottery.not_douyin", nil)
		}
		name := fold.Name(ev.Sender)
		if name == "" { // an account whose nickname shows nothing is still a person
			name = ev.SenderID
		}
		ids, err := s.members.MatchSender(ctx, chatlog.PlatformDouyin, ev.SenderID, name)
		if err != nil {
			return err
		}
		c := candidate{name: name, written: ev.Sender, senderID: ev.SenderID, text: ev.Text, at: beijingInstant(ev.Time)}
		if len(ids) == 1 {
			c.memberID = ids[0]
		}
		out = append(out, c)
		return nil
	})
	return out, err
}

// named reads a name from an entry line: the member the whole line names,
// else the one its first word names, else that word.
func (s *Service) named(ctx context.Context, line string) (candidate, error) {
	c, err := s.person(ctx, line)
	if err != nil || c.memberID != 0 || len(c.namesakes) > 1 {
		return c, err
	}
	if f := strings.Fields(fold.Name(line)); len(f) > 1 {
		return s.person(ctx, f[0])
	}
	return c, nil
}

// person is the candidate a pasted name names: the one member with exactly
// that name (fold.Name), else the name alone; several members with it are
// kept as namesakes, and none is picked.
func (s *Service) person(ctx context.Context, written string) (candidate, error) {
	n, err := members.FindByName(ctx, s.db.Read(), members.NameScope{}, written)
	c := candidate{name: n.Name, written: written, memberID: n.MemberID}
	if n.Ambiguous() {
		c.namesakes = n.Namesakes
	}
	return c, err
}

// memberConditions are the entry's member conditions as a member filter.
func memberConditions(e Entry) members.Filter {
	var f members.Filter
	if e.MinDays > 0 {
		f.MinDays = &e.MinDays
	}
	if e.MinLevel > 0 {
		f.MinLevel = &e.MinLevel
	}
	if e.IronOnly {
		iron := true
		f.IronFan = &iron
	}
	return f
}

var beijing = time.FixedZone("CST", 8*3600)

// beijingInstant: chatlog gives Douyin times as the Beijing wall clock
// (in time.UTC); the time window is in instants.
func beijingInstant(wall time.Time) time.Time {
	return time.Date(wall.Year(), wall.Month(), wall.Day(), wall.Hour(), wall.Minute(), wall.Second(), wall.Nanosecond(), beijing)
}
