package members

import (
	"context"

	"qunzhu/backend/errs"
	"qunzhu/backend/fold"
	"qunzhu/backend/store"
)

// A name read from a paste or a file (a vote, a 接龙 entry, a comment, a
// line of a group's member list) names a member only by its exact display
// name, fold.Name, and only when exactly one member in scope has it:
// several are reported as ambiguous, never picked from.

// NameScope is where a name is looked up: the members of a group, else the
// members whose platform it is, else (both zero) every member.
type NameScope struct {
	GroupID  int64
	Platform string
}

// Namesake is a member a name may mean.
type Namesake struct {
	ID       int64  `json:"id"`
	Nickname string `json:"nickname"`
}

// Named is whom a name names.
type Named struct {
	Name      string     // the name as it identifies a person (fold.Name); "" when nothing visible is left
	MemberID  int64      // the one member with exactly that name; 0 for none or several
	Nickname  string     // that member's nickname
	Namesakes []Namesake // the members in scope with that name: more than one is ambiguous
}

// Ambiguous is true when several members have the name.
func (n Named) Ambiguous() bool { return len(n.Namesakes) > 1 }

// FindByName finds the live members in scope whose nickname is exactly
// name, after fold.Name on both sides.
func FindByName(ctx context.Context, q store.Queryer, scope NameScope, name string) (Named, error) {
	out := Named{Name: fold.Name(name)}
	if out.Name == "" {
		return out, nil
	}
	query, args := namesakeQuery(scope, fold.Nick(out.Name))
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return Named{}, errs.Wrap(err, "find name")
	}
	defer rows.Close()
	for rows.Next() {
		var n Namesake
		if err := rows.Scan(&n.ID, &n.Nickname); err != nil {
			return Named{}, errs.Wrap(err, "find name")
		}
		if fold.Name(n.Nickname) == out.Name {
			out.Namesakes = append(out.Namesakes, n)
		}
	}
	if len(out.Namesakes) == 1 {
		out.MemberID, out.Nickname = out.Namesakes[0].ID, out.Namesakes[0].Nickname
	}
	return out, errs.Wrap(rows.Err(), "find name")
}

// namesakeQuery narrows by nick_key (indexed; equal names have equal
// keys) and scope; FindByName then compares the names exactly.
func namesakeQuery(scope NameScope, key string) (string, []any) {
	const cols = `SELECT m.id, m.nickname FROM members m `
	const live = `m.nick_key = ? AND m.deleted_at IS NULL ORDER BY m.id`
	switch {
	case scope.GroupID != 0:
		return cols + `JOIN memberships ms ON ms.member_id = m.id AND ms.group_id = ? WHERE ` + live,
			[]any{scope.GroupID, key}
	case scope.Platform != "":
		return cols + `WHERE m.platform = ? AND ` + live, []any{scope.Platform, key}
	}
	return cols + `WHERE ` + live, []any{key}
}
