package members

import (
	"context"
	"database/sql"
	"encoding/json"
	"slices"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/groups"
	"qunzhu/backend/store"
)

// Draft is one imported row: only the fields the file had are set.
type Draft struct {
	Row         int // the row number in the file, for reports
	Nickname    string
	Remark      string
	Platform    string
	PlatformID  string
	Source      string
	Notes       string
	Tags        []string
	FollowSince *time.Time
	FanLevel    *int
	IronFan     *bool
}

// What to do with a row that matches an existing member.
const (
	OnDuplicateUpdate = "update" // fill in the member with the row's fields
	OnDuplicateSkip   = "skip"   // leave the member as it is
	OnDuplicateKeep   = "keep"   // keep both (only for nickname matches: an id is one person)
)

// Problem is a row that could not be imported, and why.
type Problem struct {
	Row    int            `json:"row"`
	Field  string         `json:"field"`
	Key    string         `json:"key"`
	Params map[string]any `json:"params"`
}

// ImportOptions say where rows go and how duplicates are handled.
type ImportOptions struct {
	FileName    string
	FileHash    string
	GroupID     int64 // add every row's member to this group (0: none)
	OnDuplicate string
	SkipInvalid bool      // store the good rows even when some are invalid
	Invalid     []Problem // rows the reader already rejected, recorded in the history
	// Choices settle ambiguous rows (see Ambiguity): row → the member it
	// is, or 0 for a new member.
	Choices map[int]int64
	// Then (optional) runs in the import's transaction once the rows are
	// stored: writes that depend on them (the inviter links of an imported
	// 邀请人 column). Its problems are reported like invalid rows.
	Then func(ctx context.Context, tx *sql.Tx) ([]Problem, error)
}

// Report is what an import did.
type Report struct {
	ImportID int64
	Added    int
	Updated  int
	Skipped  int
	Invalid  []Problem
	// Ambiguous rows were not stored: several members have their name.
	Ambiguous []Ambiguity
}

// Import stores drafts in one transaction: all of them or, on error or
// cancellation, none. progress (optional) is called as rows are done.
func (s *Service) Import(ctx context.Context, drafts []Draft, o ImportOptions, progress func(done, total int)) (Report, error) {
	return s.ImportDrafts(ctx, DraftsOf(drafts, o.Invalid), o, progress)
}

// ImportDrafts is Import for drafts that may still be arriving: it starts
// storing the first chunks while the file's later rows are being read.
// o.Invalid is ignored: the rejected rows come from d.Rejected.
func (s *Service) ImportDrafts(ctx context.Context, d Drafts, o ImportOptions, progress func(done, total int)) (Report, error) {
	if !slices.Contains([]string{OnDuplicateUpdate, OnDuplicateSkip, OnDuplicateKeep}, o.OnDuplicate) {
		return Report{}, errs.New(errs.Invalid, "err.member.on_duplicate", errs.Params{"Value": o.OnDuplicate})
	}
	ahead, stop := context.WithCancel(ctx) // also stops the reader when storing fails
	defer stop()
	rep, consumed := Report{}, false
	// Without foreign-key checks: every row the import inserts refers to a
	// member it inserted or found, to a tag it found or made, or to the
	// group checkGroup found. o.Then's writes are not the import's own:
	// with it, the checks stay on.
	run := s.db.TxUnchecked
	if o.Then != nil {
		run = s.db.Tx
	}
	err := s.writeIn(ctx, run, func(w *writer) error {
		if err := checkGroup(ctx, w.tx, o.GroupID); err != nil {
			return err
		}
		b, err := s.newBulkImport(w, o, &rep, d.Total)
		if err != nil {
			return err
		}
		if err := b.dropIndexes(d.Total); err != nil {
			return err
		}
		if err := b.all(ctx, prepareAhead(ahead, d.Chunks, w.now), d.Total, progress); err != nil {
			return err
		}
		consumed, rep.Invalid = true, append(d.Rejected(), rep.Invalid...)
		if err := b.restoreIndexes(); err != nil {
			return err
		}
		if err := then(ctx, w.tx, o, &rep); err != nil {
			return err
		}
		if err := describeCandidates(w, rep.Ambiguous); err != nil {
			return err
		}
		if len(rep.Invalid) > 0 && !o.SkipInvalid {
			return errs.New(errs.Invalid, "err.import.invalid_rows", errs.Params{"Count": len(rep.Invalid)})
		}
		return recordImport(w, o, &rep)
	})
	if err != nil { // rolled back: nothing was added or updated
		if !consumed {
			rep.Invalid = nil // the reader's rejections are not all known
		}
		return Report{Invalid: rep.Invalid, Ambiguous: rep.Ambiguous}, err
	}
	return rep, nil
}

