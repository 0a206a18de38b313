package cli_test

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const rfcVolunteers = `John
Mary
Bashful
Dopey
Sleepy
Grouchy
Doc
Sneazy
Handsome
Cassandra
Pollyanna
Pendragon
Pandora
Faith
Hope
Charity
Lee
Longsuffering
Chastity
Smith
Pride
Sloth
Envy
Anger
Kasczynski
`

type drawOut struct {
	Entrants   int    `json:"entrants"`
	ListSHA256 string `json:"listSha256"`
	Key        string `json:"key"`
	Winners    []struct {
		Position int    `json:"position"`
		Name     string `json:"name"`
	} `json:"winners"`
	Alternates []struct {
		Position int    `json:"position"`
		Name     string `json:"name"`
	} `json:"alternates"`
}

// A fan reproduces RFC 3797's worked example with no database at all.
func TestLotteryDrawRFCExample(t *testing.T) {
	dir := t.TempDir()
	list := filepath.Join(dir, "entrants.txt")
	os.WriteFile(list, []byte(rfcVolunteers), 0o644)
	r := run(t, "", "lottery", "draw", "--entrants", list, "--source", "9319", "--source", "2 5 12 8 10",
		"--source", "9,18,26,34,41,45", "--winners", "10", "--alternates", "2", "--json")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	out := decode[drawOut](t, r)
	sum := sha256.Sum256([]byte(rfcVolunteers))
	if out.Entrants != 25 || out.Key != "9319./2.5.8.10.12./9.18.26.34.41.45./" || out.ListSHA256 != hex.EncodeToString(sum[:]) {
		t.Fatalf("draw = %+v", out)
	}
	want := []int{17, 7, 2, 16, 25, 23, 8, 24, 19, 13}
	names := strings.Fields("Lee Doc Mary Charity Kasczynski Envy Sneazy Anger Chastity Pandora")
	for i, w := range out.Winners {
		if w.Position != want[i] || w.Name != names[i] {
			t.Errorf("winner %d = %d %s, want %d %s", i+1, w.Position, w.Name, want[i], names[i])
		}
	}
	if len(out.Winners) != 10 || len(out.Alternates) != 2 {
		t.Fatalf("%d winners, %d alternates", len(out.Winners), len(out.Alternates))
	}
}

func TestLotteryVerify(t *testing.T) {
	dir := t.TempDir()
	list := filepath.Join(dir, "entrants.txt")
	os.WriteFile(list, []byte("\uFEFF"+strings.ReplaceAll(rfcVolunteers, "\n", "\r\n")), 0o644)
	cert := filepath.Join(dir, "cert.json")
	if r := run(t, "", "lottery", "draw", "--entrants", list, "--source", "4 0 7", "--source", "3245.67",
		"--winners", "3", "--certificate", cert); r.code != 0 {
		t.Fatalf("draw: %s", r.stderr)
	}
	type report struct {
		Match  bool `json:"match"`
		Checks []struct {
			Name string `json:"name"`
			OK   bool   `json:"ok"`
		} `json:"checks"`
	}
	for _, args := range [][]string{{cert}, {cert, "--entrants", list}} {
		r := run(t, "", append([]string{"lottery", "verify"}, args...)...)
		if rep := decode[report](t, r); r.code != 0 || !rep.Match {
			t.Fatalf("verify %v: exit %d %+v %s", args, r.code, rep, r.stderr)
		}
	}
	// a list with one more name does not match the certificate
	other := filepath.Join(dir, "other.txt")
	os.WriteFile(other, []byte(rfcVolunteers+"Mallory\n"), 0o644)
	if r := run(t, "", "lottery", "verify", cert, "--entrants", other); r.code != 1 || decode[report](t, r).Match {
		t.Errorf("a changed list verified: exit %d %s", r.code, r.stdout)
	}
	// a certificate with a winner swapped does not match
	var c map[string]any
	b, _ := os.ReadFile(cert)
	json.Unmarshal(b, &c)
	w := c["winners"].([]any)
	w[0], w[1] = w[1], w[0]
	b, _ = json.Marshal(c)
	forged := filepath.Join(dir, "forged.json")
	os.WriteFile(forged, b, 0o644)
	if r := run(t, "", "lottery", "verify", forged); r.code != 1 || !strings.Contains(r.stderr, "does not match") {
		t.Errorf("forged certificate: exit %d, stderr %q", r.code, r.stderr)
	}
	if r := run(t, "", "lottery", "verify", list); r.code != 1 || !strings.Contains(r.stderr, "not a Qunzhu lottery certificate") {
		t.Errorf("not a certificate: exit %d %q", r.code, r.stderr)
	}
}

func TestLotteryDrawErrors(t *testing.T) {
	dir := t.TempDir()
	list := filepath.Join(dir, "l.txt")
	os.WriteFile(list, []byte("a\nb\n"), 0o644)
	cases := []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"lottery", "draw", "--entrants", list, "--winners", "1"}, 2, ""},
		{[]string{"lottery", "draw", "--entrants", list, "--source", "1", "--winners", "3"}, 1, "3 prizes but only 2"},
		{[]string{"lottery", "draw", "--entrants", list, "--source", "，", "--winners", "1"}, 1, "Public value 1 is empty"},
		{[]string{"lottery", "draw", "--entrants", filepath.Join(dir, "none.txt"), "--source", "1", "--winners", "1"}, 1, "could not be read"},
		{[]string{"lottery", "shuffle"}, 2, ""},
	}
	for _, c := range cases {
		r := run(t, "", c.args...)
		if r.code != c.code || !strings.Contains(r.stderr, c.msg) {
			t.Errorf("%v: exit %d stderr %q, want %d %q", c.args, r.code, r.stderr, c.code, c.msg)
		}
	}
}

// Prizes in tiers from the command line: the RFC's order, tier by tier.
func TestLotteryDrawTiers(t *testing.T) {
	list := filepath.Join(t.TempDir(), "entrants.txt")
	os.WriteFile(list, []byte(rfcVolunteers), 0o644)
	r := run(t, "", "lottery", "draw", "--entrants", list, "--source", "9319", "--source", "2 5 12 8 10",
		"--source", "9 18 26 34 41 45", "--tiers", "一等奖:1，二等奖：2", "--alternates", "1")
	var out struct {
		Winners []struct {
			Position int    `json:"position"`
			Tier     string `json:"tier"`
		} `json:"winners"`
		Alternates []struct {
			Position int    `json:"position"`
			Tier     string `json:"tier"`
		} `json:"alternates"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &out); err != nil || r.code != 0 {
		t.Fatalf("exit %d %v: %s %s", r.code, err, r.stdout, r.stderr)
	}
	got := fmt.Sprint(out.Winners, out.Alternates)
	if got != "[{17 一等奖} {7 二等奖} {2 二等奖}] [{16 }]" {
		t.Fatalf("tiers = %s", got)
	}
	if r := run(t, "", "lottery", "draw", "--entrants", list, "--source", "1", "--tiers", "一等奖"); r.code != 2 {
		t.Errorf("a tier without a count: exit %d", r.code)
	}
}
