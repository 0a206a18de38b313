package chatlog

import (
	"io"
	"os"

	"qunzhu/backend/errs"
)

// dateVotes gathers, over a whole WhatsApp file, the evidence for D/M or
// M/D dates: a first part above 12 proves D/M, a second part above 12 M/D.
type dateVotes struct {
	firstBig, secondBig int // lines proving D/M and M/D
	lastProof           int // the last line proving either
	usSlash, other      int // lines like 3/12/23 (US Android) and the rest
}

// add counts one line's date.
func (v *dateVotes) add(l *waLine, line int) {
	if l.wide[0] == 4 {
		return // year first: no question
	}
	if l.date[0] > 12 {
		v.firstBig, v.lastProof = v.firstBig+1, line
	}
	if l.date[1] > 12 {
		v.secondBig, v.lastProof = v.secondBig+1, line
	}
	if l.sep == '/' && l.wide[2] == 2 {
		v.usSlash++
	} else {
		v.other++
	}
}

// dayFirst decides the order. Proof either way wins; proof both ways goes
// to the side more lines prove (the others then read as impossible dates,
// left out as problems), and as many both ways is an error at the last
// line proving either. Without proof, 3/12/23 (slashes and a 2-digit year,
// US Android) reads M/D and everything else (dots, dashes, 4-digit years)
// D/M, whichever the majority of lines look like; a tie reads D/M.
func (v *dateVotes) dayFirst() (bool, error) {
	switch {
	case v.firstBig == v.secondBig && v.firstBig > 0:
		return false, errAt(keyDateOrder, v.lastProof, nil)
	case v.firstBig > 0 || v.secondBig > 0:
		return v.firstBig > v.secondBig, nil
	}
	return v.usSlash <= v.other, nil
}

// scanDateOrder reads a whole WhatsApp export and decides its date order.
func scanDateOrder(r io.Reader) (bool, error) {
	text, err := openText(r)
	if err != nil {
		return false, err
	}
	lr, votes := newLineReader(text), dateVotes{}
	for {
		line, ok := lr.next()
		if !ok {
			break
		}
		if l, ok := parseWALine(line); ok {
			votes.add(&l, lr.n)
		}
	}
	if err := lr.err(); err != nil {
		return false, err
	}
	return votes.dayFirst()
}

// rewindable returns r as a ReadSeeker positioned where r was, spooling it
// to a temporary file when it cannot seek. done removes that file.
func rewindable(r io.Reader) (rs io.ReadSeeker, start int64, done func(), err error) {
	if s, ok := r.(io.ReadSeeker); ok {
		if start, err = s.Seek(0, io.SeekCurrent); err == nil {
			return s, start, func() {}, nil
		}
	}
	f, err := os.CreateTemp("", "qunzhu-chat-*")
	if err != nil {
		return nil, 0, nil, errs.Wrap(err, "spool chat export")
	}
	done = func() { f.Close(); os.Remove(f.Name()) }
	if _, err = io.Copy(f, r); err == nil {
		_, err = f.Seek(0, io.SeekStart)
	}
	if err != nil {
		done()
		return nil, 0, nil, errs.Wrap(err, "spool chat export")
	}
	return f, 0, done, nil
}
