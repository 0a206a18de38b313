package polls

import (
	"context"

	"qunzhu/backend/errs"
	"qunzhu/backend/fold"
	"qunzhu/backend/jielong"
)

// Match is a name read from text and the member it belongs to, if one.
type Match struct {
	MemberID   int64  `json:"memberId"`
	Nickname   string `json:"nickname"`
	Candidates int    `json:"candidates"` // members with that name: 1 is a match
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

// MatchName finds the member a name belongs to: the one live member whose
// folded nickname reads the same, preferring members of group.
func (s *Service) MatchName(ctx context.Context, name string, group int64) (Match, error) {
	key := fold.Nick(name)
	if key == "" {
		return Match{}, nil
	}
	q := `SELECT m.id, m.nickname FROM members m WHERE m.nick_key = ? AND m.deleted_at IS NULL ORDER BY m.id LIMIT 10`
	args := []any{key}
	if group != 0 {
		q = `SELECT m.id, m.nickname FROM members m JOIN memberships ms ON ms.member_id = m.id AND ms.group_id = ?
			WHERE m.nick_key = ? AND m.deleted_at IS NULL ORDER BY m.id LIMIT 10`
		args = []any{group, key}
	}
	rows, err := s.db.Read().QueryContext(ctx, q, args...)
	if err != nil {
		return Match{}, errs.Wrap(err, "match name")
	}
	defer rows.Close()
	var m Match
	for rows.Next() {
		var id int64
		var nick string
		if err := rows.Scan(&id, &nick); err != nil {
			return Match{}, errs.Wrap(err, "match name")
		}
		m.Candidates++
		if m.Candidates == 1 {
			m.MemberID, m.Nickname = id, nick
		}
	}
	if m.Candidates != 1 {
		m.MemberID, m.Nickname = 0, ""
	}
	if m.Candidates == 0 && group != 0 { // not in the group: anyone by that name
		return s.MatchName(ctx, name, 0)
	}
	return m, errs.Wrap(rows.Err(), "match name")
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
