package activity

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"

	"qunzhu/backend/chatlog"
	"qunzhu/backend/errs"
)

// Pasted is chat text the operator copied from a chat client and pasted,
// read instead of an export file.
type Pasted struct {
	Text    string
	Day     time.Time        // the date of messages written without one
	Pattern *chatlog.Pattern // the shape marked on a sample; nil: recognized
}

// MaxPasteMB is the most pasted text one import reads.
const MaxPasteMB = 32

// pasteName is the file name the import history shows for a paste.
const pasteName = "paste"

// maxPasteRows is how many lines a paste's preview shows.
const maxPasteRows = 200

// PasteRow is a line of a paste's preview: a message, or a line left out
// and why (Skip, a ui.paste.skip.* key).
type PasteRow struct {
	Line   int       `json:"line"`
	Sender string    `json:"sender"`
	Time   time.Time `json:"-"`
	Kind   string    `json:"kind"`
	Text   string    `json:"text"`
	Skip   string    `json:"skip"`
}

func openPasted(p *Pasted) (*source, error) {
	if len(p.Text) > MaxPasteMB<<20 {
		return nil, errs.New(errs.Invalid, "err.paste.too_long", errs.Params{"Limit": MaxPasteMB})
	}
	r := strings.NewReader(p.Text)
	return &source{name: pasteName, size: int64(len(p.Text)), format: chatlog.Paste, r: r, paste: p}, nil
}

// parsePasted reads pasted text on the request's platform (Douyin unless
// told).
func (s *source) parsePasted(req Request, fn func(chatlog.Event) error) (chatlog.Stats, error) {
	opt := chatlog.PasteOptions{Platform: req.Platform, Day: s.paste.Day, Pattern: s.paste.Pattern, Skipped: s.onSkip}
	shape, stats, err := chatlog.ParsePaste(s, opt, fn)
	s.shape = shape
	return stats, err
}

// textHash is the import history's fingerprint of pasted text.
func textHash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

// pasteRows collects a paste preview's first lines.
type pasteRows struct{ rows []PasteRow }

func (r *pasteRows) event(e chatlog.Event) {
	if len(r.rows) < maxPasteRows {
		r.rows = append(r.rows, PasteRow{Line: e.Line, Sender: e.Sender, Time: e.Time, Kind: string(e.Kind), Text: e.Text})
	}
}

func (r *pasteRows) skipped(line int, reason, text string) {
	if len(r.rows) < maxPasteRows {
		r.rows = append(r.rows, PasteRow{Line: line, Text: text, Skip: reason})
	}
}

// PasteDay reads the YYYY-MM-DD date of pasted messages written without
// one; "" is today (in the local time zone).
func PasteDay(date string) (time.Time, error) {
	if date == "" {
		y, m, d := time.Now().Date()
		return time.Date(y, m, d, 0, 0, 0, 0, time.UTC), nil
	}
	day, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return time.Time{}, errs.New(errs.Invalid, "err.paste.bad_date", errs.Params{"Date": date})
	}
	return day, nil
}
