// Package locales holds Qunzhu's message catalogs (go-i18n TOML, one file per
// language) and the helpers that read them: Localize for Go-side text,
// Catalog for the frontend.
package locales

import (
	"embed"
	"fmt"
	"io/fs"
	"regexp"
	"sort"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"
	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

//go:embed *.toml
var FS embed.FS

// Languages, the first being the fallback.
var Languages = []string{"zh-CN", "zh-TW", "en"}

// Fallback is the language used when nothing better is known.
const Fallback = "zh-CN"

var (
	once      sync.Once
	bundle    *i18n.Bundle
	catalogs  map[string]map[string]string
	loadError error
)

func load() {
	bundle = i18n.NewBundle(language.MustParse(Fallback))
	bundle.RegisterUnmarshalFunc("toml", toml.Unmarshal)
	catalogs = map[string]map[string]string{}
	for _, lang := range Languages {
		flat, err := loadLanguage(lang)
		if err != nil {
			loadError = err
			return
		}
		catalogs[lang] = flat
	}
}

// Files lists a language's catalog files: active.LANG.toml and one
// FEATURE.LANG.toml per feature, in name order.
func Files(lang string) []string {
	names, _ := fs.Glob(FS, "*."+lang+".toml")
	sort.Strings(names)
	return names
}

// loadLanguage loads every file of lang into the bundle and flattens them
// into one key -> template map; a key defined in two files is an error.
func loadLanguage(lang string) (map[string]string, error) {
	out := map[string]string{}
	for _, name := range Files(lang) {
		if _, err := bundle.LoadMessageFileFS(FS, name); err != nil {
			return nil, fmt.Errorf("load %s: %w", name, err)
		}
		flat, err := flatten(name)
		if err != nil {
			return nil, err
		}
		for k, v := range flat {
			if _, dup := out[k]; dup {
				return nil, fmt.Errorf("%s: key %s is defined in another %s file too", name, k, lang)
			}
			out[k] = v
		}
	}
	return out, nil
}

// flatten reads a catalog file into key -> raw template.
func flatten(name string) (map[string]string, error) {
	var tree map[string]any
	if _, err := toml.DecodeFS(FS, name, &tree); err != nil {
		return nil, fmt.Errorf("parse %s: %w", name, err)
	}
	out := map[string]string{}
	var walk func(prefix string, m map[string]any)
	walk = func(prefix string, m map[string]any) {
		for k, v := range m {
			switch v := v.(type) {
			case string:
				out[prefix+k] = v
			case map[string]any:
				walk(prefix+k+".", v)
			}
		}
	}
	walk("", tree)
	return out, nil
}

// Err reports a catalog that failed to load (a test checks it is nil).
func Err() error {
	once.Do(load)
	return loadError
}

// Keys returns the sorted keys of a language's catalog.
func Keys(lang string) []string {
	once.Do(load)
	keys := make([]string, 0, len(catalogs[lang]))
	for k := range catalogs[lang] {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

var placeholder = regexp.MustCompile(`\{\{\s*\.(\w+)\s*\}\}`)

// Catalog returns a language's strings for the frontend, with go-i18n's
// {{.Name}} placeholders rewritten to {Name}.
func Catalog(lang string) map[string]string {
	once.Do(load)
	src, ok := catalogs[Match(lang)]
	if !ok {
		src = catalogs[Fallback]
	}
	out := make(map[string]string, len(src))
	for k, v := range src {
		out[k] = placeholder.ReplaceAllString(v, "{$1}")
	}
	return out
}

// Localize renders key in lang with params; an unknown key renders as itself.
func Localize(lang, key string, params map[string]any) string {
	once.Do(load)
	if loadError != nil {
		return key
	}
	loc := i18n.NewLocalizer(bundle, Match(lang), Fallback)
	msg, err := loc.Localize(&i18n.LocalizeConfig{MessageID: key, TemplateData: params})
	if err != nil {
		return key
	}
	return msg
}

// Match maps a language tag (zh-Hant-TW, zh_TW.UTF-8, en-US, zh) to one of
// Languages, or "" when it matches none.
func Match(tag string) string {
	t := strings.ToLower(strings.ReplaceAll(strings.SplitN(tag, ".", 2)[0], "_", "-"))
	switch {
	case t == "":
		return ""
	case strings.HasPrefix(t, "zh"):
		if strings.Contains(t, "hant") || strings.HasSuffix(t, "-tw") || strings.HasSuffix(t, "-hk") || strings.HasSuffix(t, "-mo") {
			return "zh-TW"
		}
		return "zh-CN"
	case t == "en" || strings.HasPrefix(t, "en-"):
		return "en"
	}
	return ""
}
