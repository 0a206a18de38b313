package lottery

import (
	"fmt"
	"strings"
	"testing"

	"qunzhu/backend/errs"
)

func names(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("粉丝%03d", i+1)
	}
	return out
}

var testSources = []Source{{Label: "福彩3D", Values: "4 0 7"}, {Label: "上证收盘", Values: "3245.67"}}

func TestDrawTiersAndAlternates(t *testing.T) {
	spec := Spec{Entrants: names(40), Sources: testSources,
		Tiers: []Tier{{Name: "一等奖", Count: 1}, {Name: "二等奖", Count: 3}, {Name: "三等奖", Count: 5}}, Alternates: -1}
	res, err := Draw(spec)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Winners) != 9 || len(res.Alternates) != 10 {
		t.Fatalf("winners %d alternates %d, want 9 and 10 (more alternates than winners)", len(res.Winners), len(res.Alternates))
	}
	key, _ := Key(testSources)
	seq := Select(key, 40, 19)
	seen := map[string]bool{}
	for i, p := range append(res.Winners, res.Alternates...) {
		if seen[p.Name] {
			t.Fatalf("%s picked twice", p.Name)
		}
		seen[p.Name] = true
		if p.Position != seq[i]+1 || p.Order != i+1 || p.Step != i {
			t.Errorf("pick %d = position %d order %d step %d, want position %d", i, p.Position, p.Order, p.Step, seq[i]+1)
		}
	}
	wantTier := []int{0, 1, 1, 1, 2, 2, 2, 2, 2}
	for i, w := range res.Winners {
		if w.Tier != wantTier[i] {
			t.Errorf("winner %d tier %d, want %d", i, w.Tier, wantTier[i])
		}
	}
	for _, a := range res.Alternates {
		if a.Tier != -1 {
			t.Errorf("alternate %+v has a tier", a)
		}
	}
}

// An entrant listed twice (a ×2 weight) wins at most once.
func TestDrawWeightedEntrantWinsOnce(t *testing.T) {
	list := []string{"阿花", "阿花", "小明", "小明", "小红"}
	res, err := Draw(Spec{Entrants: list, Sources: testSources, Tiers: []Tier{{Name: "奖", Count: 3}}, Alternates: 5})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, w := range res.Winners {
		got[w.Name]++
	}
	if len(res.Winners) != 3 || got["阿花"] != 1 || got["小明"] != 1 || got["小红"] != 1 {
		t.Fatalf("winners %+v", res.Winners)
	}
	if len(res.Alternates) != 0 {
		t.Fatalf("alternates %+v, want none (everyone won)", res.Alternates)
	}
	if res.Skipped == 0 {
		// five tickets, three people: the sequence must pass someone over
		// unless the three first steps hit three different people.
		seq := Select(res.Key, 5, 3)
		if list[seq[0]] == list[seq[1]] || list[seq[0]] == list[seq[2]] || list[seq[1]] == list[seq[2]] {
			t.Fatalf("a repeat was not counted as skipped")
		}
	}
}

func TestDrawRefusesBadSpecs(t *testing.T) {
	cases := []struct {
		name string
		spec Spec
		key  string
	}{
		{"no entrants", Spec{Sources: testSources, Tiers: []Tier{{Count: 1}}}, "err.invalid_input"},
		{"no tiers", Spec{Entrants: names(3), Sources: testSources}, "err.invalid_input"},
		{"zero count", Spec{Entrants: names(3), Sources: testSources, Tiers: []Tier{{Count: 0}}}, "err.invalid_input"},
		{"no sources", Spec{Entrants: names(3), Tiers: []Tier{{Count: 1}}}, "err.invalid_input"},
		{"too few", Spec{Entrants: names(3), Sources: testSources, Tiers: []Tier{{Count: 4}}}, "err.lottery.too_few"},
		{"too few people", Spec{Entrants: []string{"a", "a", "b"}, Sources: testSources, Tiers: []Tier{{Count: 3}}}, "err.lottery.too_few"},
		{"bad value", Spec{Entrants: names(3), Sources: []Source{{Values: "八八"}}, Tiers: []Tier{{Count: 1}}}, "err.lottery.source_value"},
		{"empty source", Spec{Entrants: names(3), Sources: []Source{{Values: " , "}}, Tiers: []Tier{{Count: 1}}}, "err.lottery.source_empty"},
	}
	for _, c := range cases {
		_, err := Draw(c.spec)
		if got := errs.As(err).Key; err == nil || got != c.key {
			t.Errorf("%s: err = %v, want key %s", c.name, err, c.key)
		}
	}
}

func TestKeyFormats(t *testing.T) {
	cases := []struct {
		in   []string
		want string
	}{
		{[]string{"007, 12.50", "3.0"}, "7.12.5./3./"},
		{[]string{"１２ ３"}, "3.12./"},
		{[]string{"20261205"}, "20261205./"},
		{[]string{"9f3a 10"}, "10.9F3A./"},
		{[]string{"a-b", "0"}, "AB./0./"},
	}
	for _, c := range cases {
		var src []Source
		for _, v := range c.in {
			src = append(src, Source{Values: v})
		}
		if got, err := Key(src); err != nil || got != c.want {
			t.Errorf("Key(%q) = %q, %v; want %q", c.in, got, err, c.want)
		}
	}
}

func TestListHashIsTheFileHash(t *testing.T) {
	list, err := ReadList(strings.NewReader("\uFEFF 张三 \r\n\r\n李四\nbob\n"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(list, "|") != "张三|李四|bob" {
		t.Fatalf("list %q", list)
	}
	// sha256 of "张三\n李四\nbob\n", computed with sha256sum
	if got := ListSHA256(list); got != sha256Hex(ListText(list)) {
		t.Fatalf("hash %s differs from the text's", got)
	}
}
