package sheets

import (
	"time"
	"unicode/utf8"

	"qunzhu/backend/errs"
)

// rowContext holds what every row of one import shares.
type rowContext struct {
	cols     map[string]int
	platform string
	source   string
	today    time.Time
}

func newRowContext(m Mapping, o Options) *rowContext {
	c := &rowContext{cols: map[string]int{}, source: "import"}
	for _, f := range Fields {
		c.cols[f] = m.Column(f)
	}
	c.platform, _ = Platform(o.Platform)
	if s, ok := Source(o.Source); ok {
		c.source = s
	}
	now := o.Now
	if now.IsZero() {
		now = time.Now()
	}
	c.today = dateOf(now)
	return c
}

// rowBuilder turns one row into a record, collecting its problems.
type rowBuilder struct {
	*rowContext
	row []string
	rec Record
	bad []RowError
}

func (c *rowContext) record(row []string) (Record, []RowError) {
	b := &rowBuilder{rowContext: c, row: row}
	b.texts()
	b.platformAndSource()
	b.numbers()
	b.flags()
	return b.rec, b.bad
}

// cell returns the cleaned cell of field, "" when unmapped or missing.
func (b *rowBuilder) cell(field string) string {
	c := b.cols[field]
	if c < 0 || c >= len(b.row) {
		return ""
	}
	return Clean(b.row[c])
}

func (b *rowBuilder) fail(field string, e *cellError) {
	b.bad = append(b.bad, problem(field, e.key, e.params))
}

// text returns the cell of field on one line, flagging it when too long.
func (b *rowBuilder) text(field string, maxLen int) string {
	s := oneLine(b.cell(field))
	if utf8.RuneCountInString(s) > maxLen {
		b.fail(field, &cellError{"err.field.too_long", errs.Params{"Max": maxLen}})
	}
	return s
}

func (b *rowBuilder) texts() {
	r := &b.rec
	r.PlatformID = b.text("platformId", MaxPlatformID)
	r.Nickname = b.text("nickname", MaxNickname)
	if r.Nickname == "" {
		r.Nickname = truncate(r.PlatformID, MaxNickname)
	}
	if r.Nickname == "" {
		b.fail("nickname", &cellError{key: "err.member.nickname_required"})
	}
	r.Remark = b.text("remark", MaxRemark)
	r.Inviter = b.text("inviter", max(MaxNickname, MaxPlatformID))
	r.Notes = b.cell("notes")
	if utf8.RuneCountInString(r.Notes) > MaxNotes {
		b.fail("notes", &cellError{"err.field.too_long", errs.Params{"Max": MaxNotes}})
	}
}

// truncate cuts s to at most n runes.
func truncate(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}
