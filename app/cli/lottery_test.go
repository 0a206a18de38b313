package cli_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"qunzhu/app/cli"
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

// lotteryCert draws from the RFC volunteers (the file in Windows form, with
// a BOM) and returns the certificate and list paths.
func lotteryCert(t *testing.T) (dir, cert, list string) {
	dir = t.TempDir()
	list = filepath.Join(dir, "entrants.txt")
	os.WriteFile(list, []byte("\uFEFF"+strings.ReplaceAll(rfcVolunteers, "\n", "\r\n")), 0o644)
	cert = filepath.Join(dir, "cert.json")
	if r := run(t, "", "lottery", "draw", "--entrants", list, "--source", "4 0 7", "--source", "3245.67",
		"--winners", "3", "--certificate", cert); r.code != 0 {
		t.Fatalf("draw: %s", r.stderr)
	}
	return dir, cert, list
}

// editCert writes a copy of the certificate with edit applied to its JSON.
func editCert(t *testing.T, cert, name string, edit func(c map[string]any)) string {
	var c map[string]any
	b, _ := os.ReadFile(cert)
	if err := json.Unmarshal(b, &c); err != nil {
		t.Fatal(err)
	}
	edit(c)
	b, _ = json.Marshal(c)
	out := filepath.Join(filepath.Dir(cert), name)
	os.WriteFile(out, b, 0o644)
	return out
}

type verifyOut struct {
	Verified bool   `json:"verified"`
	Outcome  string `json:"outcome"`
	Reason   string `json:"reason"`
}

// Only a certificate recomputed from its entrant list verifies (exit 0);
// every other outcome exits 1 with its reason in the JSON and on stderr.
func TestLotteryVerify(t *testing.T) {
	dir, cert, list := lotteryCert(t)
	other := filepath.Join(dir, "other.txt")
	os.WriteFile(other, []byte(rfcVolunteers+"Mallory\n"), 0o644)
	swapped := editCert(t, cert, "swapped.json", func(c map[string]any) {
		w := c["winners"].([]any)
		w[0], w[1] = w[1], w[0]
	})
	renamed := editCert(t, cert, "renamed.json", func(c map[string]any) { c["winners"].([]any)[0].(map[string]any)["name"] = "Mallory" })
	blank := filepath.Join(dir, "blank.txt")
	os.WriteFile(blank, []byte("\n \n"), 0o644)
	instant := editCert(t, cert, "instant.json", func(c map[string]any) { c["mode"] = "instant" })
	negative := editCert(t, cert, "negative.json", func(c map[string]any) { c["entrants"] = -1 })
	huge := editCert(t, cert, "huge.json", func(c map[string]any) { c["entrants"] = 1 << 60 })
	cases := []struct {
		name    string
		args    []string
		outcome string
		reason  string
	}{
		{"with the list", []string{cert, "--entrants", list}, "verified", "Verified"},
		{"without the list", []string{cert}, "incomplete", "without the entrant list"},
		{"a changed list", []string{cert, "--entrants", other}, "mismatch", "does not match"},
		{"an empty list", []string{cert, "--entrants", blank}, "mismatch", "does not match"},
		{"winners swapped", []string{swapped, "--entrants", list}, "mismatch", "does not match"},
		{"winners swapped, no list", []string{swapped}, "incomplete", "without the entrant list"},
		{"a winner renamed", []string{renamed, "--entrants", list}, "mismatch", "does not match"},
		{"instant mode", []string{instant, "--entrants", list}, "not_verifiable", "Not publicly verifiable"},
		{"entrants -1", []string{negative}, "invalid", "entrants is out of range: it must be from 1 to 10000000"},
		{"entrants huge", []string{huge, "--entrants", list}, "invalid", "entrants is out of range"},
	}
	for _, c := range cases {
		r := run(t, "", append([]string{"lottery", "verify"}, c.args...)...)
		got := decode[verifyOut](t, r)
		wantCode := 1
		if c.outcome == "verified" {
			wantCode = 0
		}
		if r.code != wantCode || got.Verified != (wantCode == 0) || got.Outcome != c.outcome || !strings.Contains(got.Reason, c.reason) {
			t.Errorf("%s: exit %d %+v, want %d %s %q", c.name, r.code, got, wantCode, c.outcome, c.reason)
		}
		if wantCode == 1 && !strings.Contains(r.stderr, c.reason) {
			t.Errorf("%s: stderr %q lacks the reason", c.name, r.stderr)
		}
	}
	for _, args := range [][]string{{list}, {cert, "--entrants", filepath.Join(dir, "missing.txt")}} {
		r := run(t, "", append([]string{"lottery", "verify"}, args...)...)
		got := decode[verifyOut](t, r)
		if r.code != 1 || got.Verified || got.Outcome != "invalid" || got.Reason == "" || !strings.Contains(r.stderr, got.Reason) {
			t.Errorf("verify %v: exit %d %+v, stderr %q", args, r.code, got, r.stderr)
		}
	}
	if r := run(t, "", "lottery", "verify", list); !strings.Contains(r.stderr, "not a Qunzhu lottery certificate") {
		t.Errorf("not a certificate: %q", r.stderr)
	}
}

// The reasons come in the user's language.
func TestLotteryVerifyReasonsLocalized(t *testing.T) {
	_, cert, _ := lotteryCert(t)
	for lang, want := range map[string]string{"zh-CN": "参与者名单", "zh-TW": "參與者名單", "en": "entrant list"} {
		var out, errb bytes.Buffer
		code := cli.Run(&cli.Env{Ctx: context.Background(), Args: []string{"lottery", "verify", cert}, Stdout: &out, Stderr: &errb, Lang: lang})
		var got verifyOut
		json.Unmarshal(out.Bytes(), &got)
		if code != 1 || !strings.Contains(got.Reason, want) || !strings.Contains(errb.String(), want) {
			t.Errorf("%s: exit %d reason %q stderr %q", lang, code, got.Reason, errb.String())
		}
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
