package lottery

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// drawn is a real certificate made by the code, with its list.
func drawn(t testing.TB, spec Spec, mode string) (Certificate, []string) {
	t.Helper()
	res, err := Draw(spec)
	if err != nil {
		t.Fatal(err)
	}
	return NewCertificate(spec, res, mode), spec.Entrants
}

func tieredSpec() Spec {
	return Spec{Entrants: names(30), Sources: testSources, Tiers: []Tier{{Name: "A", Count: 2}, {Name: "B", Count: 2}}, Alternates: -1}
}

// weightedSpec finds public values under which a repeat is passed over.
func weightedSpec(t testing.TB) Spec {
	list := []string{"阿花", "阿花", "阿花", "小明", "小红", "小红"}
	for seed := 0; ; seed++ {
		spec := Spec{Entrants: list, Sources: []Source{{Values: fmt.Sprint(seed)}}, Tiers: []Tier{{Name: "奖", Count: 3}}, Alternates: 0}
		if res, err := Draw(spec); err != nil {
			t.Fatal(err)
		} else if res.Skipped > 0 {
			return spec
		}
	}
}

// withReplacement is a tiered certificate whose first winner was replaced
// by the first alternate.
func withReplacement(t testing.TB) (Certificate, []string) {
	cert, list := drawn(t, tieredSpec(), ModeVerifiable)
	alt, _ := NextAlternate(cert.Backups, nil)
	cert.Replacements = append(cert.Replacements, Replacement{Order: 1, ByOrder: alt.Order, ByPos: alt.Position, ByName: alt.Name, Reason: "联系不上"})
	return cert, list
}

func TestVerifyOutcomes(t *testing.T) {
	cert, list := withReplacement(t)
	weighted, wlist := drawn(t, weightedSpec(t), ModeVerifiable)
	instant, ilist := drawn(t, Spec{Entrants: names(9), Sources: []Source{InstantSource()}, Tiers: []Tier{{Name: "红包", Count: 2}}, Alternates: -1}, ModeInstant)
	cases := []struct {
		name    string
		edit    func(c *Certificate, list []string) []string
		start   Certificate
		list    []string
		outcome string
		reason  string
		failed  string // the checks that fail
	}{
		{"honest, with the list", nil, cert, list, Verified, "ui.lottery.verified", ""},
		{"weighted, with the list", nil, weighted, wlist, Verified, "ui.lottery.verified", ""},
		{"honest, no list", nil, cert, nil, Incomplete, "err.lottery.verify_incomplete", ""},
		{"an empty list", nil, cert, []string{}, Mismatch, "err.lottery.mismatch", "listSha256,entrants"},
		{"weighted, no list", nil, weighted, nil, Incomplete, "err.lottery.verify_incomplete", ""},
		{"instant, with the list", nil, instant, ilist, NotVerifiable, "err.lottery.verify_instant", ""},
		{"instant, no list", nil, instant, nil, NotVerifiable, "err.lottery.verify_instant", ""},
		{"winner swapped", func(c *Certificate, l []string) []string {
			c.Winners = clonePicks(c.Winners)
			c.Winners[0].Position = 30
			return l
		}, cert, list, Mismatch, "err.lottery.mismatch", "winners"},
		{"winner renamed, positions kept", func(c *Certificate, l []string) []string {
			c.Winners = clonePicks(c.Winners)
			c.Winners[0].Name = "冒名顶替"
			return l
		}, cert, list, Mismatch, "err.lottery.mismatch", "winners"},
		{"source changed", func(c *Certificate, l []string) []string { c.Sources = []Source{{Values: "1 2 3"}}; return l }, cert, list, Mismatch, "err.lottery.mismatch", "key,winners,alternates"},
		{"source changed, no list", func(c *Certificate, l []string) []string { c.Sources = []Source{{Values: "1 2 3"}}; return nil }, cert, nil, Mismatch, "err.lottery.mismatch", "key"},
		{"list changed", func(c *Certificate, l []string) []string { return append(append([]string{}, l...), "插队的人") }, cert, list, Mismatch, "err.lottery.mismatch", "listSha256,entrants,winners,alternates"},
		{"hash claimed for another list", func(c *Certificate, l []string) []string {
			c.ListSHA256 = strings.Repeat("0", 64)
			return l
		}, cert, list, Mismatch, "err.lottery.mismatch", "listSha256"},
		{"replacement skipped an alternate", func(c *Certificate, l []string) []string {
			c.Replacements = []Replacement{{Order: 1, ByOrder: c.Backups[1].Order, ByPos: c.Backups[1].Position}}
			return l
		}, cert, list, Mismatch, "err.lottery.mismatch", "replacements"},
		{"entrants -1", func(c *Certificate, l []string) []string { c.Entrants = -1; return l }, cert, list, Invalid, "err.lottery.cert_count", ""},
		{"entrants huge, no list", func(c *Certificate, l []string) []string { c.Entrants = 1 << 62; return nil }, cert, nil, Invalid, "err.lottery.cert_count", ""},
		{"tier count huge", func(c *Certificate, l []string) []string { c.Tiers = []Tier{{Name: "A", Count: 1 << 40}}; return l }, cert, list, Invalid, "err.lottery.cert_count", ""},
		{"alternates negative", func(c *Certificate, l []string) []string { c.Alternates = -5; return l }, cert, list, Invalid, "err.lottery.cert_count", ""},
		{"position past the list", func(c *Certificate, l []string) []string {
			c.Winners = clonePicks(c.Winners)
			c.Winners[0].Position = 31
			return l
		}, cert, list, Invalid, "err.lottery.cert_count", ""},
		{"more winners than prizes", func(c *Certificate, l []string) []string {
			c.Winners = append(clonePicks(c.Winners), c.Backups[0])
			return l
		}, cert, list, Invalid, "err.lottery.cert_count", ""},
		{"name too long", func(c *Certificate, l []string) []string { c.Title = strings.Repeat("长", MaxName); return l }, cert, list, Invalid, "err.lottery.cert_long", ""},
		{"no sources", func(c *Certificate, l []string) []string { c.Sources = nil; return l }, cert, list, Invalid, "err.lottery.cert_count", ""},
		{"unknown mode", func(c *Certificate, l []string) []string { c.Mode = "trust me"; return l }, cert, list, Invalid, "err.lottery.cert_mode", ""},
		{"other format", func(c *Certificate, l []string) []string { c.Format = "x/2"; return l }, cert, list, Invalid, "err.lottery.cert_version", ""},
		{"hash not hex", func(c *Certificate, l []string) []string { c.ListSHA256 = "abc"; return l }, cert, list, Invalid, "err.lottery.cert_hash", ""},
	}
	for _, tc := range cases {
		c, l := tc.start, tc.list
		if tc.edit != nil {
			l = tc.edit(&c, l)
		}
		rep := Verify(c, l)
		if rep.Outcome != tc.outcome || rep.Reason != tc.reason || failed(rep) != tc.failed || rep.Verified != (tc.outcome == Verified) {
			t.Errorf("%s: verified=%v outcome=%s reason=%s failed=%q, want %s %s %q",
				tc.name, rep.Verified, rep.Outcome, rep.Reason, failed(rep), tc.outcome, tc.reason, tc.failed)
		}
	}
}

