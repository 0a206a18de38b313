package sheets

import (
	"iter"
	"runtime"
	"sync"
	"time"

	"qunzhu/backend/errs"
)

// Limits on imported member fields, in runes.
const (
	MaxNickname     = 64
	MaxRemark       = 64
	MaxNotes        = 2000
	MaxPlatformID   = 128
	MaxTag          = 20
	MaxDaysFollowed = 36500
	MaxFanLevel     = 99
)

// Sources a member can come from.
var Sources = []string{"comment", "dm", "live", "import", "manual"}

// Record is one valid row, typed: what the members service stores.
type Record struct {
	Nickname     string
	Remark       string
	Platform     string // one of groups.Platforms, or "" when neither cell nor Options give one
	PlatformID   string
	Source       string // one of Sources
	Notes        string
	Tags         []string
	DaysFollowed *int
	FollowSince  *time.Time // a date: midnight UTC
	FanLevel     *int
	IronFan      *bool
	Inviter      string // who invited them: a platform id or exact nickname, "" for none
	Row          int    // the source row (or pasted line) number
}

// Options are the defaults and context of an import.
type Options struct {
	Platform string    // for rows without a platform cell; any spelling Records knows
	Source   string    // for rows without a source cell; "" means "import"
	Now      time.Time // for rejecting future dates; zero means time.Now()
}

// RowError is one problem in one row: Field is one of Fields, Key and
// Params a translatable reason.
type RowError struct {
	Row    int
	Field  string
	Key    string
	Params map[string]any
}

// Records turns the rows of t into records by the mapping, validating every
// cell. A row with any problem yields no record; each of its problems is
// listed (at most one per field), in row order.
func Records(t Table, m Mapping, o Options) (records []Record, problems []RowError) {
	ctx := newRowContext(m, o)
	parts := min(runtime.NumCPU(), 1+len(t.Rows)/recordsPart)
	if parts <= 1 {
		return ctx.records(t, 0, len(t.Rows))
	}
	type result struct {
		records  []Record
		problems []RowError
	}
	results := make([]result, parts)
	var wg sync.WaitGroup
	for p := range parts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			from, to := p*len(t.Rows)/parts, (p+1)*len(t.Rows)/parts
			results[p].records, results[p].problems = ctx.records(t, from, to)
		}()
	}
	wg.Wait()
	for _, r := range results {
		records = append(records, r.records...)
		problems = append(problems, r.problems...)
	}
	return records, problems
}

// recordsPart is the fewest rows worth a goroutine of their own.
const recordsPart = 5000

// records checks rows [from, to) of t.
func (c *rowContext) records(t Table, from, to int) (records []Record, problems []RowError) {
	records = make([]Record, 0, to-from)
	for i := from; i < to; i++ {
		n := rowNumber(t, i)
		rec, bad := c.record(t.Rows[i])
		if len(bad) == 0 {
			rec.Row = n
			records = append(records, rec)
			continue
		}
		for _, p := range bad {
			p.Row = n
			problems = append(problems, p)
		}
	}
	return records, problems
}

// rowNumber is the source row number of t.Rows[i]: from Lines, or, for a
// table built without them, as if the header were row 1.
func rowNumber(t Table, i int) int {
	if i < len(t.Lines) {
		return t.Lines[i]
	}
	return i + 2
}

func problem(field, key string, params errs.Params) RowError {
	return RowError{Field: field, Key: key, Params: params}
}

// Validate checks the defaults: a platform and a source Records knows, when
// given.
func (o Options) Validate() error {
	f := errs.Fields{}
	if _, ok := Platform(o.Platform); o.Platform != "" && !ok {
		f.Add("platform", "err.member.platform", errs.Params{"Value": o.Platform})
	}
	if _, ok := Source(o.Source); o.Source != "" && !ok {
		f.Add("source", "err.member.source", errs.Params{"Value": o.Source})
	}
	return f.Err()
}

// RecordParts is Records a part of size rows at a time, in row order, for
// a caller that starts using the first rows while the later ones are
// still being checked.
func RecordParts(t Table, m Mapping, o Options, size int) iter.Seq2[[]Record, []RowError] {
	ctx := newRowContext(m, o)
	return func(yield func([]Record, []RowError) bool) {
		for from := 0; from < len(t.Rows); from += size {
			if !yield(ctx.records(t, from, min(from+size, len(t.Rows)))) {
				return
			}
		}
	}
}