// all matches and stores every prepared chunk, reporting progress; it
// returns ErrCancelled when ctx ends first.
func (b *bulkImport) all(ctx context.Context, chunks <-chan chan []prepared, total int, progress func(done, total int)) error {
	end := 0
	for next := range chunks {
		if ctx.Err() != nil {
			return errs.ErrCancelled
		}
		chunk := <-next
		if err := b.chunk(chunk); err != nil {
			return err
		}
		if end += len(chunk); progress != nil && end%1000 < importChunk && end < total {
			progress(min(end, total), total)
		}
	}
	if ctx.Err() != nil { // stopped early: cancelled
		return errs.ErrCancelled
	}
	if progress != nil {
		progress(total, total)
	}
	return nil
}

func (s *Service) importRow(w *writer, d Draft, o ImportOptions, rep *Report) error {
	id, candidates, ok, err := w.match(d, o)
	switch {
	case err != nil:
		return err
	case !ok:
		rep.ambiguous(d, candidates)
		return nil
	case id == 0:
		in := d.input(Input{Source: "import"})
		if err := in.Validate(); err != nil {
			return rowProblem(err, d.Row, rep)
		}
		if id, err = w.insertFree(in); err != nil { // match found no owner of its id
			return rowProblem(err, d.Row, rep)
		}
		rep.Added++
	case o.OnDuplicate != OnDuplicateUpdate: // skip; or keep, where only an id matches: one person
		rep.Skipped++
	default:
		changed, err := w.fillIn(id, d)
		switch {
		case err != nil:
			return rowProblem(err, d.Row, rep)
		case changed:
			rep.Updated++
		default:
			rep.Skipped++
		}
	}
	if o.GroupID != 0 {
		return putMembership(w.ctx, w.tx, id, Membership{GroupID: o.GroupID, Role: "member", Status: "joined", JoinedAt: ptr(w.now)})
	}
	return nil
}

// rowProblem turns a row's invalid data into a reported problem; other
// errors stop the import.
func rowProblem(err error, row int, rep *Report) error {
	e := errs.As(err)
	if e.Code != errs.Invalid {
		return err
	}
	for field, f := range e.Fields {
		rep.Invalid = append(rep.Invalid, Problem{Row: row, Field: field, Key: f.Key, Params: f.Params})
	}
	return nil
}

func checkGroup(ctx context.Context, tx *sql.Tx, id int64) error {
	if id == 0 {
		return nil
	}
	if ok, _ := groups.Exists(ctx, tx, id); !ok {
		return errs.New(errs.NotFound, "err.group.not_found", errs.Params{"ID": id})
	}
	return nil
}

func recordImport(w *writer, o ImportOptions, rep *Report) error {
	problems, _ := json.Marshal(rep.Invalid)
	res, err := w.tx.ExecContext(w.ctx, `INSERT INTO imports (kind, file_name, file_hash, added, updated,
		skipped, invalid, problems, created_at) VALUES ('members', ?, ?, ?, ?, ?, ?, ?, ?)`,
		o.FileName, o.FileHash, rep.Added, rep.Updated, rep.Skipped, len(rep.Invalid), string(problems), store.Stamp(w.now))
	if err != nil {
		return errs.Wrap(err, "record import")
	}
	rep.ImportID, _ = res.LastInsertId()
	return nil
}

func ptr[T any](v T) *T { return &v }

// then runs o.Then, adding its problems to the report.
func then(ctx context.Context, tx *sql.Tx, o ImportOptions, rep *Report) error {
	if o.Then == nil {
		return nil
	}
	probs, err := o.Then(ctx, tx)
	rep.Invalid = append(rep.Invalid, probs...)
	return err
}
