package points

import (
	"cmp"
	"slices"
)

// table holds the cells of every member, by member id from lo: most
// members are in one or two groups, so a member's cells are a short list.
type table struct {
	lo    int64
	rows  [][]cell
	rules ruleBook
	p     periods
	facts int
	// bySource, when set, also adds each fact's points up by kind (a
	// member's breakdown).
	bySource []cell
	cur      *Rules // the rules of curGroup
	curGroup int64
}

func newTable(lo, hi int64, rules ruleBook, p periods) *table {
	return &table{lo: lo, rows: make([][]cell, max(0, hi-lo+1)), rules: rules, p: p}
}

// cell is the member's cell in the group, made on first use.
func (t *table) cell(member, group int64) *cell {
	i := member - t.lo
	if i < 0 || i >= int64(len(t.rows)) {
		t.grow(member)
		i = member - t.lo
	}
	cs := t.rows[i]
	for j := range cs {
		if cs[j].group == group {
			return &cs[j]
		}
	}
	t.rows[i] = append(cs, newCell(group))
	return &t.rows[i][len(cs)]
}

// grow widens the table to hold member (a member added since the range
// was read).
func (t *table) grow(member int64) {
	if len(t.rows) == 0 {
		t.lo = member
	}
	if member < t.lo {
		t.rows = append(make([][]cell, t.lo-member), t.rows...)
		t.lo = member
		return
	}
	t.rows = append(t.rows, make([][]cell, member-t.lo+1-int64(len(t.rows)))...)
}

// count adds one fact: the points it earns go to the member's cell in its
// group, under that group's rules.
func (t *table) count(member, group int64, k kind, day int32, value float64) {
	if k == kindNone {
		return
	}
	t.facts++
	c := t.cell(member, group)
	pts := c.award(k, day, value, t.rulesOf(group))
	c.add(pts, day, t.p)
	if t.bySource != nil {
		t.bySource[k].add(pts, day, t.p)
	}
}

// merge adds the totals of other (a later time slice: no day spans both)
// into t.
func (t *table) merge(other *table) {
	t.facts += other.facts
	for i, cs := range other.rows {
		for _, o := range cs {
			c := t.cell(other.lo+int64(i), o.group)
			c.total, c.month, c.week = c.total+o.total, c.month+o.month, c.week+o.week
		}
	}
}

// total is one member's points in one scope.
type total struct {
	scope, member      int64
	total, month, week int64
}

// totals are the rows to store: per member, one per group it has points
// facts in and one for all groups (scope 0), in (scope, member) order.
func (t *table) totals() (out []total, members int) {
	for i, cs := range t.rows {
		if len(cs) == 0 {
			continue
		}
		members++
		all := total{member: t.lo + int64(i)}
		for _, c := range cs {
			all.total, all.month, all.week = all.total+c.total, all.month+c.month, all.week+c.week
			if c.group != 0 {
				out = append(out, total{c.group, all.member, c.total, c.month, c.week})
			}
		}
		out = append(out, all)
	}
	slices.SortFunc(out, func(a, b total) int {
		if a.scope != b.scope {
			return cmp.Compare(a.scope, b.scope)
		}
		return cmp.Compare(a.member, b.member)
	})
	return out, members
}

// ruleBook is the rules of every group: the workspace's with the group's
// override; group 0 (none) and groups without one follow the workspace.
type ruleBook struct {
	workspace *Rules
	groups    map[int64]*Rules
}

func (b ruleBook) of(group int64) *Rules {
	if r, ok := b.groups[group]; ok {
		return r
	}
	return b.workspace
}

// rulesOf is the rules of group, sparing a lookup when it is the group of
// the fact before (events come in runs of one group).
func (t *table) rulesOf(group int64) *Rules {
	if t.cur == nil || group != t.curGroup {
		t.cur, t.curGroup = t.rules.of(group), group
	}
	return t.cur
}
