package members

import (
	"context"
	"sort"
	"strings"
	"unicode"

	"qunzhu/backend/errs"
	"qunzhu/backend/fold"
)

// Reason is why two members look like one person.
type Reason struct {
	Key    string
	Params map[string]any
}

// Pair is a suggested merge.
type Pair struct {
	A, B    Row
	Reasons []Reason
}

// duplicateQueries find pairs (lower id first) with a value to show and
// the reason, or "" when likeReason names it from the two nicknames.
var duplicateQueries = []struct{ key, sql string }{
	{"ui.merge.reason.same_id", `SELECT a.member_id, b.member_id, a.platform_id, '', '', '', '' FROM identities a
		JOIN identities b ON b.platform_id = a.platform_id AND b.member_id > a.member_id
		WHERE length(a.platform_id) >= 5`},
	// nick_key is fold.Likeness: emoji, decorations, case, width and
	// Traditional/Simplified folded away.
	{"", `SELECT a.id, b.id, '', a.nickname, b.nickname, a.platform, b.platform FROM members a
		JOIN members b ON b.nick_key = a.nick_key AND b.id > a.id
		WHERE a.nick_key <> ''`},
	// nick_sort is the pinyin, \x1f, the folded nickname: same pinyin is a
	// range of the index.
	{"ui.merge.reason.same_pinyin", `SELECT a.id, b.id, a.nickname || ' / ' || b.nickname, '', '', '', '' FROM members a
		JOIN members b ON b.nick_sort >= substr(a.nick_sort, 1, instr(a.nick_sort, char(31)))
			AND b.nick_sort < substr(a.nick_sort, 1, instr(a.nick_sort, char(31)) - 1) || char(32)
			AND b.platform <> a.platform AND b.nick_key <> a.nick_key AND b.id > a.id
		WHERE instr(a.nick_sort, char(31)) > 3`},
}

// likeReason says how two nicknames with one likeness key differ, and the
// value to show: the name itself when it is the same.
func likeReason(nickA, nickB, platformA, platformB string) (string, string) {
	a, b := fold.Name(nickA), fold.Name(nickB)
	switch {
	case a == b && platformA == platformB:
		return "ui.merge.reason.same_name", a
	case a == b:
		return "ui.merge.reason.same_name_cross", a
	case bareName(a) == bareName(b):
		return "ui.merge.reason.only_decoration", a + " / " + b
	case fold.Nick(a) == fold.Nick(b):
		return "ui.merge.reason.same_folded", a + " / " + b
	}
	return "ui.merge.reason.same_simplified", a + " / " + b
}

// bareName keeps a name's letters, digits and marks as written: what is
// left when its emoji, symbols, punctuation and spaces are taken away.
func bareName(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc) {
			return r
		}
		return -1
	}, s)
}

// Duplicates suggests up to limit pairs of live members that look like one
// person, each with every reason that applies.
func (s *Service) Duplicates(ctx context.Context, limit int) ([]Pair, error) {
	type key struct{ a, b int64 }
	found := map[key][]Reason{}
	var order []key
	for _, dq := range duplicateQueries {
		rows, err := s.db.Read().QueryContext(ctx, dq.sql+` LIMIT ?`, limit*4)
		if err != nil {
			return nil, errs.Wrap(err, "find duplicates")
		}
		for rows.Next() {
			var k key
			var value, nickA, nickB, platformA, platformB string
			if err := rows.Scan(&k.a, &k.b, &value, &nickA, &nickB, &platformA, &platformB); err != nil {
				rows.Close()
				return nil, errs.Wrap(err, "find duplicates")
			}
			reason := dq.key
			if reason == "" {
				reason, value = likeReason(nickA, nickB, platformA, platformB)
			}
			if _, ok := found[k]; !ok {
				order = append(order, k)
			}
			found[k] = append(found[k], Reason{Key: reason, Params: map[string]any{"Value": value}})
		}
		rows.Close()
	}
	sort.SliceStable(order, func(i, j int) bool { return len(found[order[i]]) > len(found[order[j]]) })
	var out []Pair
	for _, k := range order {
		if len(out) == limit {
			break
		}
		a, errA := s.row(ctx, k.a)
		b, errB := s.row(ctx, k.b)
		if errA != nil || errB != nil || a.DeletedAt != nil || b.DeletedAt != nil {
			continue
		}
		out = append(out, Pair{A: a, B: b, Reasons: found[k]})
	}
	return out, nil
}

// row is one member as the list shows it.
func (s *Service) row(ctx context.Context, id int64) (Row, error) {
	rows, err := s.db.Read().QueryContext(ctx, `SELECT `+rowColumns+` FROM members m WHERE m.id = ?`, id)
	if err != nil {
		return Row{}, errs.Wrap(err, "get member")
	}
	list, err := scanRows(rows, s.now())
	if err != nil || len(list) == 0 {
		return Row{}, errs.New(errs.NotFound, "err.member.not_found", errs.Params{"ID": id})
	}
	return list[0], s.attachTags(ctx, list)
}
