package chatlog

import (
	"regexp"
	"strings"
	"time"
	"unicode/utf8"
)

// Shape is how a pasted chat writes its messages.
type Shape string

// The shapes of pasted chats.
const (
	ShapeNameTime Shape = "name-time" // `昵称 2026/12/1 20:01:33`, the text on the lines below
	ShapeTimeName Shape = "time-name" // `2026-12-01 20:01:33 昵称`, the text on the lines below
	ShapeBracket  Shape = "bracket"   // `[20:01] 昵称：内容`
	ShapeColon    Shape = "colon"     // `昵称：内容` or `昵称: 内容`
	ShapeMarked   Shape = "marked"    // the operator marked the name and time on a sample
)

// maxPasteName is the longest name a one-line `昵称：内容` message may have.
const maxPasteName = 32

var (
	nameTimeRe = regexp.MustCompile(`^(.+?)\s+` + clockExpr + `$`)
	timeNameRe = regexp.MustCompile(`^` + clockExpr + `\s+(.+)$`)
	bracketRe  = regexp.MustCompile(`^[\[【(（]\s*` + clockExpr + `\s*[\]】)）]\s*(.+?)\s*[：:]\s*(.*)$`)
	colonRe    = regexp.MustCompile(`^([^：:]+?)\s*(：|:)\s*(.*)$`)
)

// message is a line that starts a message: who, when, and the text on the
// line itself (for one-line shapes).
type message struct {
	name  string
	clock []string // the clockExpr groups, nil when the line has no time
	text  string
	ok    bool
}

// readLine reads line as the start of a message in shape sh.
func readLine(sh Shape, line string, marked *regexp.Regexp, nameFirst bool) message {
	switch sh {
	case ShapeNameTime:
		if !mayEndInClock(line) {
			break
		}
		if m := nameTimeRe.FindStringSubmatch(line); m != nil {
			return message{name: m[1], clock: m[2:], ok: true}
		}
	case ShapeTimeName:
		if !mayBeClock(line) {
			break
		}
		if m := timeNameRe.FindStringSubmatch(line); m != nil {
			return message{name: m[clockGroups+1], clock: m[1 : clockGroups+1], ok: true}
		}
	case ShapeBracket:
		if m := bracketRe.FindStringSubmatch(line); m != nil {
			return message{name: m[clockGroups+1], clock: m[1 : clockGroups+1], text: m[clockGroups+2], ok: true}
		}
	case ShapeColon:
		return colonLine(line)
	case ShapeMarked:
		return markedLine(marked, nameFirst, line)
	}
	return message{}
}

// colonLine reads `昵称：内容`; a name that is long, a link or a time
// (`20:01`) is not one.
func colonLine(line string) message {
	if !strings.ContainsAny(line, ":：") {
		return message{}
	}
	m := colonRe.FindStringSubmatch(line)
	if m == nil || utf8.RuneCountInString(m[1]) > maxPasteName {
		return message{}
	}
	name, sep, text := m[1], m[2], m[3]
	if sep == ":" && (endsWithDigit(name) || strings.Contains(name, "http") || strings.Contains(name, "//")) {
		return message{}
	}
	return message{name: name, text: text, ok: true}
}

func endsWithDigit(s string) bool {
	return s != "" && s[len(s)-1] >= '0' && s[len(s)-1] <= '9'
}

// inline tells whether a shape has the message's text on its first line.
func (sh Shape) inline() bool { return sh == ShapeBracket || sh == ShapeColon }

// sniffedShapes are tried in this order; a tie goes to the earlier one.
var sniffedShapes = []Shape{ShapeBracket, ShapeTimeName, ShapeNameTime, ShapeColon}

// shapeLines is how many non-blank lines tell a paste's shape.
const shapeLines = 2000

// shapeCounter tells a paste's shape from how many lines each shape reads.
type shapeCounter struct {
	counts map[Shape]int
	lines  int
}

func (c *shapeCounter) add(line string) {
	if line == "" || isSystemLine(line) != "" || isClockLine(line) || isDateLine(line) {
		return
	}
	c.lines++
	for _, sh := range sniffedShapes {
		if readLine(sh, line, nil, false).ok {
			c.counts[sh]++
		}
	}
}

// best is the shape that read most lines, "" when none read any.
func (c *shapeCounter) best() Shape {
	var best Shape
	for _, sh := range sniffedShapes {
		if c.counts[sh] > c.counts[best] {
			best = sh
		}
	}
	return best
}

func isDateLine(line string) bool {
	_, _, ok := readDateLine(line, time.Time{})
	return ok
}