// Without the list, nothing in the report comes from the certificate's
// names: no winners check is made at all.
func TestVerifyWithoutListChecksNoNames(t *testing.T) {
	cert, _ := drawn(t, tieredSpec(), ModeVerifiable)
	for _, ch := range Verify(cert, nil).Checks {
		if ch.Name != "key" && ch.Name != "replacements" {
			t.Errorf("check %s made without the list", ch.Name)
		}
	}
}

func TestReadListStopsAtTheBound(t *testing.T) {
	if l, err := readList(strings.NewReader("a\n\nb\nc\n"), 3); err != nil || len(l) != 3 {
		t.Fatalf("a list at the bound: %q %v", l, err)
	}
	if _, err := readList(strings.NewReader("a\nb\nc\nd\n"), 3); err == nil || !strings.Contains(err.Error(), "list_long") {
		t.Fatalf("a list over the bound: %v", err)
	}
}

func clonePicks(p []Pick) []Pick { return append([]Pick(nil), p...) }

func failed(r Report) string {
	var out []string
	for _, c := range r.Checks {
		if !c.OK {
			out = append(out, c.Name)
		}
	}
	return strings.Join(out, ",")
}

// FuzzVerify feeds certificate JSON to Verify, seeded with real
// certificates: it never panics, and it verifies only what the list
// itself gives (a verifiable certificate whose hash is the list's and
// whose every pick names the entry at its position).
func FuzzVerify(f *testing.F) {
	cert, list := withReplacement(f)
	weighted, _ := drawn(f, weightedSpec(f), ModeVerifiable)
	instant, _ := drawn(f, Spec{Entrants: names(30), Sources: []Source{InstantSource()}, Tiers: []Tier{{Name: "红包", Count: 2}}, Alternates: 3}, ModeInstant)
	for _, c := range []Certificate{cert, weighted, instant} {
		b, _ := json.Marshal(c)
		f.Add(b, true)
		f.Add(b, false)
	}
	f.Add([]byte(`{"format":"qunzhu-lottery-certificate/1","entrants":-1}`), false)
	f.Add([]byte(`{"format":"qunzhu-lottery-certificate/1","mode":"verifiable","entrants":9223372036854775807}`), false)
	f.Fuzz(func(t *testing.T, data []byte, withList bool) {
		c, err := ParseCertificate("fuzz.json", data)
		if err != nil {
			return
		}
		var l []string
		if withList {
			l = list
		}
		rep := Verify(c, l)
		if !rep.Verified {
			return
		}
		if !withList || c.Mode != ModeVerifiable || ListSHA256(l) != c.ListSHA256 || c.Entrants != len(l) {
			t.Fatalf("verified without the list's backing: %+v", c)
		}
		for _, p := range append(clonePicks(c.Winners), c.Backups...) {
			if l[p.Position-1] != p.Name {
				t.Fatalf("verified a pick naming %q at %d, the list has %q", p.Name, p.Position, l[p.Position-1])
			}
		}
	})
}
