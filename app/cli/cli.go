// Package cli is Qunzhu's headless command line: the same binary, given a
// subcommand, works on the database without a window. JSON goes to stdout,
// localized errors to stderr, and the exit code is non-zero on failure.
package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/signal"
	"slices"
	"strings"
	"syscall"

	"qunzhu/app"
	"qunzhu/backend/errs"
	"qunzhu/backend/workspace"
	"qunzhu/locales"
)

// Env is what a command runs with.
type Env struct {
	Ctx    context.Context
	DB     string // --db, or "" for the default path
	Args   []string
	Stdout io.Writer
	Stderr io.Writer
	Stdin  io.Reader // nil: os.Stdin
	Lang   string
}

type command struct {
	name    string
	summary string
	run     func(env *Env) error
	noDB    bool
}

var commands []command

func init() {
	commands = []command{
		{name: "help", summary: "show this help", run: runHelp, noDB: true},
		{name: "version", summary: "print the version as JSON", run: runVersion, noDB: true},
		{name: "groups", summary: "groups list [--archived] [--json] | add --name N --platform P --purpose P --capacity N ... | import FILE.json | archive ID | restore ID", run: runGroups},
		{name: "members", summary: "members import FILE [--group NAME] [--on-duplicate update|skip|keep] [--skip-invalid] [--platform P] [--sheet S] [--choose ROW=ID|new,...] | list [--search Q] [--group NAME] [--segment NAME] [--tier T,..] [--stage S,..] [--limit N] [--sort COL [--desc]] --json | export --out FILE.csv|FILE.xlsx [--search Q] [--group NAME] [--segment NAME]", run: runMembers},
		{name: "activity", summary: "activity import FILE [--group NAME] [--platform P]: chat or comment export (WhatsApp, WeChat, QQ, Telegram, Douyin comments) or a CSV of member, time, kind, value (--platform for its rows); activity paste FILE|- [--group NAME] [--platform douyin] [--date YYYY-MM-DD]: chat text copied from a chat client (messages without a date get --date, default today)", run: runActivity},
		{name: "keywords", summary: "keywords list --json | hits [--group NAME] [--severity N] [--state pending|noted|reminded|handled] [--category C] [--word W] [--from D --to D] [--limit N] --json | add TEXT --category negative|competitor|adlaw|custom --severity 1-3 [--note N] | delete ID | scan", run: runKeywords},
		{name: "invites", summary: "invites render --template-file FILE|--template NAME [--segment NAME] [--group NAME] --out FILE.csv|FILE.xlsx: draft an invitation per recipient (a line --- starts variant B); prints {\"drafts\":N,\"warnings\":[...]} | rewards --campaign NAME --json: each inviter's invitees joined in the campaign's period and the ladder step reached (0: none), {\"inviters\":[{\"nickname\",\"invited\",\"step\"}]}", run: runInvites},
		{name: "dashboard", summary: "dashboard [--group NAME] [--days N | --from D --to D] --json: the dashboard's numbers for a group or all groups over the last N days (30) or a period", run: runDashboard},
		{name: "funnel", summary: "funnel [--group NAME] [--days N | --from D --to D] --json: the shop funnel (click → inquiry → purchase) of a group or all groups over the last N days (30) or a period: events and members per step, rates, revenue (purchase values as imported), purchases by tier, members sold to before the trust days (15) in the group", run: runFunnel},
		{name: "review", summary: "review --group NAME [--from D --to D] [--json | --text]: the week (default: this week) reviewed against its plan: each item's messages and speakers in the hours after it against the same hours of the 4 weeks before (lift), the KPIs against the period before, the 7-2-1 mix planned and done, who entered and left the KOC and slipping-away lists (kocChanges, slippingChanges), suggestions", run: runReview},
		{name: "health", summary: "health [--group NAME] [--days N | --from D --to D] --json: Group health (the dashboard's KPIs by the same definitions, and messages by weekday and hour) for a group or all groups", run: runHealth},
		{name: "badges", summary: "badges list [--group NAME] [--badge B] --json: the badges members hold, newest first, with the day earned and the source (rule, hand); badges evaluate: work the rule badges out again", run: runBadges},
		{name: "tiers", summary: "tiers recompute: work out every member's tier and stage from the activity; prints the counts", run: runTiers},
		{name: "points", summary: "points leaderboard [--group NAME] [--period week|month|all] [--limit N] --json: the members with the most points and their level | recompute: work out every member's points again; prints {\"members\":N,\"events\":N}", run: runPoints},
		{name: "lottery", summary: "lottery draw --entrants FILE --source VALUES [--source VALUES ...] --winners N | --tiers NAME:N,NAME:N [--alternates M] [--certificate OUT.json] | verify CERT.json --entrants FILE: an RFC 3797 draw anyone can recompute (verified only from the list; exit 1 otherwise)", run: runLottery, noDB: true},
		{name: "jielong", summary: "jielong parse FILE --json: read a 接龙 (#接龙 text) into its title and numbered entries", run: runJielong, noDB: true},
		{name: "votes", summary: "votes parse FILE --options \"A,B,C\" [--multiple] [--max N] --json: read pasted chat lines or a 接龙 into a tally, with the lines that could not be read", run: runVotes, noDB: true},
		{name: "planner", summary: "planner week [--group NAME] [--date D]: the week as text | apply --group NAME [--template weekly_sop|daily_checkin|challenge_21|launch_week] [--start D] [--weeks N] | today: what is due today with the texts to paste (JSON)", run: runPlanner},
		{name: "sample", summary: "sample [--members N] [--months M] [--seed S] [--date YYYY-MM-DD]: fill an empty database with the deterministic demo workspace (three groups, members, months of activity, invitations, a poll, a draw, a planned week)", run: runSample},
		{name: "backup", summary: "backup --out FILE: write a backup of the database", run: runBackup},
		{name: "backups", summary: "backups: list the automatic and manual backups", run: runBackups},
		{name: "restore", summary: "restore FILE: replace the data with a backup (the current data is backed up first)", run: runRestore},
	}
}

