package cli_test

import (
	"path/filepath"
	"testing"
)

// health and dashboard print the same KPIs for the same group and period of
// the sample workspace; health also says a chat is on record there.
func TestHealthAgreesWithDashboard(t *testing.T) {
	db := filepath.Join(t.TempDir(), "q.db")
	if r := run(t, db, "sample", "--members", "200", "--months", "2", "--date", "2026-11-30"); r.code != 0 {
		t.Fatalf("sample: exit %d, %s", r.code, r.stderr)
	}
	groups := decode[[]map[string]any](t, run(t, db, "groups", "list", "--json"))
	if len(groups) < 2 {
		t.Fatalf("the sample has %d groups, want several", len(groups))
	}
	scopes := [][]string{nil}
	for _, g := range groups {
		scopes = append(scopes, []string{"--group", g["name"].(string)})
	}
	keys := []string{"members", "messages", "days", "speakers", "reached", "silent", "messagesPer100", "reach",
		"participation", "silentShare", "silentAlert", "recorded", "thresholds"}
	for _, scope := range scopes {
		for _, p := range [][2]string{{"2026-11-24", "2026-11-30"}, {"2026-11-01", "2026-11-30"}, {"2026-10-12", "2026-10-18"}} {
			args := append([]string{"--from", p[0], "--to", p[1], "--json"}, scope...)
			d := decode[map[string]any](t, run(t, db, append([]string{"dashboard"}, args...)...))
			h := decode[map[string]any](t, run(t, db, append([]string{"health"}, args...)...))
			for _, k := range keys {
				if !equalJSON(d[k], h[k]) {
					t.Errorf("%v %v: %s is %v on the dashboard, %v in health", scope, p, k, d[k], h[k])
				}
			}
			if d["messages"] == 0.0 || h["anyRecorded"] != true || h["recorded"] != true {
				t.Errorf("%v %v: messages %v, recorded %v/%v; the sample holds a month of chat", scope, p,
					d["messages"], h["recorded"], h["anyRecorded"])
			}
		}
	}
	if r := run(t, db, "health", "--from", "2026-11-30"); r.code == 0 {
		t.Errorf("health with half a period: exit 0, %s", r.stdout)
	}
}

func equalJSON(a, b any) bool {
	am, aok := a.(map[string]any)
	bm, bok := b.(map[string]any)
	if aok != bok {
		return false
	}
	if !aok {
		return a == b
	}
	if len(am) != len(bm) {
		return false
	}
	for k, v := range am {
		if !equalJSON(v, bm[k]) {
			return false
		}
	}
	return true
}
