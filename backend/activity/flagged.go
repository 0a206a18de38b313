package activity

import (
	"context"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/kpi"
	"qunzhu/backend/members"
)

// Lists the last re-scoring keeps per member (member_tiers).
const (
	ListKOC      = "koc"
	ListSlipping = "slipping"
)

// MaxFlagged is the most members Flagged returns.
const MaxFlagged = 50

// Flagged is a member of a group on a list of the last re-scoring, with
// their messages in a period and in the period before.
type Flagged struct {
	MemberID       int64
	Nickname       string
	Messages       int
	MessagesBefore int
}

// Flagged lists the group's joined members on list (ListKOC or
// ListSlipping) with their messages in [from, to) and [before, from), wall
// clock: the most active first, at most MaxFlagged.
func (s *Service) Flagged(ctx context.Context, groupID int64, list string, before, from, to time.Time) ([]Flagged, error) {
	if list != ListKOC && list != ListSlipping {
		return nil, errs.New(errs.Invalid, "err.internal", nil)
	}
	spoken := kpi.SpokenSQL
	rows, err := s.db.Read().QueryContext(ctx, `SELECT m.id, m.nickname,
			(SELECT count(*) FROM events e WHERE e.member_id = m.id AND e.group_id = ?1 AND e.at >= ?3 AND e.at < ?4 AND e.`+spoken+`),
			(SELECT count(*) FROM events e WHERE e.member_id = m.id AND e.group_id = ?1 AND e.at >= ?2 AND e.at < ?3 AND e.`+spoken+`)
		FROM (`+members.FlaggedInGroupSQL(list, "?1")+`) m
		ORDER BY 3 DESC, 4 DESC, m.id LIMIT ?5`, groupID, before.Unix(), from.Unix(), to.Unix(), MaxFlagged)
	if err != nil {
		return nil, errs.Wrap(err, "flagged members")
	}
	defer rows.Close()
	out := []Flagged{}
	for rows.Next() {
		var f Flagged
		if err := rows.Scan(&f.MemberID, &f.Nickname, &f.Messages, &f.MessagesBefore); err != nil {
			return nil, errs.Wrap(err, "flagged members")
		}
		out = append(out, f)
	}
	return out, errs.Wrap(rows.Err(), "flagged members")
}
