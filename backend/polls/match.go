package polls

import (
	"context"

	"qunzhu/backend/groups"
	"qunzhu/backend/jielong"
	"qunzhu/backend/members"
)

// Match is a name read from text and the member it belongs to, if one.
type Match struct {
	MemberID   int64  `json:"memberId"`
	Nickname   string `json:"nickname"`
	Candidates int    `json:"candidates"` // members with that name: 1 is a match
	// Namesakes are the members sharing the name when there are several:
	// the vote is not credited to any of them.
	Namesakes []members.Namesake `json:"namesakes"`
}

// PreviewVote is a vote read from pasted text, before it is stored.
type PreviewVote struct {
	Vote
	Match
}

// Preview is pasted text read against a poll.
type Preview struct {
	Source     string        // chat or jielong
	Title      string        // the 接龙's title
	Votes      []PreviewVote // last vote per person
	Unread     []Unread
	Superseded []Vote
}

// ReadPaste reads pasted chat text, or a 接龙 pasted back, against a poll
// and matches the names to members (in the poll's group when it has one).
func (s *Service) ReadPaste(ctx context.Context, id int64, text string) (Preview, error) {
	p, err := s.Get(ctx, id)
	if err != nil {
		return Preview{}, err
	}
	out := Preview{Source: SourceChat}
	var r Reading
	if note, err := jielong.Parse(text); err == nil && len(note.Entries) > 0 {
		out.Source, out.Title = SourceJielong, note.Title
		r = ReadText(text, p.Options, p.Rules())
	} else {
		r = ReadChat(text, p.Options, p.Rules())
	}
	out.Unread, out.Superseded = r.Unread, r.Superseded
	for _, v := range r.Votes {
		m, err := s.MatchName(ctx, v.Name, p.GroupID)
		if err != nil {
			return Preview{}, err
		}
		out.Votes = append(out.Votes, PreviewVote{Vote: v, Match: m})
	}
	return out, nil
}

// MatchName finds the member a name belongs to: the one live member of
// group whose name is exactly name (fold.Name), else the one on the group's
// platform; without a group, the one member anywhere. Several with that
// name leave it unmatched and listed in Namesakes.
func (s *Service) MatchName(ctx context.Context, name string, group int64) (Match, error) {
	q := s.db.Read()
	n, err := members.FindByName(ctx, q, members.NameScope{GroupID: group}, name)
	if err != nil || group == 0 || len(n.Namesakes) > 0 {
		return matchOf(n), err
	}
	platform, err := groups.PlatformOf(ctx, q, group)
	if err != nil {
		return Match{}, err
	}
	n, err = members.FindByName(ctx, q, members.NameScope{Platform: platform}, name)
	return matchOf(n), err
}

func matchOf(n members.Named) Match {
	m := Match{MemberID: n.MemberID, Nickname: n.Nickname, Candidates: len(n.Namesakes), Namesakes: []members.Namesake{}}
	if n.Ambiguous() {
		m.Namesakes = n.Namesakes
	}
	return m
}

// JielongText is the 接龙 to paste into the group for a poll: the
// question, the options as "A. …" lines, the example line and a footer.
func JielongText(p Poll, example, footer string) string {
	topics := make([]string, len(p.Options))
	for i, o := range p.Options {
		topics[i] = string(rune('A'+i)) + ". " + o
	}
	return jielong.Generate(jielong.Template{Title: p.Question, Topics: topics, Example: example, Footer: footer})
}
