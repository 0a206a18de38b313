// Package memberimport runs member imports end to end: it reads a file or pasted
// text, guesses the column mapping, previews the rows as they will be
// stored with every bad row named, and stores them in one transaction,
// with progress and cancellation.
package memberimport

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/members"
	"qunzhu/backend/sheets"
)

// Source is where rows come from: a file, or pasted text.
type Source struct {
	Path  string
	Text  string
	Sheet string // XLSX: the sheet ("" = the first)
}

// Request is a preview or an import.
type Request struct {
	Source
	Mapping     sheets.Mapping // nil: guessed from the headers
	Platform    string         // for rows without one ("" = guessed from the headers)
	MemberFrom  string         // source for rows without one ("" = import)
	GroupID     int64
	OnDuplicate string
	SkipInvalid bool
	// Choices settle rows a previous run reported ambiguous: row → member
	// id, or 0 for a new member.
	Choices map[int]int64
}

// Service imports members.
type Service struct {
	members  *members.Service
	now      func() time.Time
	inviters Inviters
}

// NewService returns a Service storing through m.
func NewService(m *members.Service) *Service { return &Service{members: m, now: time.Now} }

// loaded is a source read and mapped.
type loaded struct {
	name     string
	hash     string
	table    sheets.Table
	mapping  sheets.Mapping
	platform string
	drafts   []members.Draft
	problems []members.Problem
	inviters []InviterCell
}

// open reads the source into a table and maps its columns; the rows are
// checked later (mapRows or stream).
func (s *Service) open(ctx context.Context, req Request) (loaded, error) {
	var l loaded
	if req.Path != "" {
		b, err := readFile(req.Path)
		if err != nil {
			return l, err
		}
		sum := sha256.Sum256(b)
		l.name, l.hash = filepath.Base(req.Path), hex.EncodeToString(sum[:])
		if l.table, err = sheets.ReadContext(ctx, l.name, b, req.Sheet); err != nil {
			return l, err
		}
	} else {
		sum := sha256.Sum256([]byte(req.Text))
		l.name, l.hash = "", hex.EncodeToString(sum[:])
		l.table = sheets.ReadText(req.Text)
	}
	if len(l.table.Rows) == 0 {
		return l, errs.New(errs.Invalid, "err.import.no_rows", nil)
	}
	s.mapColumns(&l, req)
	return l, errs.Wrap(ctx.Err(), "import")
}

// load opens the source and maps every row (the preview, and imports with
// a 邀请人 column: the inviters are checked before anything is stored).
func (s *Service) load(ctx context.Context, req Request) (loaded, error) {
	l, err := s.open(ctx, req)
	if err != nil {
		return l, err
	}
	s.mapRows(&l, req)
	return l, s.checkInviters(ctx, &l)
}

// readFile reads the file at path unless it is over sheets.MaxFileBytes.
func readFile(path string) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, errs.New(errs.Invalid, "err.import.file", errs.Params{"Path": filepath.Base(path)})
	}
	if err := sheets.CheckSize(info.Size()); err != nil {
		return nil, err
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, errs.New(errs.Invalid, "err.import.file", errs.Params{"Path": filepath.Base(path)})
	}
	return b, nil
}

// mapColumns takes the request's mapping and platform, or guesses them
// from the headers.
func (s *Service) mapColumns(l *loaded, req Request) {
	l.mapping = req.Mapping
	if l.mapping == nil {
		l.mapping = sheets.GuessMapping(l.table.Headers)
	}
	l.platform = req.Platform
	if l.platform == "" {
		l.platform = sheets.GuessPlatform(l.table.Headers)
	}
}

