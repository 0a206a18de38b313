package chatlog

import (
	"regexp"
	"strings"

	"qunzhu/backend/errs"
)

// Sample is one line of a paste split where the operator marked the name
// and the time: Before, then the first marked part, Between, the second,
// After. TimeFirst tells which part came first.
type Sample struct {
	Before    string `json:"before"`
	Name      string `json:"name"`
	Between   string `json:"between"`
	Time      string `json:"time"`
	After     string `json:"after"`
	TimeFirst bool   `json:"timeFirst"`
}

// Pattern is the shape of a paste learnt from a marked Sample: the
// separators around the name and the time, and whether the text follows
// on the same line.
type Pattern struct {
	Prefix    string `json:"prefix"`
	Between   string `json:"between"`
	After     string `json:"after"`
	TimeFirst bool   `json:"timeFirst"`
	Inline    bool   `json:"inline"`
}

// Errors of a marked sample.
const (
	keySampleName = "err.paste.sample_name"
	keySampleTime = "err.paste.sample_time"
)

// Learn derives the paste's pattern from a marked sample, refusing one
// whose name is blank or whose time does not read as a time.
func Learn(s Sample) (Pattern, error) {
	if strings.TrimSpace(s.Name) == "" {
		return Pattern{}, errs.New(errs.Invalid, keySampleName, nil)
	}
	if !clockOnly.MatchString(strings.TrimSpace(s.Time)) {
		return Pattern{}, errs.New(errs.Invalid, keySampleTime, errs.Params{"Time": s.Time})
	}
	sep, rest := leadingSeparator(s.After)
	return Pattern{Prefix: strings.TrimSpace(s.Before), Between: strings.TrimSpace(s.Between),
		After: strings.TrimSpace(sep), TimeFirst: s.TimeFirst, Inline: strings.TrimSpace(rest) != ""}, nil
}

// separators are what may stand between a header's parts and its text.
const separators = " \t\u00a0\u3000:：-—|>»]】)）,，"

// leadingSeparator splits off the punctuation and spaces at the start of s.
func leadingSeparator(s string) (sep, rest string) {
	rest = strings.TrimLeft(s, separators)
	return s[:len(s)-len(rest)], rest
}

// regexp is the pattern as a regular expression over a whole line: the
// name group, the clockExpr groups, and the text group when inline.
func (p Pattern) regexp() (*regexp.Regexp, error) {
	name, clock := `(.+?)`, `(?:`+clockExpr+`)`
	first, second := name, clock
	if p.TimeFirst {
		first, second = clock, name
	}
	expr := `^\s*` + literal(p.Prefix) + first + `\s*` + literal(p.Between) + second
	switch {
	case !p.Inline:
		expr += `\s*` + literal(p.After) + `$`
	case p.After == "": // only spaces before the text: the name ends at the first
		expr += `\s+(.*)$`
	default:
		expr += `\s*` + literal(p.After) + `(.*)$`
	}
	re, err := regexp.Compile(expr)
	return re, errs.Wrap(err, "compile paste pattern")
}

// literal matches s with any run of spaces in it matching any spaces.
func literal(s string) string {
	var b strings.Builder
	for i, part := range strings.Fields(strings.ToValidUTF8(s, "\ufffd")) {
		if i > 0 {
			b.WriteString(`\s*`)
		}
		b.WriteString(regexp.QuoteMeta(part))
	}
	if b.Len() > 0 {
		b.WriteString(`\s*`)
	}
	return b.String()
}

// markedLine reads line with the learnt pattern's expression.
func markedLine(re *regexp.Regexp, timeFirst bool, line string) message {
	if re == nil {
		return message{}
	}
	m := re.FindStringSubmatch(line)
	if m == nil {
		return message{}
	}
	msg := message{ok: true}
	if timeFirst {
		msg.clock, msg.name = m[1:clockGroups+1], m[clockGroups+1]
	} else {
		msg.name, msg.clock = m[1], m[2:clockGroups+2]
	}
	if len(m) > clockGroups+2 {
		msg.text = m[clockGroups+2]
	}
	return msg
}
