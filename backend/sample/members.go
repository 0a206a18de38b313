package sample

import (
	"math"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/members"
)

// person is one demo member and how they behave.
type person struct {
	id       int64
	pid      string  // platform id, to find the member once imported
	group    int     // index into groupList, -1 for a fan outside the groups
	rate     float64 // interactions a day at their usual pace
	joined   time.Time
	left     time.Time // zero: still in the group
	drifting bool      // slows down over the last weeks
}

// members imports each group's members into it, then the fans around the
// groups, one import each.
func (g *generator) members() error {
	seq := 0
	for gi, p := range g.groupList {
		n := int(math.Round(float64(g.o.Members) * p.share))
		if err := g.importPeople(gi, p.platform, p.id, n, &seq); err != nil {
			return err
		}
	}
	return g.importPeople(-1, "douyin", 0, g.o.Members-seq, &seq)
}

func (g *generator) importPeople(group int, platform string, groupID int64, n int, seq *int) error {
	if n <= 0 {
		return nil
	}
	base := *seq
	drafts := make([]members.Draft, n)
	for i := range drafts {
		*seq++
		drafts[i] = g.draft(platform, *seq, i)
		p := g.behaviour(group)
		p.pid = drafts[i].PlatformID
		g.people = append(g.people, p)
	}
	rep, err := g.ws.Members.Import(g.ctx, drafts, members.ImportOptions{FileName: "sample", GroupID: groupID,
		OnDuplicate: members.OnDuplicateKeep}, func(done, _ int) { g.partly(base+done, g.o.Members) })
	if err != nil {
		return err
	}
	if rep.Added != n {
		return errs.Wrap(errs.New(errs.Internal, "err.internal", errs.Params{"Added": rep.Added, "Want": n}), "sample import")
	}
	g.rep.Members += n
	return nil
}

func (g *generator) draft(platform string, n, row int) members.Draft {
	d := members.Draft{Row: row + 2, Nickname: nickname(g.r), Platform: platform, PlatformID: platformID(platform, n),
		Source: pick(g.r, []string{"comment", "comment", "live", "dm", "import"})}
	if platform == "douyin" {
		since := g.from.AddDate(0, 0, -g.r.IntN(720))
		level := 1 + int(19*math.Pow(g.r.Float64(), 2))
		iron := g.r.IntN(100) < 15
		d.FollowSince, d.FanLevel, d.IronFan = &since, &level, &iron
	}
	return d
}

// behaviour draws how active a member is: about 20 % core, 30 % active,
// 40 % lurking and 10 % silent, scaled by the group's liveliness, with a
// long tail among the core.
func (g *generator) behaviour(group int) person {
	p := person{group: group}
	lively := 0.15 // fans outside the groups only comment now and then
	if group >= 0 {
		lively = g.groupList[group].lively
	}
	switch u := g.r.Float64(); {
	case u < 0.2:
		p.rate = math.Min(8, 1.2/math.Sqrt(1-g.r.Float64()*0.95)) * lively
	case u < 0.5:
		p.rate = (0.3 + 0.7*g.r.Float64()) * lively
	case u < 0.9:
		p.rate = 0.01 + 0.1*g.r.Float64()
	}
	p.drifting = p.rate > 0.3 && g.r.IntN(100) < 12
	g.placeInTime(&p)
	return p
}

// placeInTime sets when the member joined (some before the period, the
// rest spread over it, more lately) and, for a few, when they left.
func (g *generator) placeInTime(p *person) {
	days := int(g.now.Sub(g.from).Hours() / 24)
	if g.r.IntN(100) < 55 {
		p.joined = g.from.AddDate(0, 0, -1-g.r.IntN(365))
	} else {
		p.joined = g.from.AddDate(0, 0, int(float64(days)*math.Sqrt(g.r.Float64())))
	}
	if p.group >= 0 && g.r.IntN(100) < 5 {
		start := later(p.joined, g.from)
		left := int(g.now.Sub(start).Hours() / 24)
		if left > 2 {
			p.left = start.AddDate(0, 0, 1+g.r.IntN(left-1))
		}
	}
}
