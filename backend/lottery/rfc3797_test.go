package lottery

import (
	"encoding/hex"
	"strings"
	"testing"
)

// The fully worked example of RFC 3797 section 6: three sources, a pool of
// 25 volunteers, and the digests and selections the RFC prints.
var rfcSources = []Source{
	{Label: "lottery", Values: "9319"},
	{Label: "daily numbers", Values: "2 5 12 8 10"},
	{Label: "six numbers", Values: "9 18 26 34 41 45"},
}

const rfcKey = "9319./2.5.8.10.12./9.18.26.34.41.45./"

var rfcDigests = []string{
	"990DD0A5692A029A98B5E01AA28F3459", "3691E55CB63FCC37914430B2F70B5EC6",
	"FE814EDF564C190AC1D25753979990FA", "1863CCACEB568C31D7DDBDF1D4E91387",
	"F4AB33DF4889F0AF29C513905BE1D758", "13EAEB529F61ACFB9A29D0BA3A60DE4A",
	"992DB77C382CA2BDB9727001F3CDCCD9", "63AB4258ECA922976811C7F55C383CE7",
	"DFBC5AC97CED01B3A6E348E3CC63F40D", "31CB111C4A4EBE9287CEAE16FE51B909",
	"07FA46C122F164C215BBC72793B189A3", "AC52F8D75CCBE2E61AFEB3387637D501",
	"53306F73E14FC0B2FBF434218D25948E", "B5D1403501A81F9A47318BE7893B347C",
	"85B10B356AA06663EF1B1B407765100A", "3269E6CE559ABD57E2BA6AAB495EB9BD",
}

// The RFC's selection order (1-based volunteer numbers).
var rfcSelected = []int{17, 7, 2, 16, 25, 23, 8, 24, 19, 13}

var rfcNames = strings.Fields(`John Mary Bashful Dopey Sleepy Grouchy Doc Sneazy Handsome Cassandra
	Pollyanna Pendragon Pandora Faith Hope Charity Lee Longsuffering Chastity Smith
	Pride Sloth Envy Anger Kasczynski`)

func TestRFC3797Key(t *testing.T) {
	got, err := Key(rfcSources)
	if err != nil || got != rfcKey {
		t.Fatalf("Key = %q, %v; want %q", got, err, rfcKey)
	}
}

func TestRFC3797Digests(t *testing.T) {
	for i, want := range rfcDigests {
		d := Digest(rfcKey, i)
		if got := strings.ToUpper(hex.EncodeToString(d[:])); got != want {
			t.Errorf("digest %d = %s, want %s", i, got, want)
		}
	}
}

func TestRFC3797Selection(t *testing.T) {
	got := Select(rfcKey, 25, len(rfcSelected))
	for i, pos := range got {
		if pos+1 != rfcSelected[i] {
			t.Fatalf("selection %d = %d, want %d (all: %v)", i+1, pos+1, rfcSelected[i], plusOne(got))
		}
	}
	if len(got) != len(rfcSelected) {
		t.Fatalf("got %d selections, want %d", len(got), len(rfcSelected))
	}
}

// The whole draw over the RFC's named volunteers gives the RFC's names.
func TestRFC3797DrawNames(t *testing.T) {
	res, err := Draw(Spec{Entrants: rfcNames, Sources: rfcSources, Tiers: []Tier{{Name: "nomcom", Count: 10}}, Alternates: -1})
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Fields("Lee Doc Mary Charity Kasczynski Envy Sneazy Anger Chastity Pandora")
	for i, w := range res.Winners {
		if w.Name != want[i] || w.Position != rfcSelected[i] {
			t.Errorf("winner %d = %d %s, want %d %s", i+1, w.Position, w.Name, rfcSelected[i], want[i])
		}
	}
	if res.Key != rfcKey || res.Entrants != 25 {
		t.Errorf("key %q entrants %d", res.Key, res.Entrants)
	}
}

func TestSelectionIsPrefixStable(t *testing.T) {
	short := Select(rfcKey, 1000, 5)
	long := Select(rfcKey, 1000, 50)
	for i := range short {
		if short[i] != long[i] {
			t.Fatalf("selection %d differs: %d vs %d", i, short[i], long[i])
		}
	}
	all := Select(rfcKey, 30, 100)
	seen := map[int]bool{}
	for _, p := range all {
		if seen[p] || p < 0 || p >= 30 {
			t.Fatalf("position %d repeated or out of range: %v", p, all)
		}
		seen[p] = true
	}
	if len(all) != 30 {
		t.Fatalf("whole pool: %d selections, want 30", len(all))
	}
}

func plusOne(ps []int) []int {
	out := make([]int, len(ps))
	for i, p := range ps {
		out[i] = p + 1
	}
	return out
}
