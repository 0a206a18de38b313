package cli

import (
	"strings"

	"qunzhu/backend/jielong"
	"qunzhu/backend/polls"
)

// runJielong: `jielong parse FILE --json` (no database).
func runJielong(env *Env) error {
	if len(env.Args) < 2 || env.Args[1] != "parse" {
		return usage()
	}
	fs := newFlags("jielong parse")
	fs.Bool("json", true, "")
	file, rest := firstArg(env.Args[2:])
	if file == "" || fs.Parse(rest) != nil || fs.NArg() > 0 {
		return usage()
	}
	text, err := readText(file)
	if err != nil {
		return err
	}
	note, err := jielong.Parse(text)
	if err != nil {
		return err
	}
	type entry struct {
		N    int    `json:"n"`
		Text string `json:"text"`
	}
	out := struct {
		Title   string  `json:"title"`
		Entries []entry `json:"entries"`
	}{Title: note.Title, Entries: []entry{}}
	for _, e := range note.Entries {
		out.Entries = append(out.Entries, entry{e.N, e.Text})
	}
	return printJSON(env.Stdout, out)
}

type tallyRow struct {
	Option string `json:"option"`
	Votes  int    `json:"votes"`
}

type votesReport struct {
	Tally      []tallyRow     `json:"tally"`
	Voters     int            `json:"voters"`
	Votes      []polls.Vote   `json:"votes"`
	Unread     []polls.Unread `json:"unread"`
	Superseded int            `json:"superseded"`
}

// runVotes: `votes parse FILE --options "A,B,C" [--multiple] [--max N]`:
// pasted chat lines, or a 接龙 pasted back, read into votes (no database).
func runVotes(env *Env) error {
	if len(env.Args) < 2 || env.Args[1] != "parse" {
		return usage()
	}
	fs := newFlags("votes parse")
	options := fs.String("options", "", "")
	multiple := fs.Bool("multiple", false, "")
	maxChoices := fs.Int("max", 0, "")
	fs.Bool("json", true, "")
	file, rest := firstArg(env.Args[2:])
	if file == "" || fs.Parse(rest) != nil || fs.NArg() > 0 {
		return usage()
	}
	opts := splitOptions(*options)
	if len(opts) < polls.MinOptions || len(opts) > polls.MaxOptions {
		return usage()
	}
	text, err := readText(file)
	if err != nil {
		return err
	}
	r := polls.ReadText(text, opts, polls.Rules{Multiple: *multiple, Max: *maxChoices})
	rep := votesReport{Voters: len(r.Votes), Votes: r.Votes, Unread: r.Unread, Superseded: len(r.Superseded)}
	for i, o := range opts {
		rep.Tally = append(rep.Tally, tallyRow{Option: o, Votes: r.Tally[i]})
	}
	return printJSON(env.Stdout, rep)
}

func splitOptions(s string) []string {
	var out []string
	for _, o := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == '，' }) {
		if o = strings.TrimSpace(o); o != "" {
			out = append(out, o)
		}
	}
	return out
}
