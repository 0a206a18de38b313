package lottery

import (
	"fmt"
	"slices"
	"strings"

	"qunzhu/backend/errs"
)

// Outcomes of a verification. Only Verified is a match; every other one
// says why the certificate could not be confirmed.
const (
	Verified      = "verified"       // every check recomputed from the entrant list holds
	Mismatch      = "mismatch"       // a recomputed value differs from the certificate
	Incomplete    = "incomplete"     // no entrant list: the list hash and the names went unchecked
	NotVerifiable = "not_verifiable" // an instant draw: its seed was never public
	Invalid       = "invalid"        // a field is out of bounds: nothing was recomputed
)

// Check is one thing Verify recomputed.
type Check struct {
	Name string `json:"name"`
	OK   bool   `json:"ok"`
	Want string `json:"want,omitempty"` // what the certificate says
	Got  string `json:"got,omitempty"`  // what recomputing gives
}

// Report says whether a certificate holds, and if not, why: Reason is a
// translation key with its params.
type Report struct {
	Verified bool
	Outcome  string
	Reason   string
	Params   errs.Params
	Checks   []Check
}

// Verify recomputes a certificate. A complete verification needs the
// entrant list: its hash and length are compared with the certificate and
// the winners and alternates are drawn again from it, so no name in the
// certificate is ever trusted. Without the list, the key and the
// replacements are still checked, but the result is Incomplete.
func Verify(c Certificate, entrants []string) Report {
	if err := c.Validate(); err != nil {
		e := errs.As(err)
		return Report{Outcome: Invalid, Reason: e.Key, Params: e.Params, Checks: []Check{}}
	}
	var rep Report
	add := func(name string, ok bool, want, got string) {
		rep.Checks = append(rep.Checks, Check{Name: name, OK: ok, Want: want, Got: got})
	}
	key, err := Key(c.Sources)
	add("key", err == nil && key == c.Key, c.Key, key)
	add("replacements", replacementsHold(c), "", "")
	if entrants != nil {
		sum := ListSHA256(entrants)
		add("listSha256", sum == c.ListSHA256, c.ListSHA256, sum)
		add("entrants", len(entrants) == c.Entrants, fmt.Sprint(c.Entrants), fmt.Sprint(len(entrants)))
		if err == nil && len(entrants) > 0 {
			winners, alternates := recompute(c, key, entrants)
			add("winners", samePicks(c.Winners, winners), picksText(c.Winners), picksText(winners))
			add("alternates", samePicks(c.Backups, alternates), picksText(c.Backups), picksText(alternates))
		}
	}
	rep.judge(c, entrants != nil)
	return rep
}

// judge sets the outcome: a failed check is a mismatch whatever else; an
// instant draw is never publicly verifiable; no list is incomplete.
func (r *Report) judge(c Certificate, withList bool) {
	switch {
	case slices.ContainsFunc(r.Checks, func(ch Check) bool { return !ch.OK }):
		r.Outcome, r.Reason = Mismatch, "err.lottery.mismatch"
	case c.Mode == ModeInstant:
		r.Outcome, r.Reason = NotVerifiable, "err.lottery.verify_instant"
	case !withList:
		r.Outcome, r.Reason = Incomplete, "err.lottery.verify_incomplete"
	default:
		r.Outcome, r.Reason, r.Verified = Verified, "ui.lottery.verified", true
	}
	r.Params = errs.Params{}
}

// recompute draws again from the list, winners tier by tier, then the
// alternates the certificate asked for.
func recompute(c Certificate, key string, entrants []string) (w, a []Pick) {
	p := newPicker(key, entrants)
	for ti, t := range c.Tiers {
		w = append(w, p.take(t.Count, ti)...)
	}
	return w, p.take(c.Alternates, -1)
}

func samePicks(a, b []Pick) bool {
	return slices.EqualFunc(a, b, func(x, y Pick) bool {
		return x.Order == y.Order && x.Position == y.Position && x.Name == y.Name && x.Tier == y.Tier && x.Step == y.Step
	})
}

func picksText(ps []Pick) string {
	var b strings.Builder
	for i, p := range ps {
		if i > 0 {
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "%d:%s", p.Position, p.Name)
	}
	return b.String()
}

// replacementsHold: each replacement took the next alternate in order, so
// the i-th replacement is the i-th alternate (what NextAlternate gives,
// without its quadratic cost on a certificate with many replacements).
func replacementsHold(c Certificate) bool {
	for i, r := range c.Replacements {
		if i >= len(c.Backups) || c.Backups[i].Order != r.ByOrder || c.Backups[i].Position != r.ByPos {
			return false
		}
	}
	return true
}