// mapRows checks every row and turns the good ones into drafts.
func (s *Service) mapRows(l *loaded, req Request) {
	now := s.now()
	recs, probs := sheets.Records(l.table, l.mapping, s.recordOptions(l, req, now))
	l.drafts, l.problems = drafts(recs, probs, now)
	if l.mapping.Column("inviter") < 0 {
		return
	}
	for _, r := range recs {
		if r.Platform != "" {
			l.inviters = append(l.inviters, InviterCell{Row: r.Row, Platform: r.Platform, PlatformID: r.PlatformID,
				Nickname: r.Nickname, Inviter: r.Inviter})
		}
	}
}

func (s *Service) recordOptions(l *loaded, req Request, now time.Time) sheets.Options {
	return sheets.Options{Platform: l.platform, Source: req.MemberFrom, Now: now}
}

// drafts are the records as drafts, and the problems of the rows that made
// none: the reader's, then those of records without a platform.
func drafts(recs []sheets.Record, probs []sheets.RowError, now time.Time) ([]members.Draft, []members.Problem) {
	out, problems := make([]members.Draft, 0, len(recs)), make([]members.Problem, 0, len(probs))
	for _, p := range probs {
		problems = append(problems, members.Problem{Row: p.Row, Field: p.Field, Key: p.Key, Params: p.Params})
	}
	for _, r := range recs {
		if r.Platform == "" {
			problems = append(problems, members.Problem{Row: r.Row, Field: "platform", Key: "err.import.platform_missing"})
			continue
		}
		out = append(out, draft(r, now))
	}
	return out, problems
}

func draft(r sheets.Record, now time.Time) members.Draft {
	d := members.Draft{Row: r.Row, Nickname: r.Nickname, Remark: r.Remark, Platform: r.Platform,
		PlatformID: r.PlatformID, Source: r.Source, Notes: r.Notes, Tags: r.Tags,
		FollowSince: r.FollowSince, FanLevel: r.FanLevel, IronFan: r.IronFan}
	if d.FollowSince == nil && r.DaysFollowed != nil {
		since := members.SinceDays(*r.DaysFollowed, now)
		d.FollowSince = &since
	}
	return d
}

// Run imports the rows: all of them (or only the good ones, with
// SkipInvalid) in one transaction, or nothing.
func (s *Service) Run(ctx context.Context, req Request, progress func(done, total int)) (members.Report, error) {
	l, err := s.open(ctx, req)
	if err != nil {
		return members.Report{}, err
	}
	o := members.ImportOptions{FileName: l.name, FileHash: l.hash, GroupID: req.GroupID, OnDuplicate: req.OnDuplicate,
		SkipInvalid: req.SkipInvalid, Choices: req.Choices}
	if l.mapping.Column("inviter") >= 0 && s.inviters != nil { // every row is read before anything is stored
		if l, err = s.load(ctx, req); err != nil {
			return members.Report{}, err
		}
		o.Then = s.linkInviters(l, req)
		return s.members.ImportDrafts(ctx, members.DraftsOf(l.drafts, l.problems), o, progress)
	}
	reading, stop := context.WithCancel(ctx)
	defer stop() // the reader stops when storing ends early
	return s.members.ImportDrafts(ctx, s.stream(reading, &l, req), o, progress)
}

// streamPart is how many rows the reader checks before handing them on.
const streamPart = 2000

// stream checks the rows and turns them into drafts a part at a time on a
// goroutine of its own, so that storing starts with the first part while
// the later ones are checked.
func (s *Service) stream(ctx context.Context, l *loaded, req Request) members.Drafts {
	chunks, now := make(chan []members.Draft, 4), s.now()
	var rejected []members.Problem
	go func() {
		defer close(chunks)
		for recs, probs := range sheets.RecordParts(l.table, l.mapping, s.recordOptions(l, req, now), streamPart) {
			part, problems := drafts(recs, probs, now)
			rejected = append(rejected, problems...)
			select {
			case chunks <- part:
			case <-ctx.Done():
				return
			}
		}
	}()
	// Read once chunks is closed: the goroutine has written rejected by then.
	return members.Drafts{Total: len(l.table.Rows), Chunks: chunks, Rejected: func() []members.Problem { return rejected }}
}
