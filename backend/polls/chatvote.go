package polls

import (
	"regexp"
	"strings"

	"qunzhu/backend/fold"
	"qunzhu/backend/jielong"
)

// Rules are how many options a voter may pick.
type Rules struct {
	Multiple bool
	Max      int // for multiple choice; 0 for any number
}

// Vote is one person's vote read from text.
type Vote struct {
	Name    string `json:"name"` // "" when the line carried no name
	Choices []int  `json:"choices"`
	Line    int    `json:"line"`
	Text    string `json:"text"`
}

// Unread is a line that could not be counted, for the user to decide.
type Unread struct {
	Line   int    `json:"line"`
	Text   string `json:"text"`
	Reason string `json:"reason"`
	Name   string `json:"name"`
}

// Reading is the outcome of reading pasted votes.
type Reading struct {
	Votes      []Vote   `json:"votes"`      // the last vote of each person, in line order
	Tally      []int    `json:"tally"`      // per option
	Unread     []Unread `json:"unread"`     // lines that could not be counted
	Superseded []Vote   `json:"superseded"` // earlier votes replaced by a later one
}

var (
	// "小明 12:01", "小明 2026/12/3 12:01:05", "2026-12-03 12:01:05 小明" (WeChat and QQ copies)
	stampAfter  = regexp.MustCompile(`^(.+?)\s+(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+)?\d{1,2}:\d{2}(?::\d{2})?$`)
	stampBefore = regexp.MustCompile(`^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+)?\d{1,2}:\d{2}(?::\d{2})?\s+(.+)$`)
	bracketTime = regexp.MustCompile(`^\[[^\]]{1,25}\]\s*`)
	// "12/3/26, 20:01 - " (WhatsApp Android), "2026/12/3 20:01:05 " before "name: text"
	dashTime = regexp.MustCompile(`^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?\s+(?:-\s+)?`)
	// a QQ number or an id after a sender's name: "小明(12345)", "小明<wxid_x>"
	idSuffix = regexp.MustCompile(`\s*(?:\(\d{5,12}\)|（\d{5,12}）|<[^<>]{1,40}>)$`)
)

// ReadChat reads pasted chat text into votes: each line either names its
// voter ("小明 A", "小明：选B", "Tom b+c") or follows a sender line that
// does ("小明 12:01"); the last vote of each person counts.
func ReadChat(text string, options []string, rules Rules) Reading {
	r := newReading(len(options))
	speaker := ""
	for i, raw := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		line := strings.TrimSpace(bracketTime.ReplaceAllString(strings.TrimSpace(raw), ""))
		if rest := dashTime.ReplaceAllString(line, ""); rest != line && strings.ContainsAny(rest, ":：") {
			line = rest // a timestamped "name: text" line
		}
		if line == "" {
			continue
		}
		if name, ok := senderLine(line); ok {
			speaker = name
			continue
		}
		r.add(i+1, line, speaker, options, rules)
	}
	return r.finish()
}

// ReadEntries reads 接龙 entries ("name vote") the same way.
func ReadEntries(entries []EntryText, options []string, rules Rules) Reading {
	r := newReading(len(options))
	for _, e := range entries {
		line, _, more := strings.Cut(e.Text, "\n")
		line = strings.TrimSpace(line)
		if _, _, reason := SplitLine(line, options); reason == UnreadNoVote && more {
			line = strings.Join(strings.Fields(e.Text), " ") // "1. 阿花" with the vote on the next line
		}
		r.add(e.Line, line, "", options, rules)
	}
	return r.finish()
}

// EntryText is a 接龙 entry as ReadEntries takes it.
type EntryText struct {
	Line int
	Text string
}

func senderLine(line string) (string, bool) {
	if m := stampAfter.FindStringSubmatch(line); m != nil {
		return senderName(m[1]), true
	}
	if m := stampBefore.FindStringSubmatch(line); m != nil && !strings.ContainsAny(m[1], ":：") {
		return senderName(m[1]), true
	}
	if name, ok := strings.CutSuffix(line, ":"); ok && name != "" && !strings.ContainsAny(name, ":：") {
		return name, true
	}
	if name, ok := strings.CutSuffix(line, "："); ok && name != "" {
		return name, true
	}
	return "", false
}

type reading struct {
	Reading
	byPerson map[string]int // fold.Name(name) -> index in Votes
}

func newReading(options int) *reading {
	return &reading{Reading: Reading{Votes: []Vote{}, Tally: make([]int, options), Unread: []Unread{}, Superseded: []Vote{}},
		byPerson: map[string]int{}}
}

func (r *reading) add(line int, text, speaker string, options []string, rules Rules) {
	written, choices, reason := SplitLine(text, options)
	if written == "" {
		written = speaker
	}
	name := fold.Name(written) // 小美 and 小美🌸 are two people
	if reason == "" && written != "" && name == "" {
		reason = UnreadInvalidName
	}
	if reason == "" {
		reason = rules.check(choices)
	}
	if reason != "" {
		r.Unread = append(r.Unread, Unread{Line: line, Text: text, Reason: reason, Name: name})
		return
	}
	v := Vote{Name: name, Choices: choices, Line: line, Text: text}
	if j, seen := r.byPerson[name]; seen && name != "" {
		r.Superseded = append(r.Superseded, r.Votes[j])
		r.Votes[j].Line = -1 // dropped in finish
	}
	r.byPerson[name] = len(r.Votes)
	r.Votes = append(r.Votes, v)
}

func (rules Rules) check(choices []int) string {
	if !rules.Multiple && len(choices) > 1 {
		return UnreadTooMany
	}
	if rules.Multiple && rules.Max > 0 && len(choices) > rules.Max {
		return UnreadTooMany
	}
	return ""
}

func (r *reading) finish() Reading {
	kept := r.Votes[:0]
	for _, v := range r.Votes {
		if v.Line < 0 {
			continue
		}
		kept = append(kept, v)
		for _, c := range v.Choices {
			r.Tally[c]++
		}
	}
	r.Votes = kept
	return r.Reading
}

// ReadText reads pasted text: a 接龙 pasted back (it starts with #接龙)
// entry by entry, anything else as chat lines.
func ReadText(text string, options []string, rules Rules) Reading {
	note, err := jielong.Parse(text)
	if err != nil || len(note.Entries) == 0 {
		return ReadChat(text, options, rules)
	}
	entries := make([]EntryText, len(note.Entries))
	for i, e := range note.Entries {
		entries[i] = EntryText{Line: e.Line, Text: e.Text}
	}
	return ReadEntries(entries, options, rules)
}
