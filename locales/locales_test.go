package locales

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

func TestCatalogsLoad(t *testing.T) {
	if err := Err(); err != nil {
		t.Fatal(err)
	}
	if len(Keys(Fallback)) < 20 {
		t.Fatalf("zh-CN catalog has only %d keys", len(Keys(Fallback)))
	}
}

// Every feature's catalog file exists in every language.
func TestFilesPerLanguage(t *testing.T) {
	base := Files(Fallback)
	if !slices.Contains(base, "active.zh-CN.toml") {
		t.Fatalf("zh-CN files = %v", base)
	}
	for _, lang := range Languages[1:] {
		for _, name := range base {
			other := strings.Replace(name, "."+Fallback+".", "."+lang+".", 1)
			if !slices.Contains(Files(lang), other) {
				t.Errorf("%s has no %s counterpart %s", name, lang, other)
			}
		}
		if len(Files(lang)) != len(base) {
			t.Errorf("%s has files %v, zh-CN has %v", lang, Files(lang), base)
		}
	}
}

// Every language has exactly the keys of zh-CN, with the same placeholders.
func TestParity(t *testing.T) {
	base := catalogFor(t, Fallback)
	for _, lang := range Languages[1:] {
		other := catalogFor(t, lang)
		for k, v := range base {
			ov, ok := other[k]
			if !ok {
				t.Errorf("%s lacks %s", lang, k)
				continue
			}
			if got, want := placeholdersOf(ov), placeholdersOf(v); !slices.Equal(got, want) {
				t.Errorf("%s %s has placeholders %v, zh-CN has %v", lang, k, got, want)
			}
			if strings.TrimSpace(ov) == "" {
				t.Errorf("%s %s is empty", lang, k)
			}
		}
		for k := range other {
			if _, ok := base[k]; !ok {
				t.Errorf("%s has %s, which zh-CN lacks", lang, k)
			}
		}
	}
}

var reserved = []string{"description", "other", "one", "id", "hash", "zero", "two", "few", "many", "leftdelim", "rightdelim"}

func TestNoReservedLeaves(t *testing.T) {
	for _, k := range Keys(Fallback) {
		leaf := strings.ToLower(k[strings.LastIndex(k, ".")+1:])
		if slices.Contains(reserved, leaf) {
			t.Errorf("key %s ends in %q, which go-i18n reserves", k, leaf)
		}
		if !strings.HasPrefix(k, "ui.") && !strings.HasPrefix(k, "err.") && !strings.HasPrefix(k, "app.") {
			t.Errorf("key %s is outside the ui/err/app namespaces", k)
		}
	}
}

func TestPlaceholdersArePlain(t *testing.T) {
	odd := regexp.MustCompile(`\{\{[^}]*\}\}`)
	for _, lang := range Languages {
		for k, v := range catalogFor(t, lang) {
			for _, m := range odd.FindAllString(v, -1) {
				if !placeholder.MatchString(m) {
					t.Errorf("%s %s: placeholder %s is not plain {{.Name}}", lang, k, m)
				}
			}
		}
	}
}

func TestLocalizeAndCatalog(t *testing.T) {
	got := Localize("en", "err.field.too_long", map[string]any{"Max": 60})
	if got != "At most 60 characters." {
		t.Errorf("Localize en = %q", got)
	}
	if got := Localize("zh-CN", "err.field.too_long", map[string]any{"Max": 60}); !strings.Contains(got, "60") || got == "err.field.too_long" {
		t.Errorf("Localize zh-CN = %q", got)
	}
	if got := Localize("en", "no.such.key", nil); got != "no.such.key" {
		t.Errorf("unknown key = %q", got)
	}
	if got := Catalog("en")["err.field.too_long"]; got != "At most {Max} characters." {
		t.Errorf("Catalog rewrite = %q", got)
	}
	if got := Catalog("xx-unknown")["app.name"]; got != catalogFor(t, Fallback)["app.name"] {
		t.Errorf("unknown language did not fall back to zh-CN: %q", got)
	}
}

func TestMatch(t *testing.T) {
	cases := map[string]string{
		"zh_CN.UTF-8": "zh-CN", "zh-Hans-CN": "zh-CN", "zh": "zh-CN", "zh-SG": "zh-CN",
		"zh_TW.UTF-8": "zh-TW", "zh-Hant": "zh-TW", "zh-HK": "zh-TW", "en_US.UTF-8": "en",
		"en": "en", "fr_FR": "", "": "",
	}
	for in, want := range cases {
		if got := Match(in); got != want {
			t.Errorf("Match(%q) = %q, want %q", in, got, want)
		}
	}
}

// Every key the code names exists in the catalogs.
func TestCodeUsesOnlyKnownKeys(t *testing.T) {
	known := catalogFor(t, Fallback)
	root := filepath.Join("..")
	goKey := regexp.MustCompile(`"((?:err|ui|app)\.[a-z0-9_]+(?:\.[a-z0-9_]+)+)"`)
	tsKey := regexp.MustCompile(`['"` + "`" + `]((?:err|ui|app)\.[a-z0-9_]+(?:\.[a-zA-Z0-9_]+)+)['"` + "`" + `]`)
	checked := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "node_modules" || d.Name() == "dist" || d.Name() == "wailsjs" || strings.HasPrefix(d.Name(), ".")) && path != root {
			return filepath.SkipDir
		}
		re := goKey
		switch {
		case strings.HasSuffix(path, "_test.go") || d.IsDir():
			return nil
		case strings.HasSuffix(path, ".go"):
		case strings.HasSuffix(path, ".ts") || strings.HasSuffix(path, ".vue"):
			re = tsKey
		default:
			return nil
		}
		body, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range re.FindAllStringSubmatch(string(body), -1) {
			checked++
			if _, ok := known[m[1]]; !ok {
				t.Errorf("%s uses %s, which no catalog has", path, m[1])
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked < 10 {
		t.Errorf("only %d key uses found: the scan is broken", checked)
	}
}

func catalogFor(t *testing.T, lang string) map[string]string {
	t.Helper()
	if err := Err(); err != nil {
		t.Fatal(err)
	}
	return loaded(lang).flat
}

func placeholdersOf(s string) []string {
	var out []string
	for _, m := range placeholder.FindAllStringSubmatch(s, -1) {
		out = append(out, m[1])
	}
	slices.Sort(out)
	return out
}
