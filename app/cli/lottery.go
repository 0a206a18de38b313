package cli

import (
	"io"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"

	"qunzhu/app"
	"qunzhu/backend/errs"
	"qunzhu/backend/lottery"
	"qunzhu/backend/sheets"
	"qunzhu/locales"
)

// runLottery: `lottery draw` and `lottery verify` need no database: they
// are what a fan runs to check a draw.
func runLottery(env *Env) error {
	if len(env.Args) < 2 {
		return usage()
	}
	switch env.Args[1] {
	case "draw":
		return lotteryDraw(env, env.Args[2:])
	case "verify":
		return lotteryVerify(env, env.Args[2:])
	}
	return usage()
}

type sourceFlags []string

func (s *sourceFlags) String() string     { return strings.Join(*s, " / ") }
func (s *sourceFlags) Set(v string) error { *s = append(*s, v); return nil }

// drawnPick is a pick as `lottery draw` prints it.
type drawnPick struct {
	Position int    `json:"position"`
	Name     string `json:"name"`
	Tier     string `json:"tier,omitempty"` // with --tiers
}

type drawReport struct {
	Entrants   int         `json:"entrants"`
	ListSHA256 string      `json:"listSha256"`
	Key        string      `json:"key"`
	Winners    []drawnPick `json:"winners"`
	Alternates []drawnPick `json:"alternates"`
}

func lotteryDraw(env *Env, args []string) error {
	fs := newFlags("lottery draw")
	var sources sourceFlags
	entrants := fs.String("entrants", "", "")
	fs.Var(&sources, "source", "")
	winners := fs.Int("winners", 0, "")
	tiersFlag := fs.String("tiers", "", "")
	alternates := fs.Int("alternates", -1, "")
	certOut := fs.String("certificate", "", "")
	fs.Bool("json", true, "")
	if fs.Parse(args) != nil || fs.NArg() > 0 || *entrants == "" || len(sources) == 0 {
		return usage()
	}
	tiers := []lottery.Tier{{Name: "winners", Count: *winners}}
	if *tiersFlag != "" {
		var ok bool
		if tiers, ok = parseTiers(*tiersFlag); !ok {
			return usage()
		}
	} else if *winners < 1 {
		return usage()
	}
	list, err := readEntrants(*entrants)
	if err != nil {
		return err
	}
	spec := lottery.Spec{Entrants: list, Tiers: tiers, Alternates: *alternates}
	for i, v := range sources {
		spec.Sources = append(spec.Sources, lottery.Source{Label: "source " + strconv.Itoa(i+1), Values: v})
	}
	res, err := lottery.Draw(spec)
	if err != nil {
		return err
	}
	if *certOut != "" {
		if err := writeJSONFile(*certOut, lottery.NewCertificate(spec, res, lottery.ModeVerifiable)); err != nil {
			return err
		}
	}
	named := *tiersFlag != ""
	return printJSON(env.Stdout, drawReport{Entrants: res.Entrants, ListSHA256: res.ListSHA256, Key: res.Key,
		Winners: printable(res.Winners, tiers, named), Alternates: printable(res.Alternates, tiers, false)})
}

func printable(ps []lottery.Pick, tiers []lottery.Tier, named bool) []drawnPick {
	out := make([]drawnPick, len(ps))
	for i, p := range ps {
		out[i] = drawnPick{Position: p.Position, Name: p.Name}
		if named && p.Tier >= 0 {
			out[i].Tier = tiers[p.Tier].Name
		}
	}
	return out
}

// parseTiers reads "一等奖:1,二等奖:3" (names with their counts, in drawing order).
func parseTiers(s string) ([]lottery.Tier, bool) {
	var out []lottery.Tier
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == '，' }) {
		i := strings.LastIndexAny(part, ":：")
		if i <= 0 {
			return nil, false
		}
		_, w := utf8.DecodeRuneInString(part[i:])
		n, err := strconv.Atoi(strings.TrimSpace(part[i+w:]))
		if err != nil || n < 1 {
			return nil, false
		}
		out = append(out, lottery.Tier{Name: strings.TrimSpace(part[:i]), Count: n})
	}
	return out, len(out) > 0
}

