package keywords

import (
	"context"
	"database/sql"
	"errors"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

func insertWord(ctx context.Context, tx *sql.Tx, w Word) (int64, error) {
	res, err := tx.ExecContext(ctx, `INSERT INTO watch_words(text, text_key, category, severity, note)
		VALUES (?, ?, ?, ?, ?)`, w.Text, FoldString(w.Text), w.Category, w.Severity, w.Note)
	if err != nil {
		return 0, errs.Wrap(err, "add watch word")
	}
	return res.LastInsertId()
}

func findWord(ctx context.Context, tx *sql.Tx, id int64) (Entry, error) {
	e := Entry{ID: id}
	err := tx.QueryRowContext(ctx, `SELECT text, category, severity, note FROM watch_words WHERE id = ?`, id).
		Scan(&e.Text, &e.Category, &e.Severity, &e.Note)
	if errors.Is(err, sql.ErrNoRows) {
		return e, errs.New(errs.NotFound, "err.keywords.not_found", errs.Params{"ID": id})
	}
	return e, errs.Wrap(err, "find watch word")
}

// checkUnique fails when another word than id folds like text.
func checkUnique(ctx context.Context, tx *sql.Tx, text string, id int64) error {
	var other string
	err := tx.QueryRowContext(ctx, `SELECT text FROM watch_words WHERE text_key = ? AND id <> ?`,
		FoldString(text), id).Scan(&other)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return errs.Wrap(err, "check watch word")
	}
	f := errs.Fields{}
	f.Add("text", "err.keywords.duplicate", errs.Params{"Text": other})
	return f.Err()
}

// markStale records that the list changed: every event needs a rescan.
func markStale(ctx context.Context, tx *sql.Tx) error {
	_, err := tx.ExecContext(ctx, `UPDATE keyword_state SET stale = 1`)
	return errs.Wrap(err, "mark keyword hits stale")
}

// State is how far the hits are worked out.
type State struct {
	Seeded    bool  // the default list was added once
	LastEvent int64 // events up to this id are scanned
	Stale     bool  // the list changed since: the hits need a rescan
}

// State reads the scan state.
func (s *Service) State(ctx context.Context) (State, error) {
	return readState(ctx, s.db.Read())
}

func readState(ctx context.Context, q store.Queryer) (State, error) {
	var st State
	err := q.QueryRowContext(ctx, `SELECT seeded, last_event, stale FROM keyword_state WHERE id = 1`).
		Scan(&st.Seeded, &st.LastEvent, &st.Stale)
	return st, errs.Wrap(err, "read keyword state")
}

// Seed adds the curated default list (see seedWords) the first time it is called
// on a database, and reports whether it did. A user who has since deleted
// defaults does not get them back (see RestoreDefaults).
func (s *Service) Seed(ctx context.Context, lang string) (bool, error) {
	if st, err := s.State(ctx); err != nil || st.Seeded {
		return false, err
	}
	seeded := false
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		st, err := readState(ctx, tx)
		if err != nil || st.Seeded {
			return err
		}
		if _, err := addMissing(ctx, tx, seedWords(lang)); err != nil {
			return err
		}
		seeded = true
		_, err = tx.ExecContext(ctx, `UPDATE keyword_state SET seeded = 1, stale = 1`)
		return errs.Wrap(err, "seed watch words")
	})
	return seeded, err
}

// RestoreDefaults adds the default words (see seedWords) that are missing from the
// list, leaving every word already there (the user's edits included) as it
// is, and returns how many it added.
func (s *Service) RestoreDefaults(ctx context.Context, lang string) (int, error) {
	n := 0
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		var err error
		if n, err = addMissing(ctx, tx, seedWords(lang)); err != nil || n == 0 {
			return err
		}
		return markStale(ctx, tx)
	})
	return n, err
}

// seedWords is what Seed and RestoreDefaults add: the zh-CN list always
// (the advertising law is the mainland's, and most groups chat in
// simplified Chinese), and the list of the user's language besides.
func seedWords(lang string) []Word {
	words := Defaults("zh-CN")
	if lang == "en" || lang == "zh-TW" {
		words = append(words, Defaults(lang)...)
	}
	return words
}

// addMissing inserts the words whose folded text is not in the list yet.
func addMissing(ctx context.Context, tx *sql.Tx, words []Word) (int, error) {
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO watch_words(text, text_key, category, severity, note)
		VALUES (?, ?, ?, ?, ?) ON CONFLICT(text_key) DO NOTHING`)
	if err != nil {
		return 0, errs.Wrap(err, "add default words")
	}
	defer stmt.Close()
	n := 0
	for _, w := range words {
		res, err := stmt.ExecContext(ctx, w.Text, FoldString(w.Text), w.Category, w.Severity, w.Note)
		if err != nil {
			return 0, errs.Wrap(err, "add default words")
		}
		k, _ := res.RowsAffected()
		n += int(k)
	}
	return n, nil
}

// Find returns the id of the listed word that folds like text.
func (s *Service) Find(ctx context.Context, text string) (int64, error) {
	var id int64
	err := s.db.Read().QueryRowContext(ctx, `SELECT id FROM watch_words WHERE text_key = ?`, FoldString(text)).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, errs.New(errs.NotFound, "err.keywords.word_not_found", errs.Params{"Text": text})
	}
	return id, errs.Wrap(err, "find watch word")
}
