package keywords

import (
	"context"
	"database/sql"
	"slices"
	"strings"
	"unicode/utf8"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// Service keeps the watch list in the database and the hits of its words
// in the stored messages.
type Service struct {
	db     *store.DB
	owners Owners
}

// NewService returns a Service over db.
func NewService(db *store.DB) *Service { return &Service{db: db} }

// Entry is a stored watch-list word.
type Entry struct {
	ID int64
	Word
}

// Severity names, the three response levels.
var severityNames = map[int]string{SeverityNote: "notice", SeverityWarn: "warn", SeverityAct: "act"}

// SeverityName is the name of a severity level: notice, warn or act ("" when out of range).
func SeverityName(s int) string { return severityNames[s] }

// MaxNote is the longest note, in characters, a stored word may carry.
const MaxNote = 300

// check normalizes w and validates it, the category included.
func check(w *Word) error {
	cat := strings.ToLower(strings.TrimSpace(w.Category))
	w.Normalize()
	f := errs.Fields{}
	if err := w.Validate(); err != nil {
		for k, v := range errs.As(err).Fields {
			f[k] = v
		}
	}
	if utf8.RuneCountInString(w.Note) > MaxNote {
		f.Add("note", "err.field.too_long", errs.Params{"Max": MaxNote})
	}
	if !slices.Contains(Categories, cat) {
		f.Add("category", "err.keywords.category", errs.Params{"Category": cat})
	}
	return f.Err()
}

// List returns the watch list by category (in Categories order), then severity
// (highest first), then text.
func (s *Service) List(ctx context.Context) ([]Entry, error) {
	rows, err := s.db.Read().QueryContext(ctx, `SELECT id, text, category, severity, note FROM watch_words`)
	if err != nil {
		return nil, errs.Wrap(err, "list watch words")
	}
	defer rows.Close()
	out := []Entry{}
	for rows.Next() {
		var e Entry
		if err := rows.Scan(&e.ID, &e.Text, &e.Category, &e.Severity, &e.Note); err != nil {
			return nil, errs.Wrap(err, "list watch words")
		}
		out = append(out, e)
	}
	slices.SortFunc(out, compareEntries)
	return out, errs.Wrap(rows.Err(), "list watch words")
}

func compareEntries(a, b Entry) int {
	if d := slices.Index(Categories, a.Category) - slices.Index(Categories, b.Category); d != 0 {
		return d
	}
	if a.Severity != b.Severity {
		return b.Severity - a.Severity
	}
	return strings.Compare(a.Text, b.Text)
}

// Add stores a new word; the hits need a rescan afterwards (see Scan).
func (s *Service) Add(ctx context.Context, w Word) (Entry, error) {
	if err := check(&w); err != nil {
		return Entry{}, err
	}
	e := Entry{Word: w}
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		if err := checkUnique(ctx, tx, w.Text, 0); err != nil {
			return err
		}
		var err error
		e.ID, err = insertWord(ctx, tx, w)
		if err != nil {
			return err
		}
		return markStale(ctx, tx)
	})
	return e, err
}

// Update replaces a word; when its text changes the hits need a rescan.
func (s *Service) Update(ctx context.Context, id int64, w Word) (Entry, error) {
	if err := check(&w); err != nil {
		return Entry{}, err
	}
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		old, err := findWord(ctx, tx, id)
		if err != nil {
			return err
		}
		if err := checkUnique(ctx, tx, w.Text, id); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE watch_words SET text = ?, text_key = ?, category = ?, severity = ?,
			note = ? WHERE id = ?`, w.Text, FoldString(w.Text), w.Category, w.Severity, w.Note, id); err != nil {
			return errs.Wrap(err, "update watch word")
		}
		if FoldString(old.Text) != FoldString(w.Text) {
			return markStale(ctx, tx)
		}
		return nil
	})
	return Entry{ID: id, Word: w}, err
}

// Delete removes a word and its hits; the hits need a rescan afterwards,
// since a shorter word may now hit where the deleted one did.
func (s *Service) Delete(ctx context.Context, id int64) error {
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		if _, err := findWord(ctx, tx, id); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM watch_words WHERE id = ?`, id); err != nil {
			return errs.Wrap(err, "delete watch word")
		}
		return markStale(ctx, tx)
	})
}
