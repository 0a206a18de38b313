package rewards

import (
	"context"

	"qunzhu/backend/fold"
	"qunzhu/backend/memberimport"
	"qunzhu/backend/members"
)

// Check names, before anything is written, the rows whose inviter cannot
// be told: an id neither a member nor a row of the file holds, and a name
// that nobody or several people have, counting the members already there
// and the file's own rows (a row that is a member already there, by id or
// as the one member with its name, is not counted twice). A row naming its
// own id is inviting itself. Rows without an inviter are only read.
func (x importedColumn) Check(ctx context.Context, cells []memberimport.InviterCell) ([]members.Problem, error) {
	file := indexFile(cells)
	var probs []members.Problem
	for _, c := range cells {
		if c.Inviter == "" {
			continue
		}
		p, err := x.checkCell(ctx, file, c)
		if err != nil {
			return nil, err
		}
		if p != nil {
			probs = append(probs, *p)
		}
	}
	return probs, nil
}

// fileIndex is the file's rows by platform and id, and by platform and name.
type fileIndex struct {
	ids   map[[2]string]int   // platform, id -> row
	names map[[2]string][]int // platform, fold.Name(nickname) -> rows
	cells map[int]memberimport.InviterCell
}

func indexFile(cells []memberimport.InviterCell) fileIndex {
	f := fileIndex{ids: map[[2]string]int{}, names: map[[2]string][]int{}, cells: map[int]memberimport.InviterCell{}}
	for _, c := range cells {
		f.cells[c.Row] = c
		if c.PlatformID != "" {
			f.ids[[2]string{c.Platform, c.PlatformID}] = c.Row
		}
		key := [2]string{c.Platform, fold.Name(c.Nickname)}
		f.names[key] = append(f.names[key], c.Row)
	}
	return f
}

func (x importedColumn) checkCell(ctx context.Context, file fileIndex, c memberimport.InviterCell) (*members.Problem, error) {
	q := x.s.db.Read()
	if c.PlatformID != "" && c.Inviter == c.PlatformID {
		return selfProblem(c), nil
	}
	if id, err := byID(ctx, q, c.Platform, c.Inviter); err != nil || id != 0 {
		return nil, err
	}
	if _, ok := file.ids[[2]string{c.Platform, c.Inviter}]; ok {
		return nil, nil
	}
	known, err := members.FindByName(ctx, q, members.NameScope{Platform: c.Platform}, c.Inviter)
	if err != nil {
		return nil, err
	}
	count, self := len(known.Namesakes), false
	for _, row := range file.names[[2]string{c.Platform, known.Name}] {
		newcomer, err := x.newcomer(ctx, file.cells[row], len(known.Namesakes))
		if err != nil {
			return nil, err
		}
		if newcomer {
			count++
			self = self || row == c.Row
		}
	}
	switch {
	case count != 1:
		return inviterProblem(c, count), nil
	case self:
		return selfProblem(c), nil
	}
	return nil, nil
}

// newcomer tells whether a row of the file is someone not among the
// members already there with its name: a row with an id nobody holds, or
// a row without one when nobody has its name (with one namesake it is
// that member; with several it is not stored until settled).
func (x importedColumn) newcomer(ctx context.Context, r memberimport.InviterCell, namesakes int) (bool, error) {
	if r.PlatformID == "" {
		return namesakes == 0, nil
	}
	id, err := byID(ctx, x.s.db.Read(), r.Platform, r.PlatformID)
	return id == 0, err
}

func selfProblem(c memberimport.InviterCell) *members.Problem {
	return &members.Problem{Row: c.Row, Field: "inviter", Key: "err.rewards.self"}
}
