package members

import (
	"context"
	"database/sql"
	"strings"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// Re-scoring (package activity) replaces the stored tiers; these are its
// writes and reads of member_tiers.

// TierColumns are the columns of a stored tier, in the order PrepareTiers
// takes them.
const TierColumns = `member_id, r, f, m, recency, frequency, monetary,
		tier, tier_rule, tier_since, stage, stage_rule, stage_since, role, slipping, promising, koc, last_at,
		computed_at, tier_low_since, stage_low_since`

// tierWidth is how many columns TierColumns names.
const tierWidth = 21

// ClearTiers deletes every stored tier, in the re-scoring's transaction.
func ClearTiers(ctx context.Context, tx *sql.Tx) error {
	_, err := tx.ExecContext(ctx, `DELETE FROM member_tiers`)
	return errs.Wrap(err, "clear tiers")
}

// PrepareTiers prepares the insert of n stored tiers, their TierColumns one
// row after the other.
func PrepareTiers(ctx context.Context, tx *sql.Tx, n int) (*sql.Stmt, error) {
	row := "(" + strings.TrimSuffix(strings.Repeat("?,", tierWidth), ",") + ")"
	return tx.PrepareContext(ctx, `INSERT INTO member_tiers (`+TierColumns+`) VALUES `+row+strings.Repeat(","+row, n-1))
}

// TierFlags are the lists a member is on by its stored tier.
type TierFlags struct{ KOC, Slipping bool }

// FlaggedTiers reads the members on a list by their stored tiers.
func FlaggedTiers(ctx context.Context, q store.Queryer) (map[int64]TierFlags, error) {
	rows, err := q.QueryContext(ctx, `SELECT member_id, koc, slipping FROM member_tiers WHERE koc = 1 OR slipping = 1`)
	if err != nil {
		return nil, errs.Wrap(err, "read list flags")
	}
	out := map[int64]TierFlags{}
	err = store.EachRow(rows, "read members", func(rows *sql.Rows) error {
		var id int64
		var f TierFlags
		err := rows.Scan(&id, &f.KOC, &f.Slipping)
		out[id] = f
		return err
	})
	return out, errs.Wrap(err, "read list flags")
}

// TierStart is a live member as re-scoring starts from: the date it first
// joined a group ("" none), and its stored tier and stage with their
// stamps ("" none).
type TierStart struct {
	ID                                         int64
	Joined, Tier, TierSince, Stage, StageSince string
	TierLowSince, StageLowSince                string
}

// TierStarts lists every live member's TierStart, by id.
func TierStarts(ctx context.Context, q store.Queryer) ([]TierStart, error) {
	rows, err := q.QueryContext(ctx, `SELECT m.id, coalesce((SELECT min(joined_at) FROM memberships WHERE member_id = m.id), ''),
		coalesce(t.tier, ''), coalesce(t.tier_since, ''), coalesce(t.stage, ''), coalesce(t.stage_since, ''),
		coalesce(t.tier_low_since, ''), coalesce(t.stage_low_since, '')
		FROM members m LEFT JOIN member_tiers t ON t.member_id = m.id WHERE m.deleted_at IS NULL ORDER BY m.id`)
	if err != nil {
		return nil, errs.Wrap(err, "list members")
	}
	var out []TierStart
	err = store.EachRow(rows, "read members", func(rows *sql.Rows) error {
		var s TierStart
		err := rows.Scan(&s.ID, &s.Joined, &s.Tier, &s.TierSince, &s.Stage, &s.StageSince, &s.TierLowSince, &s.StageLowSince)
		out = append(out, s)
		return err
	})
	return out, errs.Wrap(err, "list members")
}

// FlaggedInGroupSQL is a query of the live joined members of a group (the
// SQL expression group) on a list by their stored tiers (list "koc" or
// "slipping"): their id and nickname, for reports that rank them in one
// statement.
func FlaggedInGroupSQL(list, group string) string {
	column := map[string]string{"koc": "t.koc", "slipping": "t.slipping"}[list]
	return `SELECT m.id, m.nickname FROM member_tiers t JOIN members m ON m.id = t.member_id
		JOIN memberships ms ON ms.member_id = m.id AND ms.group_id = ` + group + ` AND ms.status = 'joined'
		WHERE ` + column + ` = 1 AND m.deleted_at IS NULL`
}

// LiveInGroupSQL is a query of the live members of a group (the SQL
// expression group), whatever their status: their id and nickname, for
// reports that join them in one statement.
func LiveInGroupSQL(group string) string {
	return `SELECT m.id, m.nickname FROM members m WHERE m.deleted_at IS NULL
		AND EXISTS (SELECT 1 FROM memberships ms WHERE ms.member_id = m.id AND ms.group_id = ` + group + `)`
}
