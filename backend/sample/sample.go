// Package sample fills an empty database with a realistic, deterministic
// demo workspace: three groups on different platforms, a few thousand
// members with half a year of activity (a weekly rhythm, a long tail of
// quiet members), invitations, a poll, a draw and a planned week. The same
// options always make the same data.
package sample

import (
	"context"
	"math/rand/v2"
	"sync"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/groups"
	"qunzhu/backend/members"
	"qunzhu/backend/workspace"
)

// Limits on the options.
const (
	MaxMembers = 200000
	MaxMonths  = 24
)

// Options say how big the workspace is and from which seed.
type Options struct {
	Members int       // about this many members (100–200,000)
	Months  int       // of activity up to Now (1–24)
	Seed    uint64    // same seed, same data
	Now     time.Time // the last day of activity (wall clock)
	Lang    string    // language of the group names, texts and plans

	// Progress, when set, hears how much is done (of total) after each
	// step, and more often during the long ones.
	Progress func(done, total int)
}

// Defaults are the demo's options at now.
func Defaults(now time.Time, lang string) Options {
	return Options{Members: 5000, Months: 6, Seed: 7, Now: now, Lang: lang}
}

// Validate checks the sizes.
func (o Options) Validate() error {
	f := errs.Fields{}
	if o.Members < 100 || o.Members > MaxMembers {
		f.Add("members", "err.sample.members", errs.Params{"Min": 100, "Max": MaxMembers})
	}
	if o.Months < 1 || o.Months > MaxMonths {
		f.Add("months", "err.sample.months", errs.Params{"Max": MaxMonths})
	}
	if o.Now.IsZero() {
		f.Add("now", "err.sample.now", nil)
	}
	return f.Err()
}

// Report is what the sample made.
type Report struct {
	Groups      int
	Members     int
	Events      int
	Polls       int
	Lotteries   int
	Invitations int
	PlanItems   int
	Admins      int
	Violations  int
}

// Create fills ws, which must hold no groups and no members. It is all or
// nothing, also when the process is killed: the sample is made in a
// scratch copy of the database and goes in whole at the end (inScratch).
// When a step fails or ctx is cancelled, the copy is thrown away and the
// error returned (cancellation as errs.ErrCancelled). One sample runs at
// a time.
func Create(ctx context.Context, ws *workspace.Workspace, o Options) (Report, error) {
	if err := o.Validate(); err != nil {
		return Report{}, err
	}
	if !running.TryLock() {
		return Report{}, errs.New(errs.Conflict, "err.sample.running", nil)
	}
	defer running.Unlock()
	if err := checkEmpty(ctx, ws); err != nil {
		return Report{}, err
	}
	var rep Report
	err := inScratch(ctx, ws, func(scratch *workspace.Workspace) error {
		g := newGenerator(ctx, scratch, o)
		err := g.run()
		rep = g.rep
		return err
	})
	if err != nil && ctx.Err() != nil {
		err = errs.ErrCancelled // whatever the step made of it, the user stopped it
	}
	if err != nil {
		return Report{}, err
	}
	return rep, nil
}

// running keeps a second sample out while one is going in: its check for an
// empty database would pass, and its failure would wipe the first one's.
var running sync.Mutex

func newGenerator(ctx context.Context, ws *workspace.Workspace, o Options) *generator {
	g := &generator{ctx: ctx, ws: ws, o: o, r: rand.New(rand.NewPCG(o.Seed, 0x9e3779b97f4a7c15))}
	g.now = time.Date(o.Now.Year(), o.Now.Month(), o.Now.Day(), 0, 0, 0, 0, time.UTC)
	g.from = g.now.AddDate(0, -o.Months, 0)
	return g
}

// Empty tells whether ws holds no groups and no members, so the sample
// may go in.
func Empty(ctx context.Context, ws *workspace.Workspace) (bool, error) {
	q := ws.DB.Read()
	nGroups, err := groups.CountAll(ctx, q)
	if err != nil {
		return false, err
	}
	nMembers, err := members.CountAll(ctx, q)
	return nGroups+nMembers == 0, err
}

func checkEmpty(ctx context.Context, ws *workspace.Workspace) error {
	empty, err := Empty(ctx, ws)
	if err == nil && !empty {
		return errs.New(errs.Conflict, "err.sample.not_empty", nil)
	}
	return err
}

// generator carries the state of one run.
type generator struct {
	ctx       context.Context
	ws        *workspace.Workspace
	o         Options
	r         *rand.Rand
	now, from time.Time
	rep       Report
	groupList []groupPlan
	people    []person
	pollID    int64
	p         progress
}
