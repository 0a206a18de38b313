package chatlog

import (
	"errors"
	"io"
	"os"

	"qunzhu/backend/errs"
)

// parsers read each format into a sink.
var parsers = map[Format]func(io.Reader, *sink) error{
	WhatsApp:       parseWhatsApp,
	WeChatCSV:      parseWeChatCSV,
	WeChatTXT:      parseWeChatTXT,
	QQTXT:          parseQQ,
	TelegramJSON:   parseTelegram,
	DouyinComments: parseDouyin,
	Generic:        func(r io.Reader, s *sink) error { return parseGeneric(r, s, nil, "other") },
}

// Parse reads an export in format f and calls fn with each event in file
// order, stopping at fn's first error, which it returns unchanged.
// Memory stays flat however big the file: one message is held at a time.
//
// WhatsApp dates are read twice: a first pass over the whole file decides
// between D/M and M/D. r is rewound for it when it is an io.Seeker (an
// *os.File, a bytes.Reader), otherwise it is copied to a temporary file.
// The other formats read r once.
//
// A message or line that cannot be read (an impossible date, a stray line,
// a record of the wrong shape, a sender without a name or an id) is left
// out and named in Stats.Problems; the rest is read on. An export mostly
// unreadable, and input that cannot be read past (a truncated file, broken
// JSON syntax, a line too long), give an Invalid error keyed err.chat.*
// with the Line.
func Parse(r io.Reader, f Format, fn func(Event) error) (Stats, error) {
	parse, ok := parsers[f]
	if !ok {
		return Stats{}, errUnknownFormat()
	}
	s := &sink{fn: fn, keys: newKeyer()}
	err := parse(r, s)
	if err == nil {
		err = s.verdict()
	}
	return s.stats, err
}

// ParseFile sniffs the file at path and parses it.
func ParseFile(path string, fn func(Event) error) (Format, Stats, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", Stats{}, errs.Wrap(err, "open chat export")
	}
	defer f.Close()
	head := make([]byte, SniffSize)
	n, err := io.ReadFull(f, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return "", Stats{}, errs.Wrap(err, "read chat export")
	}
	format, err := Sniff(head[:n])
	if err != nil {
		return "", Stats{}, err
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return "", Stats{}, errs.Wrap(err, "rewind chat export")
	}
	stats, err := Parse(f, format, fn)
	return format, stats, err
}
