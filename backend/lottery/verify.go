package lottery

import (
	"fmt"
	"slices"
)

// Check is one thing Verify recomputed.
type Check struct {
	Name string `json:"name"`
	OK   bool   `json:"ok"`
	Want string `json:"want,omitempty"` // what the certificate says
	Got  string `json:"got,omitempty"`  // what recomputing gives
}

// Report says whether a certificate holds.
type Report struct {
	Match  bool    `json:"match"`
	Checks []Check `json:"checks"`
}

// Verify recomputes a certificate: the key from its sources, the list hash
// and count when the list is given, the winners and alternates (from the
// list, or from the count alone when nobody was passed over), and that
// every replacement took the next unused alternate.
func Verify(c Certificate, entrants []string) Report {
	var rep Report
	add := func(name string, ok bool, want, got string) {
		rep.Checks = append(rep.Checks, Check{Name: name, OK: ok, Want: want, Got: got})
	}
	key, err := Key(c.Sources)
	add("key", err == nil && key == c.Key, c.Key, key)
	if entrants != nil {
		sum := ListSHA256(entrants)
		add("listSha256", sum == c.ListSHA256, c.ListSHA256, sum)
		add("entrants", len(entrants) == c.Entrants, fmt.Sprint(c.Entrants), fmt.Sprint(len(entrants)))
	}
	if err == nil {
		winners, alternates, ok := recompute(c, key, entrants)
		if ok {
			add("winners", samePicks(c.Winners, winners), picksText(c.Winners), picksText(winners))
			add("alternates", samePicks(c.Backups, alternates), picksText(c.Backups), picksText(alternates))
		} else {
			add("picks", false, "", "entrant list needed")
		}
	}
	add("replacements", replacementsHold(c), "", "")
	rep.Match = !slices.ContainsFunc(rep.Checks, func(ch Check) bool { return !ch.OK })
	return rep
}

// recompute redraws; without the list, positions stand in for names,
// which only holds when the certificate passed nobody over.
func recompute(c Certificate, key string, entrants []string) (w, a []Pick, ok bool) {
	list := entrants
	if list == nil {
		if c.Skipped > 0 {
			return nil, nil, false
		}
		list = make([]string, c.Entrants)
		for i := range list {
			list[i] = fmt.Sprint(i + 1)
		}
	}
	p := newPicker(key, list)
	for ti, t := range c.Tiers {
		w = append(w, p.take(t.Count, ti)...)
	}
	a = p.take(c.Alternates, -1)
	if entrants == nil {
		fillNames(w, c.Winners)
		fillNames(a, c.Backups)
	}
	return w, a, true
}

func fillNames(got, cert []Pick) {
	for i := range got {
		if i < len(cert) && cert[i].Position == got[i].Position {
			got[i].Name = cert[i].Name
		}
	}
}

func samePicks(a, b []Pick) bool {
	return slices.EqualFunc(a, b, func(x, y Pick) bool {
		return x.Position == y.Position && x.Name == y.Name && x.Tier == y.Tier && x.Step == y.Step
	})
}

func picksText(ps []Pick) string {
	s := ""
	for i, p := range ps {
		if i > 0 {
			s += " "
		}
		s += fmt.Sprintf("%d:%s", p.Position, p.Name)
	}
	return s
}

// replacementsHold: each replacement took the next alternate in order.
func replacementsHold(c Certificate) bool {
	for i, r := range c.Replacements {
		next, ok := NextAlternate(c.Backups, c.Replacements[:i])
		if !ok || next.Order != r.ByOrder || next.Position != r.ByPos {
			return false
		}
	}
	return true
}
