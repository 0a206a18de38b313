package keywords

import (
	"context"
	"database/sql"
	"slices"
	"strings"
	"time"

	"qunzhu/backend/errs"
)

// ContextRunes is how many characters of a message a listed hit shows on
// each side of the matched word.
const ContextRunes = 30

// MaxPage is the most hits one page holds.
const MaxPage = 500

// Filter selects stored hits; zero fields select everything.
type Filter struct {
	GroupID  int64
	Category string
	Severity int // exactly this level (0: any)
	WordID   int64
	MemberID int64
	State    string    // one response state (see States; "": any)
	From, To time.Time // the message's wall time in [From, To); zero: open
	Limit    int       // page size (0: 100)
	Offset   int
}

// Validate returns an Invalid error naming every bad field.
func (f Filter) Validate() error {
	fs := errs.Fields{}
	if f.Category != "" && !slices.Contains(Categories, f.Category) {
		fs.Add("category", "err.keywords.category", errs.Params{"Category": f.Category})
	}
	if f.Severity < 0 || f.Severity > SeverityAct {
		fs.Add("severity", "err.field.range", errs.Params{"Min": SeverityNote, "Max": SeverityAct})
	}
	if f.State != "" && !slices.Contains(States, f.State) {
		fs.Add("state", "err.keywords.state", errs.Params{"State": f.State})
	}
	if f.Limit < 0 || f.Limit > MaxPage {
		fs.Add("limit", "err.field.range", errs.Params{"Min": 1, "Max": MaxPage})
	}
	if f.Offset < 0 {
		fs.Add("offset", "err.field.range", errs.Params{"Min": 0, "Max": 1 << 31})
	}
	if !f.From.IsZero() && !f.To.IsZero() && f.To.Before(f.From) {
		fs.Add("to", "err.keywords.period", nil)
	}
	return fs.Err()
}

// where is the filter as SQL over keyword_hits h, watch_words w and
// events e; words false leaves out the word and category conditions.
func (f Filter) where(words bool) (string, []any) {
	var conds []string
	var args []any
	add := func(cond string, arg any) { conds = append(conds, cond); args = append(args, arg) }
	if f.GroupID != 0 {
		add("h.group_id = ?", f.GroupID)
	}
	if f.Severity != 0 {
		add("w.severity = ?", f.Severity)
	}
	if f.MemberID != 0 {
		add("e.member_id = ?", f.MemberID)
	}
	if f.State != "" {
		add("coalesce(st.state, 'pending') = ?", f.State)
	}
	if !f.From.IsZero() {
		add("h.at >= ?", f.From.Unix())
	}
	if !f.To.IsZero() {
		add("h.at < ?", f.To.Unix())
	}
	if words && f.Category != "" {
		add("w.category = ?", f.Category)
	}
	if words && f.WordID != 0 {
		add("h.word_id = ?", f.WordID)
	}
	if len(conds) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

const hitsFrom = ` FROM keyword_hits h JOIN watch_words w ON w.id = h.word_id JOIN events e ON e.id = h.event_id` + withStates

// withStates joins each hit's response state, kept apart from the hits
// so that it survives rescans (see states.go).
const withStates = ` LEFT JOIN keyword_hit_states st ON st.event_id = h.event_id AND st.word_id = h.word_id`

// countFrom is hitsFrom for counting: it reads events only to filter by
// sender. (Hits of deleted events, which the listing drops, are counted
// until the next scan takes them away: see dropOrphans.)
func (f Filter) countFrom() string {
	if f.MemberID != 0 {
		return hitsFrom
	}
	from := ` FROM keyword_hits h JOIN watch_words w ON w.id = h.word_id`
	if f.State != "" {
		from += withStates
	}
	return from
}

// Listed is one hit as the hits screen shows it.
type Listed struct {
	EventID  int64
	Word     Entry
	At       time.Time // the message's wall time, as exported (UTC)
	GroupID  int64
	Group    string
	MemberID int64
	Nickname string
	Snippet  Snippet
	Text     string // the whole message
	State    string // the response (see States)
	// Violation is the last violation logged from this hit (0: none).
	Violation int64
}

// Page is one page of hits, newest first, and how many the filter selects.
type Page struct {
	Hits  []Listed
	Total int
}

// Hits lists the stored hits the filter selects, newest first, each with
// its message around it, its sender and group.
func (s *Service) Hits(ctx context.Context, f Filter) (Page, error) {
	page := Page{Hits: []Listed{}}
	if err := f.Validate(); err != nil {
		return page, err
	}
	if f.Limit == 0 {
		f.Limit = 100
	}
	where, args := f.where(true)
	q := s.db.Read()
	if err := q.QueryRowContext(ctx, `SELECT count(*)`+f.countFrom()+where, args...).Scan(&page.Total); err != nil {
		return page, errs.Wrap(err, "count keyword hits")
	}
	rows, err := q.QueryContext(ctx, `SELECT h.event_id, h.start, h.end, h.at, coalesce(h.group_id, 0),
		w.id, w.text, w.category, w.severity, w.note, e.member_id, e.text, coalesce(st.state, 'pending')`+hitsFrom+where+`
		ORDER BY h.at DESC, h.event_id DESC, h.start LIMIT ? OFFSET ?`, append(args, f.Limit, f.Offset)...)
	if err != nil {
		return page, errs.Wrap(err, "list keyword hits")
	}
	defer rows.Close()
	for rows.Next() {
		l, err := scanListed(rows)
		if err != nil {
			return page, err
		}
		page.Hits = append(page.Hits, l)
	}
	if err := rows.Err(); err != nil {
		return page, errs.Wrap(err, "list keyword hits")
	}
	return page, s.owners.complete(ctx, q, page.Hits)
}

func scanListed(rows *sql.Rows) (Listed, error) {
	var l Listed
	var start, end int
	var at int64
	var text string
	err := rows.Scan(&l.EventID, &start, &end, &at, &l.GroupID, &l.Word.ID, &l.Word.Text,
		&l.Word.Category, &l.Word.Severity, &l.Word.Note, &l.MemberID, &text, &l.State)
	l.Text = text
	l.At = time.Unix(at, 0).UTC()
	l.Snippet = Around(text, Hit{Start: start, End: end}, ContextRunes)
	return l, errs.Wrap(err, "list keyword hits")
}

// Counts are the hits per word and per category under a filter's other
// conditions (group, severity, member, period): the numbers on the chips.
type Counts struct {
	Total      int
	Words      map[int64]int
	Categories map[string]int
}

// Count counts the hits per word and category, ignoring f's word, category
// and page.
func (s *Service) Count(ctx context.Context, f Filter) (Counts, error) {
	c := Counts{Words: map[int64]int{}, Categories: map[string]int{}}
	if err := f.Validate(); err != nil {
		return c, err
	}
	where, args := f.where(false)
	rows, err := s.db.Read().QueryContext(ctx, `SELECT w.id, w.category, count(*)`+f.countFrom()+where+
		` GROUP BY w.id`, args...)
	if err != nil {
		return c, errs.Wrap(err, "count keyword hits")
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var cat string
		var n int
		if err := rows.Scan(&id, &cat, &n); err != nil {
			return c, errs.Wrap(err, "count keyword hits")
		}
		c.Words[id], c.Categories[cat], c.Total = n, c.Categories[cat]+n, c.Total+n
	}
	return c, errs.Wrap(rows.Err(), "count keyword hits")
}
