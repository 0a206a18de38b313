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

// catalog is one language's messages, loaded on first use: the window needs
// only the active language's, the others load when the user switches to them.
type catalog struct {
	once   sync.Once
	bundle *i18n.Bundle      // for Localize
	flat   map[string]string // key -> raw template, for Catalog
	err    error
}

var catalogs = func() map[string]*catalog {
	m := map[string]*catalog{}
	for _, lang := range Languages {
		m[lang] = &catalog{}
	}
	return m
}()

// loaded returns lang's catalog (one of Languages, else the fallback's), loading it once.
func loaded(lang string) *catalog {
	c, ok := catalogs[lang]
	if !ok {
		lang, c = Fallback, catalogs[Fallback]
	}
	c.once.Do(func() { c.bundle, c.flat, c.err = loadLanguage(lang) })
	return c
}

// Files lists a language's catalog files: active.LANG.toml and one
// FEATURE.LANG.toml per feature, in name order.
func Files(lang string) []string {
	names, _ := fs.Glob(FS, "*."+lang+".toml")
	sort.Strings(names)
	return names
}

// loadLanguage reads every file of lang once, flattens them into one key ->
// template map (a key defined in two files is an error) and builds the
// bundle from that map: the catalogs hold no plural forms, so each key is
// one message. Parsing each file once halves the load (issue 16).
func loadLanguage(lang string) (*i18n.Bundle, map[string]string, error) {
	tag := language.MustParse(lang)
	bundle := i18n.NewBundle(tag)
	out := map[string]string{}
	for _, name := range Files(lang) {
		flat, err := flatten(name)
		if err != nil {
			return nil, nil, err
		}
		for k, v := range flat {
			if _, dup := out[k]; dup {
				return nil, nil, fmt.Errorf("%s: key %s is defined in another %s file too", name, k, lang)
			}
			out[k] = v
		}
	}
	msgs := make([]*i18n.Message, 0, len(out))
	for k, v := range out {
		msgs = append(msgs, &i18n.Message{ID: k, Other: v})
	}
	if err := bundle.AddMessages(tag, msgs...); err != nil {
		return nil, nil, fmt.Errorf("load %s: %w", lang, err)
	}
	return bundle, out, nil
}

// Warm loads lang's catalog now, so that the first message in it does not
// wait for it; the window calls it in the background while it opens.
func Warm(lang string) { loaded(Match(lang)) }

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

// Err loads every language and reports a catalog that failed to (a test checks it is nil).
func Err() error {
	for _, lang := range Languages {
		if c := loaded(lang); c.err != nil {
			return c.err
		}
	}
	return nil
}

// Keys returns the sorted keys of a language's catalog.
func Keys(lang string) []string {
	flat := loaded(lang).flat
	keys := make([]string, 0, len(flat))
	for k := range flat {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

var placeholder = regexp.MustCompile(`\{\{\s*\.(\w+)\s*\}\}`)

// Catalog returns a language's strings for the frontend, with go-i18n's
// {{.Name}} placeholders rewritten to {Name}.
func Catalog(lang string) map[string]string {
	src := loaded(Match(lang)).flat
	out := make(map[string]string, len(src))
	for k, v := range src {
		out[k] = placeholder.ReplaceAllString(v, "{$1}")
	}
	return out
}

// Localize renders key in lang (else zh-CN) with params; an unknown key renders as itself.
func Localize(lang, key string, params map[string]any) string {
	if msg, ok := localizeIn(Match(lang), key, params); ok {
		return msg
	}
	if msg, ok := localizeIn(Fallback, key, params); ok {
		return msg
	}
	return key
}

func localizeIn(lang, key string, params map[string]any) (string, bool) {
	c := loaded(lang)
	if c.err != nil {
		return "", false
	}
	msg, err := i18n.NewLocalizer(c.bundle).
		Localize(&i18n.LocalizeConfig{MessageID: key, TemplateData: params})
	return msg, err == nil
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
