package members

import (
	"context"
	"encoding/json"
	"strings"
	"time"

	"qunzhu/backend/errs"
)

// Row is a member as the list shows it.
type Row struct {
	ID           int64
	Nickname     string
	Remark       string
	Platform     string
	PlatformID   string
	DaysFollowed *int
	FanLevel     int
	IronFan      bool
	Source       string
	Tags         []string
	CreatedAt    time.Time
	UpdatedAt    time.Time
	Standing     *Standing // nil until tiers are worked out
	DeletedAt    *time.Time
}

// where builds the WHERE clause of f; search ids come from the index.
func (s *Service) where(ctx context.Context, f Filter, now time.Time) (string, []any, error) {
	c := clauses{}
	if f.Trash {
		c.add("m.deleted_at IS NOT NULL")
	} else {
		c.add("m.deleted_at IS NULL")
	}
	if q := strings.TrimSpace(f.Search); q != "" {
		ids, err := s.index.Search(ctx, q)
		if err != nil {
			return "", nil, err
		}
		b, _ := json.Marshal(ids)
		c.add("m.id IN (SELECT value FROM json_each(?))", string(b))
	}
	c.in("+m.platform", f.Platforms) // unary +: walk the sort's index, not this one's
	c.in("m.source", f.Sources)
	if len(f.Tags) > 0 {
		c.add("EXISTS (SELECT 1 FROM member_tags mt JOIN tags t ON t.id = mt.tag_id WHERE mt.member_id = m.id AND t.name IN ("+marks(len(f.Tags))+"))", anys(f.Tags)...)
	}
	if f.IronFan != nil {
		c.add("m.iron_fan = ?", *f.IronFan)
	}
	// More days followed means an earlier follow date.
	if f.MinDays != nil {
		c.add("+m.follow_since <= ?", SinceDays(*f.MinDays, now).Format(dateLayout))
	}
	if f.MaxDays != nil {
		c.add("+m.follow_since >= ?", SinceDays(*f.MaxDays, now).Format(dateLayout))
	}
	if f.MinLevel != nil {
		c.add("+m.fan_level >= ?", *f.MinLevel)
	}
	if f.MaxLevel != nil {
		c.add("+m.fan_level <= ?", *f.MaxLevel)
	}
	c.membership(f)
	c.standing(f)
	c.badges(f)
	return c.sql(), c.args, nil
}

// membership restricts to a group and/or a joined-date range.
func (c *clauses) membership(f Filter) {
	if f.GroupID == 0 && f.JoinedFrom == nil && f.JoinedTo == nil {
		return
	}
	sub := clauses{}
	sub.add("ms.member_id = m.id")
	if f.GroupID != 0 {
		sub.add("ms.group_id = ?", f.GroupID)
	}
	if f.JoinedFrom != nil {
		sub.add("ms.joined_at >= ?", f.JoinedFrom.Format(dateLayout))
	}
	if f.JoinedTo != nil {
		sub.add("ms.joined_at <= ?", f.JoinedTo.Format(dateLayout))
	}
	c.add("EXISTS (SELECT 1 FROM memberships ms WHERE "+strings.Join(sub.parts, " AND ")+")", sub.args...)
}

type clauses struct {
	parts []string
	args  []any
}

func (c *clauses) add(part string, args ...any) {
	c.parts = append(c.parts, part)
	c.args = append(c.args, args...)
}

func (c *clauses) in(col string, vals []string) {
	if len(vals) > 0 {
		c.add(col+" IN ("+marks(len(vals))+")", anys(vals)...)
	}
}

func (c *clauses) sql() string { return strings.Join(c.parts, " AND ") }

func marks(n int) string { return strings.TrimSuffix(strings.Repeat("?,", n), ",") }

func anys(vals []string) []any {
	out := make([]any, len(vals))
	for i, v := range vals {
		out[i] = v
	}
	return out
}

var sortColumns = map[string]string{
	"nickname": "m.nick_sort", "remark": "m.remark", "platform": "m.platform",
	"platformId": "m.platform_id", "daysFollowed": "m.follow_since", "fanLevel": "m.fan_level",
	"ironFan": "m.iron_fan", "source": "m.source", "createdAt": "m.id", // ids grow with creation time
	"updatedAt": "m.updated_at",
	// Scored members first, in tier order; never scored last.
	"tier": `(SELECT CASE tier WHEN 'core' THEN 1 WHEN 'active' THEN 2 WHEN 'lurker' THEN 3 WHEN 'dormant' THEN 4
		ELSE 5 END FROM member_tiers WHERE member_id = m.id)`,
	"lastActive": "(SELECT last_at FROM member_tiers WHERE member_id = m.id)",
	"rfm":        "(SELECT r + f + m FROM member_tiers WHERE member_id = m.id)",
}

// orderBy sorts by the column, then by id for a stable order. Days followed
// sort the other way round on the follow date, unknown dates last.
func orderBy(q Query) string {
	col, ok := sortColumns[q.Sort]
	if !ok {
		return "m.id DESC"
	}
	desc := q.Desc
	if q.Sort == "daysFollowed" {
		desc = !desc
		return "m.follow_since IS NULL, " + col + dir(desc) + ", m.id" + dir(desc)
	}
	if q.Sort == "tier" || q.Sort == "lastActive" || q.Sort == "rfm" { // never scored: last either way
		return col + " IS NULL, " + col + dir(desc) + ", m.id" + dir(desc)
	}
	return col + dir(desc) + ", m.id" + dir(desc)
}

func dir(desc bool) string {
	if desc {
		return " DESC"
	}
	return " ASC"
}

const rowColumns = `m.id, m.nickname, m.remark, m.platform, m.platform_id, m.follow_since, m.fan_level,
	m.iron_fan, m.source, m.created_at, m.updated_at, m.deleted_at`

// List returns one sorted page of the members q selects.
func (s *Service) List(ctx context.Context, q Query) ([]Row, error) {
	if err := q.Validate(); err != nil {
		return nil, err
	}
	now := s.now()
	where, args, err := s.where(ctx, q.Filter, now)
	if err != nil {
		return nil, err
	}
	limit := q.Limit
	if limit == 0 {
		limit = 100
	}
	sqlText := `SELECT ` + rowColumns + ` FROM members m WHERE ` + where + ` ORDER BY ` + orderBy(q) + ` LIMIT ? OFFSET ?`
	rows, err := s.db.Read().QueryContext(ctx, sqlText, append(args, limit, q.Offset)...)
	if err != nil {
		return nil, errs.Wrap(err, "list members")
	}
	out, err := scanRows(rows, now)
	if err != nil {
		return nil, err
	}
	if err := s.attachStanding(ctx, out); err != nil {
		return nil, err
	}
	return out, s.attachTags(ctx, out)
}

// Count is the number of members f selects.
func (s *Service) Count(ctx context.Context, f Filter) (int, error) {
	if err := f.Validate(); err != nil {
		return 0, err
	}
	where, args, err := s.where(ctx, f, s.now())
	if err != nil {
		return 0, err
	}
	var n int
	err = s.db.Read().QueryRowContext(ctx, `SELECT count(*) FROM members m WHERE `+where, args...).Scan(&n)
	return n, errs.Wrap(err, "count members")
}
