package sample

import (
	"database/sql"

	"qunzhu/backend/members"
)

// joins finds the imported members' ids and dates their joins (and the
// few leaves) in one transaction.
func (g *generator) joins() error {
	ids, err := members.IDsByPlatformID(g.ctx, g.ws.DB.Read())
	if err != nil {
		return err
	}
	return g.ws.DB.Tx(g.ctx, func(tx *sql.Tx) error {
		stmt, err := members.PrepareDateJoins(g.ctx, tx)
		if err != nil {
			return err
		}
		defer stmt.Close()
		for i := range g.people {
			if i%512 == 0 && g.ctx.Err() != nil {
				return g.ctx.Err()
			}
			p := &g.people[i]
			p.id = ids[p.pid]
			if p.group < 0 {
				continue
			}
			if err := stmt.Date(g.ctx, members.Dating{Group: g.groupList[p.group].id, Member: p.id,
				Joined: p.joined, Left: p.left}); err != nil {
				return err
			}
		}
		return nil
	})
}