// verifyReport is what `lottery verify` prints: verified is true only when
// everything was recomputed from the entrant list; otherwise reason says why.
type verifyReport struct {
	Verified bool            `json:"verified"`
	Outcome  string          `json:"outcome"`
	Reason   string          `json:"reason"`
	Checks   []lottery.Check `json:"checks"`
}

// lotteryVerify exits 0 only for a verified certificate: without the list
// it is incomplete, an instant draw is not publicly verifiable, and a
// mismatch or a field out of bounds fails, each with its reason.
func lotteryVerify(env *Env, args []string) error {
	fs := newFlags("lottery verify")
	entrants := fs.String("entrants", "", "")
	fs.Bool("json", true, "")
	file, rest := firstArg(args)
	if file == "" || fs.Parse(rest) != nil || fs.NArg() > 0 {
		return usage()
	}
	cert, list, err := verifyInputs(file, *entrants)
	if err != nil { // still a verdict on stdout, for scripts reading it
		msg := app.FormatError(err, env.Lang, nil).Message
		printJSON(env.Stdout, verifyReport{Outcome: lottery.Invalid, Reason: msg, Checks: []lottery.Check{}})
		return err
	}
	rep := lottery.Verify(cert, list)
	out := verifyReport{Verified: rep.Verified, Outcome: rep.Outcome, Checks: rep.Checks,
		Reason: locales.Localize(env.Lang, rep.Reason, rep.Params)}
	if err := printJSON(env.Stdout, out); err != nil {
		return err
	}
	if !rep.Verified {
		return errs.New(errs.Conflict, rep.Reason, rep.Params)
	}
	return nil
}

func verifyInputs(certFile, listFile string) (lottery.Certificate, []string, error) {
	cert, err := readCertificate(certFile)
	if err != nil || listFile == "" {
		return cert, nil, err
	}
	list, err := readEntrants(listFile)
	if list == nil { // a file without entrants is a list, an empty one: it matches no certificate
		list = []string{}
	}
	return cert, list, err
}

func readCertificate(file string) (lottery.Certificate, error) {
	b, err := readAtMost(file, lottery.MaxCertificateBytes)
	if err != nil {
		return lottery.Certificate{}, err
	}
	return lottery.ParseCertificate(file, b)
}

// readEntrants reads an entrant list file (UTF-8, with or without BOM, or GBK).
func readEntrants(path string) ([]string, error) {
	text, err := readText(path)
	if err != nil {
		return nil, err
	}
	return lottery.ReadList(strings.NewReader(text))
}

func readText(path string) (string, error) {
	b, err := readAtMost(path, maxTextFile)
	if err != nil {
		return "", err
	}
	text, _, err := sheets.Decode(b)
	return text, err
}

// maxTextFile bounds a list or pasted-text file read whole into memory.
const maxTextFile = 1 << 30

func readAtMost(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, errs.New(errs.Invalid, "err.lottery.file_read", errs.Params{"File": path})
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, errs.New(errs.Invalid, "err.lottery.file_read", errs.Params{"File": path})
	}
	if int64(len(b)) > limit {
		return nil, errs.New(errs.Invalid, "err.lottery.file_large", errs.Params{"File": path, "Max": limit >> 20})
	}
	return b, nil
}

func writeJSONFile(path string, v any) error {
	f, err := os.Create(path)
	if err != nil {
		return errs.Wrap(err, "create "+path)
	}
	if err := printJSON(f, v); err != nil {
		f.Close()
		return errs.Wrap(err, "write "+path)
	}
	return errs.Wrap(f.Close(), "close "+path)
}
