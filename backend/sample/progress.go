package sample

// step is one part of the run and its share of the progress, about its
// share of the time at the default size.
type step struct {
	run    func() error
	weight int
}

func (g *generator) steps() []step {
	return []step{{g.groups, 1}, {g.members, 12}, {g.joins, 3}, {g.events, 60}, {g.recompute, 12},
		{g.poll, 1}, {g.draw, 1}, {g.invites, 6}, {g.plan, 2}, {g.team, 2}}
}

// progress is how far a run is, in units of the steps' weights.
type progress struct {
	done   int // the steps finished
	weight int // the current step's
	total  int
	told   int // the last done reported
}

// run takes the steps in turn, stopping at the first error or as soon as
// the context is cancelled between them.
func (g *generator) run() error {
	steps := g.steps()
	for _, s := range steps {
		g.p.total += s.weight
	}
	for _, s := range steps {
		if err := g.ctx.Err(); err != nil {
			return err
		}
		g.p.weight = s.weight
		if err := s.run(); err != nil {
			return err
		}
		g.p.done += s.weight
		g.tell(g.p.done)
	}
	return nil
}

// partly reports part of whole of the current step done.
func (g *generator) partly(part, whole int) {
	if whole > 0 {
		g.tell(g.p.done + g.p.weight*part/whole)
	}
}

func (g *generator) tell(done int) {
	if g.o.Progress != nil && done > g.p.told {
		g.p.told = done
		g.o.Progress(done, g.p.total)
	}
}
