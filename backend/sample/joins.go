package sample

import (
	"database/sql"

	"qunzhu/backend/errs"
)

// joins finds the imported members' ids and dates their joins (and the
// few leaves) in one transaction.
func (g *generator) joins() error {
	ids, err := g.memberIDs()
	if err != nil {
		return err
	}
	return g.ws.DB.Tx(g.ctx, func(tx *sql.Tx) error {
		stmt, err := tx.PrepareContext(g.ctx, `UPDATE memberships SET joined_at = ?, status = ?, left_at = ?
			WHERE group_id = ? AND member_id = ?`)
		if err != nil {
			return errs.Wrap(err, "prepare joins")
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
			status, left := "joined", any(nil)
			if !p.left.IsZero() {
				status, left = "left", p.left.Format("2006-01-02")
			}
			if _, err := stmt.ExecContext(g.ctx, p.joined.Format("2006-01-02"), status, left,
				g.groupList[p.group].id, p.id); err != nil {
				return errs.Wrap(err, "date join")
			}
		}
		return nil
	})
}

func (g *generator) memberIDs() (map[string]int64, error) {
	rows, err := g.ws.DB.Read().QueryContext(g.ctx, `SELECT id, platform_id FROM members`)
	if err != nil {
		return nil, errs.Wrap(err, "read member ids")
	}
	defer rows.Close()
	ids := map[string]int64{}
	for rows.Next() {
		var id int64
		var pid string
		if err := rows.Scan(&id, &pid); err != nil {
			return nil, errs.Wrap(err, "scan member id")
		}
		ids[pid] = id
	}
	return ids, errs.Wrap(rows.Err(), "read member ids")
}
