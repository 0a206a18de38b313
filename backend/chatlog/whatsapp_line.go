package chatlog

import (
	"bytes"
	"time"
)

// waLine is the start of a WhatsApp message line: date, time and either a
// sender with text or, for a system line, just the text.
type waLine struct {
	date         [3]int
	wide         [3]int // digits written for each date part
	sep          byte   // '.', '/' or '-'
	hour, minute int
	second       int
	half         half
	sender, text []byte // sender is nil on a system line
}

// parseWALine reads the line formats of Android (`12.03.2023, 14:05 - `,
// `3/12/23, 2:05 PM - `, `2023/3/12 下午2:05 - `) and iOS
// (`[12/03/2023, 14:05:33] `, `[3/12/23, 2:05:33 PM] `).
func parseWALine(b []byte) (l waLine, ok bool) {
	i, bracket := 0, len(b) > 0 && b[0] == '['
	if bracket {
		i = 1
	}
	if i, ok = l.readDate(b, i); !ok {
		return l, false
	}
	if i, ok = l.readClock(b, i); !ok {
		return l, false
	}
	if i, ok = waDash(b, i, bracket); !ok {
		return l, false
	}
	l.split(b[i:], bracket)
	return l, true
}

// readDate reads a.b.c with one separator; a 4-digit part comes first or last.
func (l *waLine) readDate(b []byte, i int) (int, bool) {
	for k := range 3 {
		if k > 0 {
			if i >= len(b) || (k == 1 && !isDateSep(b[i])) || (k == 2 && b[i] != l.sep) {
				return i, false
			}
			l.sep, i = b[i], i+1
		}
		l.date[k], l.wide[k], i = number(b, i, 4)
		if l.wide[k] == 0 {
			return i, false
		}
	}
	if l.wide[0] == 4 {
		return i, l.wide[1] <= 2 && l.wide[2] <= 2
	}
	return i, l.wide[0] <= 2 && l.wide[1] <= 2 && (l.wide[2] == 2 || l.wide[2] == 4)
}

func isDateSep(c byte) bool { return c == '.' || c == '/' || c == '-' }

// readClock reads `, 下午2:05`, ` 14:05:33`, ` 2:05 p. m.` or ` 14.05.` after
// the date: hours and minutes apart by a colon or a dot, maybe seconds, a
// 12-hour marker, and a dot.
func (l *waLine) readClock(b []byte, i int) (int, bool) {
	j := skipSpaces(b, i+btoi(i < len(b) && b[i] == ','))
	if j == i {
		return i, false
	}
	j, l.half = chineseHalf(b, j)
	var w int
	if l.hour, w, j = number(b, j, 2); w == 0 || j >= len(b) || (b[j] != ':' && b[j] != '.') {
		return j, false
	}
	sep := b[j]
	if l.minute, w, j = number(b, j+1, 2); w != 2 {
		return j, false
	}
	if j+1 < len(b) && b[j] == sep && isDigit(b[j+1]) {
		if l.second, w, j = number(b, j+1, 2); w != 2 {
			return j, false
		}
	}
	if l.half == h24 {
		j, l.half = latinHalf(b, j)
	}
	return j + btoi(j < len(b) && b[j] == '.'), true
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// waDash reads `] ` (iOS) or ` - ` / ` – ` (Android) before the sender.
func waDash(b []byte, i int, bracket bool) (int, bool) {
	if bracket {
		if i >= len(b) || b[i] != ']' {
			return i, false
		}
		return skipSpaces(b, i+1), true
	}
	i = skipSpaces(b, i)
	switch {
	case bytes.HasPrefix(b[i:], []byte("- ")):
		return i + 2, true
	case bytes.HasPrefix(b[i:], []byte("– ")):
		return i + len("– "), true
	}
	return i, false
}

// split cuts "Name: text" into sender and text. Lines without a sender,
// and iOS lines whose text starts with U+200E and reads like a notice,
// are system lines. A name of invisible marks only is kept, empty, for
// the sink to report.
func (l *waLine) split(rest []byte, ios bool) {
	name, text, found := bytes.Cut(rest, []byte(": "))
	if !found && bytes.HasSuffix(rest, []byte(":")) {
		name, text, found = rest[:len(rest)-1], nil, true
	}
	written := len(bytes.TrimSpace(name)) > 0
	name = trimMarks(bytes.TrimLeft(trimMarks(name), "~ \u00a0\u202f"))
	if !found || !written || (ios && isNotice(text)) {
		l.text = rest
		return
	}
	if name == nil {
		name = rest[:0] // empty, but not the nil of a system line
	}
	l.sender, l.text = name, text
}

// time is the line's wall clock, dayFirst telling D/M from M/D.
func (l *waLine) time(dayFirst bool) (time.Time, bool) {
	a, b, c := l.date[0], l.date[1], l.date[2]
	y, m, d := a, b, c
	if l.wide[0] != 4 {
		y, m, d = c, a, b
		if l.wide[2] == 2 {
			y += 2000
		}
		if dayFirst {
			m, d = b, a
		}
	}
	h, ok := hour24(l.hour, l.half)
	if !ok {
		return time.Time{}, false
	}
	return wall(y, m, d, h, l.minute, l.second)
}

// number reads up to max digits at i: value, digits read, next index.
func number(b []byte, i, max int) (v, w, next int) {
	for w < max && i+w < len(b) && b[i+w] >= '0' && b[i+w] <= '9' {
		v = v*10 + int(b[i+w]-'0')
		w++
	}
	if i+w < len(b) && b[i+w] >= '0' && b[i+w] <= '9' {
		return 0, 0, i // too many digits
	}
	return v, w, i + w
}

// skipSpaces skips spaces, no-break spaces (C2 A0) and narrow no-break
// spaces (E2 80 AF).
func skipSpaces(b []byte, i int) int {
	for i < len(b) {
		switch {
		case b[i] == ' ':
			i++
		case b[i] == 0xc2 && i+1 < len(b) && b[i+1] == 0xa0:
			i += 2
		case b[i] == 0xe2 && i+2 < len(b) && b[i+1] == 0x80 && b[i+2] == 0xaf:
			i += 3
		default:
			return i
		}
	}
	return i
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
