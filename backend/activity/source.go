package activity

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"

	"qunzhu/backend/chatlog"
	"qunzhu/backend/errs"
	"qunzhu/backend/sheets"
)

// sniffBytes is how much of a file its format is told from.
const sniffBytes = 64 << 10

// source is an export file being read, its format told from its content.
type source struct {
	path   string
	name   string
	size   int64
	format chatlog.Format
	f      *os.File      // the export file; nil for pasted text
	r      io.ReadSeeker // f, or the pasted text
	paste  *Pasted
	shape  chatlog.Shape                       // the shape the pasted text was read as
	onSkip func(line int, reason, text string) // hears of pasted lines left out on purpose
	done   atomic.Int64                        // bytes read so far
}

// openRequest opens the request's export file or its pasted text.
func openRequest(req Request) (*source, error) {
	if req.Paste != nil {
		return openPasted(req.Paste)
	}
	return openSource(req.Path)
}

func openSource(path string) (*source, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, errs.New(errs.Invalid, "err.import.file", errs.Params{"Path": filepath.Base(path)})
	}
	s := &source{path: path, name: filepath.Base(path), f: f, r: f}
	if st, err := f.Stat(); err == nil {
		s.size = st.Size()
	}
	head := make([]byte, sniffBytes)
	n, err := io.ReadFull(f, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		f.Close()
		return nil, errs.New(errs.Invalid, "err.import.file", errs.Params{"Path": s.name})
	}
	if s.format, err = chatlog.Sniff(head[:n]); err != nil {
		f.Close()
		return nil, err
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		f.Close()
		return nil, errs.Wrap(err, "rewind")
	}
	return s, nil
}

func (s *source) Close() error {
	if s.f == nil {
		return nil
	}
	return s.f.Close()
}

// Read and Seek count what the parser reads, for progress.
func (s *source) Read(p []byte) (int, error) {
	n, err := s.r.Read(p)
	s.done.Add(int64(n))
	return n, err
}

func (s *source) Seek(offset int64, whence int) (int64, error) {
	at, err := s.r.Seek(offset, whence)
	if err == nil {
		s.done.Store(at)
	}
	return at, err
}

// read is how far the parser has got, at most the file's size.
func (s *source) read() int64 { return min(s.done.Load(), s.size) }

// parse reads the export; a generic CSV with the request's columns.
func (s *source) parse(req Request, fn func(chatlog.Event) error) (chatlog.Stats, error) {
	if s.format == chatlog.Paste {
		return s.parsePasted(req, fn)
	}
	if s.format == chatlog.Generic {
		platform := req.Platform
		if platform == "" {
			platform = "other"
		}
		return chatlog.ParseGeneric(s, req.Columns, platform, fn)
	}
	return chatlog.Parse(s, s.format, fn)
}

// header is a generic CSV's first row, for the mapping step.
func (s *source) header() []string {
	head := make([]byte, sniffBytes)
	n, _ := s.f.ReadAt(head, 0)
	if i := bytes.LastIndexByte(head[:n], '\n'); i > 0 {
		n = i
	}
	text, _, err := sheets.Decode(head[:n])
	if err != nil {
		return nil
	}
	first, _, _ := strings.Cut(text, "\n")
	rec, err := csv.NewReader(strings.NewReader(first)).Read()
	if err != nil {
		return nil
	}
	return rec
}

func (s *source) hash() (string, error) {
	if s.paste != nil {
		return textHash(s.paste.Text), nil
	}
	return fileHash(s.path)
}
