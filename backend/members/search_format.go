package members

import (
	"context"
	"database/sql"

	"qunzhu/backend/errs"
	"qunzhu/backend/fold"
	"qunzhu/backend/settings"
	"qunzhu/backend/store"
)

// searchFormat names the members' search texts in the settings' record of
// derived-data versions.
const searchFormat = "members.search"

// searchText is the text a member is found by (see fold.Search).
func searchText(in Input) string {
	return fold.Search(in.Nickname, in.Remark, in.PlatformID)
}

// upgradeSearch re-derives every member's search text, trashed ones too,
// when the texts were made by another fold.SearchVersion (a database from
// before 繁简 folding, say), in one transaction that also records the
// version. It runs before the index loads, so once per database.
func upgradeSearch(ctx context.Context, db *store.DB) error {
	if v, err := settings.FormatOf(ctx, db.Read(), searchFormat); err != nil || v == fold.SearchVersion {
		return err
	}
	return db.Tx(ctx, func(tx *sql.Tx) error {
		if v, err := settings.FormatOf(ctx, tx, searchFormat); err != nil || v == fold.SearchVersion {
			return err // another caller upgraded first
		}
		if err := rebuildSearch(ctx, tx); err != nil {
			return err
		}
		return settings.SetFormat(ctx, tx, searchFormat, fold.SearchVersion)
	})
}

// rebuildSearch rewrites the search texts that differ from searchText, a
// chunk of members at a time.
func rebuildSearch(ctx context.Context, tx *sql.Tx) error {
	update, err := tx.PrepareContext(ctx, `UPDATE members SET search = ? WHERE id = ?`)
	if err != nil {
		return errs.Wrap(err, "rebuild search")
	}
	defer update.Close()
	for after := int64(0); ; {
		chunk, err := searchChunk(ctx, tx, after)
		if err != nil || len(chunk) == 0 {
			return err
		}
		for _, m := range chunk {
			if text := searchText(m.in); text != m.search {
				if _, err := update.ExecContext(ctx, text, m.id); err != nil {
					return errs.Wrap(err, "rebuild search")
				}
			}
		}
		after = chunk[len(chunk)-1].id
	}
}

// storedSearch is what a member's search text is made from, and the text.
type storedSearch struct {
	id     int64
	in     Input
	search string
}

// searchChunk reads the members after id in id order, up to a chunk.
func searchChunk(ctx context.Context, tx *sql.Tx, after int64) ([]storedSearch, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, nickname, remark, platform_id, search
		FROM members WHERE id > ? ORDER BY id LIMIT 10000`, after)
	if err != nil {
		return nil, errs.Wrap(err, "rebuild search")
	}
	defer rows.Close()
	var out []storedSearch
	for rows.Next() {
		var m storedSearch
		if err := rows.Scan(&m.id, &m.in.Nickname, &m.in.Remark, &m.in.PlatformID, &m.search); err != nil {
			return nil, errs.Wrap(err, "rebuild search")
		}
		out = append(out, m)
	}
	return out, errs.Wrap(rows.Err(), "rebuild search")
}
