package chatlog

import (
	"encoding/json"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestLocaleKeys checks locale_keys.json: every language has the keys of
// zh-CN with the same plain {{.Name}} placeholders, and every err.chat key
// the code uses is there.
func TestLocaleKeys(t *testing.T) {
	var catalog map[string]map[string]string
	if err := json.Unmarshal(readFile(t, "locale_keys.json"), &catalog); err != nil {
		t.Fatal(err)
	}
	base := catalog["zh-CN"]
	for _, lang := range []string{"zh-CN", "zh-TW", "en"} {
		msgs := catalog[lang]
		if !slices.Equal(slices.Sorted(maps.Keys(msgs)), slices.Sorted(maps.Keys(base))) {
			t.Errorf("%s keys differ from zh-CN", lang)
		}
		for k, v := range msgs {
			if !slices.Equal(placeholders(v), placeholders(base[k])) || strings.Count(v, "{{") != len(placeholders(v)) {
				t.Errorf("%s %s: placeholders %q, zh-CN %q", lang, k, v, base[k])
			}
		}
	}
	for _, key := range usedKeys(t) {
		if _, ok := base[key]; !ok {
			t.Errorf("%s is used but not in locale_keys.json", key)
		}
	}
}

var placeholderRe = regexp.MustCompile(`\{\{\.([A-Za-z]+)\}\}`)

func placeholders(s string) []string {
	var out []string
	for _, m := range placeholderRe.FindAllStringSubmatch(s, -1) {
		out = append(out, m[1])
	}
	slices.Sort(out)
	return out
}

// usedKeys are the "err.chat.*" strings in the package's Go files.
func usedKeys(t *testing.T) []string {
	files, _ := filepath.Glob("*.go")
	keyRe := regexp.MustCompile(`"(err\.chat\.[a-z_]+)"`)
	var keys []string
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		for _, m := range keyRe.FindAllStringSubmatch(string(readFile(t, f)), -1) {
			keys = append(keys, m[1])
		}
	}
	if len(keys) == 0 {
		t.Fatal("no keys found")
	}
	return keys
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
