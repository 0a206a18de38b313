package tiers

import (
	"encoding/json"
	"errors"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"text/template"

	"qunzhu/backend/errs"
)

// catalogs reads locale_keys.json: language → key → text.
func catalogs(t *testing.T) map[string]map[string]string {
	t.Helper()
	body, err := os.ReadFile("locale_keys.json")
	if err != nil {
		t.Fatal(err)
	}
	var c map[string]map[string]string
	if err := json.Unmarshal(body, &c); err != nil {
		t.Fatal(err)
	}
	return c
}

var placeholderRe = regexp.MustCompile(`\{\{\s*\.(\w+)\s*\}\}`)

// Every language has the same keys with the same plain placeholders.
func TestLocaleKeysParity(t *testing.T) {
	c := catalogs(t)
	base := c["zh-CN"]
	for _, lang := range []string{"zh-CN", "zh-TW", "en"} {
		other, ok := c[lang]
		if !ok || len(other) != len(base) {
			t.Fatalf("%s has %d keys, zh-CN %d", lang, len(other), len(base))
		}
		for k, v := range base {
			if got, want := names(other[k]), names(v); !slices.Equal(got, want) {
				t.Errorf("%s %s: placeholders %v, zh-CN %v", lang, k, got, want)
			}
			if strings.Count(other[k], "{{") != len(names(other[k])) {
				t.Errorf("%s %s: a placeholder is not plain {{.Name}}", lang, k)
			}
		}
	}
}

// Every rule the engine emits has a text in every language whose
// placeholders its params fill, and every text is emitted by some rule.
func TestRuleKeysCovered(t *testing.T) {
	c := catalogs(t)
	used := map[string]bool{}
	for _, r := range Compute(keyCorpus(), now, DefaultSettings()) {
		rules := append([]Rule{r.TierRule, r.StageRule, r.RoleRule}, r.ListRules...)
		for _, rule := range rules {
			used[rule.Key] = true
			for lang, texts := range c {
				render(t, lang, rule, texts[rule.Key])
			}
		}
	}
	var e *errs.Error
	bad := DefaultSettings()
	bad.CoreMin = 99
	if err := bad.Validate(); errors.As(err, &e) {
		for _, f := range e.Fields {
			used[f.Key] = true
			for lang, texts := range c {
				render(t, lang, Rule{Key: f.Key, Params: f.Params}, texts[f.Key])
			}
		}
	}
	for k := range c["zh-CN"] {
		if !used[k] {
			t.Errorf("%s is in locale_keys.json but nothing emits it", k)
		}
	}
}

// parsed caches templates by language and key.
var parsed = map[string]*template.Template{}

func render(t *testing.T, lang string, rule Rule, text string) {
	t.Helper()
	if text == "" {
		t.Errorf("%s lacks %s", lang, rule.Key)
		return
	}
	tpl, err := parsed[lang+rule.Key], error(nil)
	if tpl == nil {
		tpl, err = template.New(rule.Key).Option("missingkey=error").Parse(text)
		parsed[lang+rule.Key] = tpl
	}
	if err == nil {
		err = tpl.Execute(new(strings.Builder), rule.Params)
	}
	if err != nil {
		t.Errorf("%s %s with %v: %v", lang, rule.Key, rule.Params, err)
	}
}

func names(s string) []string {
	var out []string
	for _, m := range placeholderRe.FindAllStringSubmatch(s, -1) {
		out = append(out, m[1])
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// keyCorpus is a synthetic group plus members that reach the rarer rules.
func keyCorpus() []Stats {
	out := synthGroup(3000, 5, now)
	add := func(st Stats, set func(*Stats)) {
		st.MemberID = int64(len(out) + 1)
		set(&st)
		out = append(out, st)
	}
	add(talker(0, 35, 4), func(s *Stats) { s.PrevTier, s.PrevTierAt = Active, ago(2) })
	add(talker(0, 1, 4), func(s *Stats) { s.Daily7, s.PrevStage, s.PrevStageAt = 1.0/7, StageMature, ago(2) })
	add(talker(0, 0, 400), func(s *Stats) { s.Daily7, s.Posts = 6, 2 })
	add(talker(0, 0, 400), func(s *Stats) { s.Daily7 = 6 })
	add(talker(0, 0, 300), func(s *Stats) { s.Daily7 = 4 })
	add(talker(0, 2, 300), func(s *Stats) { s.Daily7, s.Baseline = 0.1, 3 })
	add(talker(0, 0, 60), func(s *Stats) { s.Daily7, s.JoinedAt, s.Starts, s.Replies = 2, ago(10), 6, 30 })
	add(talker(0, 16, 60), func(s *Stats) { s.PrevTier = Core })
	add(Stats{}, func(s *Stats) { s.JoinedAt = ago(3) })
	add(Stats{}, func(*Stats) {})
	return out
}
