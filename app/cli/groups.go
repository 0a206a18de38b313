package cli

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"text/tabwriter"

	"qunzhu/app"
	"qunzhu/backend/errs"
	"qunzhu/backend/groups"
	"qunzhu/backend/store"
	"qunzhu/backend/workspace"
)

func latestSchema() int { return store.LatestVersion() }

func runGroups(env *Env) error {
	if len(env.Args) < 2 {
		return usage()
	}
	sub := map[string]func(*Env, *workspace.Workspace, []string) error{
		"list": groupsList, "add": groupsAdd, "import": groupsImport,
		"archive": groupsArchive, "restore": groupsRestore,
	}[env.Args[1]]
	if sub == nil {
		return usage()
	}
	ws, err := open(env)
	if err != nil {
		return err
	}
	defer ws.Close()
	return sub(env, ws, env.Args[2:])
}

func newFlags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

func groupsList(env *Env, ws *workspace.Workspace, args []string) error {
	fs := newFlags("groups list")
	archived := fs.Bool("archived", false, "list archived groups")
	asJSON := fs.Bool("json", false, "print JSON")
	if fs.Parse(args) != nil || fs.NArg() > 0 {
		return usage()
	}
	gs, err := ws.Groups.List(env.Ctx, groups.Filter{Archived: *archived})
	if err != nil {
		return err
	}
	if *asJSON {
		return printJSON(env.Stdout, app.ToGroupDTOs(gs))
	}
	tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tNAME\tPLATFORM\tPURPOSE\tCAPACITY")
	for _, g := range gs {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%d\n", g.ID, g.Name, g.Platform, g.Purpose, g.Capacity)
	}
	return tw.Flush()
}

func groupsAdd(env *Env, ws *workspace.Workspace, args []string) error {
	var in groups.Input
	fs := newFlags("groups add")
	fs.StringVar(&in.Name, "name", "", "")
	fs.StringVar(&in.Platform, "platform", "", "")
	fs.StringVar(&in.Purpose, "purpose", "core", "")
	fs.StringVar(&in.CustomPurpose, "custom-purpose", "", "")
	fs.IntVar(&in.Capacity, "capacity", 500, "")
	fs.IntVar(&in.MinDaysFollowed, "min-days", 0, "")
	fs.IntVar(&in.MinFanLevel, "min-level", 0, "")
	fs.BoolVar(&in.IronFansOnly, "iron-only", false, "")
	fs.StringVar(&in.JoinCode, "join-code", "", "")
	fs.StringVar(&in.Announcement, "announcement", "", "")
	fs.StringVar(&in.Rules, "rules", "", "")
	if fs.Parse(args) != nil || fs.NArg() > 0 {
		return usage()
	}
	g, err := ws.Groups.Create(env.Ctx, in)
	if err != nil {
		return err
	}
	return printJSON(env.Stdout, app.ToGroupDTO(g))
}

// groupsImport adds every group in a JSON list in one transaction, reporting
// progress on stderr.
func groupsImport(env *Env, ws *workspace.Workspace, args []string) error {
	if len(args) != 1 {
		return usage()
	}
	ins, err := readGroupFile(args[0])
	if err != nil {
		return err
	}
	n, err := ws.Groups.CreateMany(env.Ctx, ins, progressLines(env.Stderr))
	if err != nil {
		return err
	}
	return printJSON(env.Stdout, map[string]int{"imported": n})
}

func readGroupFile(path string) ([]groups.Input, error) {
	body, err := os.ReadFile(path)
	if err != nil {
		return nil, errs.New(errs.Invalid, "err.import.file", errs.Params{"Path": path})
	}
	var dtos []app.GroupInput
	if err := json.Unmarshal(body, &dtos); err != nil {
		return nil, errs.New(errs.Invalid, "err.import.format", errs.Params{"Path": path, "Detail": err.Error()})
	}
	ins := make([]groups.Input, len(dtos))
	for i, d := range dtos {
		ins[i] = groups.Input(d)
	}
	return ins, nil
}

func groupsArchive(env *Env, ws *workspace.Workspace, args []string) error {
	return groupByID(env, args, ws.Groups.Archive)
}

func groupsRestore(env *Env, ws *workspace.Workspace, args []string) error {
	return groupByID(env, args, ws.Groups.Restore)
}

func groupByID(env *Env, args []string, fn func(ctx contextT, id int64) (groups.Group, error)) error {
	if len(args) != 1 {
		return usage()
	}
	id, err := strconv.ParseInt(args[0], 10, 64)
	if err != nil {
		return usage()
	}
	g, err := fn(env.Ctx, id)
	if err != nil {
		return err
	}
	return printJSON(env.Stdout, app.ToGroupDTO(g))
}

// progressLines reports progress as JSON lines {"done":N,"total":N}, about
// a hundred of them for the whole job.
func progressLines(w io.Writer) func(done, total int) {
	enc := json.NewEncoder(w)
	last := -1
	return func(done, total int) {
		if bucket := done * 100 / max(1, total); bucket != last || done == total {
			last = bucket
			_ = enc.Encode(map[string]int{"done": done, "total": total})
		}
	}
}