// SplitDB takes --db PATH / --db=PATH out of args.
func SplitDB(args []string) (db string, rest []string) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case (a == "--db" || a == "-db") && i+1 < len(args):
			db = args[i+1]
			i++
		case strings.HasPrefix(a, "--db=") || strings.HasPrefix(a, "-db="):
			db = a[strings.Index(a, "=")+1:]
		default:
			rest = append(rest, a)
		}
	}
	return db, rest
}

// windowFlags are the flags Wails' dev and bindings builds read from the
// command line themselves (wails dev, wails generate module); older macOS
// adds -psn_... to an app launched from the Finder.
var windowFlags = []string{"assetdir", "devserver", "frontenddevserverurl", "loglevel",
	"tsprefix", "tssuffix", "tsoutputtype"}

// OpensWindow tells whether args (after --db) ask for the window: none at
// all, or only Wails' own flags. Anything else (a command, a typo, an
// unknown flag) is for Run, which answers the usage error to what it does
// not know.
func OpensWindow(args []string) bool {
	for i := 0; i < len(args); i++ {
		name, _, hasValue := strings.Cut(strings.TrimLeft(args[i], "-"), "=")
		switch {
		case !strings.HasPrefix(args[i], "-"):
			return false
		case strings.HasPrefix(args[i], "-psn_"):
		case !slices.Contains(windowFlags, name):
			return false
		case !hasValue:
			i++ // the flag's value is the next argument
		}
	}
	return true
}

// Run runs the subcommand in env.Args and returns the exit code. Ctrl-C
// (or SIGTERM) cancels the command's context, so a long command (an import,
// the sample) stops and keeps nothing half-made; a second one kills.
func Run(env *Env) int {
	ctx, stop := signal.NotifyContext(env.Ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	context.AfterFunc(ctx, stop)
	e := *env
	e.Ctx, env = ctx, &e
	if env.Lang == "" {
		env.Lang = locales.Match(locales.System())
	}
	i := slices.IndexFunc(commands, func(c command) bool { return len(env.Args) > 0 && c.name == env.Args[0] })
	if i < 0 { // a typo, an unknown flag: the usage error and the commands, on stderr
		report(env, usage())
		env.Stdout = env.Stderr
		runHelp(env)
		return 2
	}
	err := commands[i].run(env)
	if err != nil {
		report(env, err)
		if errs.CodeOf(err) == errs.Invalid && errs.As(err).Key == "err.cli.usage" {
			return 2
		}
		return 1
	}
	return 0
}

// open opens the workspace for a command.
func open(env *Env) (*workspace.Workspace, error) {
	path := env.DB
	if path == "" {
		var err error
		if path, err = workspace.DefaultDBPath(); err != nil {
			return nil, err
		}
	}
	return workspace.Open(env.Ctx, path)
}

func usage() error { return errs.New(errs.Invalid, "err.cli.usage", nil) }

func printJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// report writes a localized error, with its fields, to stderr.
func report(env *Env, err error) {
	d := app.FormatError(err, env.Lang, nil)
	fmt.Fprintf(env.Stderr, "error: %s\n", d.Message)
	for _, name := range sortedKeys(d.Fields) {
		fmt.Fprintf(env.Stderr, "  %s: %s\n", name, d.Fields[name].Message)
	}
	if d.Code == errs.Internal {
		fmt.Fprintf(env.Stderr, "  (%v)\n", err)
	}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func runHelp(env *Env) error {
	fmt.Fprintln(env.Stdout, "usage: qunzhu [--db PATH] COMMAND [ARGS]\n\nWithout a command, qunzhu opens its window.\n\ncommands:")
	for _, c := range commands {
		fmt.Fprintf(env.Stdout, "  %-9s %s\n", c.name, c.summary)
	}
	return nil
}

func runVersion(env *Env) error {
	return printJSON(env.Stdout, map[string]any{"version": app.Version, "schema": latestSchema()})
}
