package keywords_test

import (
	"context"
	"maps"
	"strings"
	"testing"

	"qunzhu/backend/errs"
	"qunzhu/backend/keywords"
)

// Adding words: each bad field named with its key, duplicates caught after
// folding (width, case, zero-width characters), nothing stored on failure.
func TestAddValidates(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	if _, err := f.kw.Add(ctx, keywords.Word{Text: "VIP专享", Category: "custom", Severity: 2}); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		word keywords.Word
		want map[string]string // field -> key; empty: stored
	}{
		{"ok", keywords.Word{Text: " 竞品A ", Category: "Competitor", Severity: 3}, map[string]string{}},
		{"empty", keywords.Word{Text: "  ", Category: "custom", Severity: 1}, map[string]string{"text": "err.field.required"}},
		{"zero width only", keywords.Word{Text: "\u200b\u200d", Category: "custom", Severity: 1}, map[string]string{"text": "err.field.required"}},
		{"too long", keywords.Word{Text: strings.Repeat("长", keywords.MaxText+1), Category: "custom", Severity: 1},
			map[string]string{"text": "err.field.too_long"}},
		{"note too long", keywords.Word{Text: "丙", Category: "custom", Severity: 1, Note: strings.Repeat("注", keywords.MaxNote+1)},
			map[string]string{"note": "err.field.too_long"}},
		{"severity", keywords.Word{Text: "甲", Category: "custom", Severity: 4}, map[string]string{"severity": "err.field.range"}},
		{"category", keywords.Word{Text: "乙", Category: "spam", Severity: 1}, map[string]string{"category": "err.keywords.category"}},
		{"duplicate folded", keywords.Word{Text: "ｖｉｐ专\u200b享", Category: "custom", Severity: 1},
			map[string]string{"text": "err.keywords.duplicate"}},
		{"two fields", keywords.Word{Text: "", Category: "x", Severity: 0},
			map[string]string{"text": "err.field.required", "category": "err.keywords.category", "severity": "err.field.range"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e, err := f.kw.Add(ctx, c.word)
			if got := fieldKeys(err); !maps.Equal(got, c.want) {
				t.Fatalf("Add(%+v) fields = %v (%v), want %v", c.word, got, err, c.want)
			}
			if err == nil && (e.ID == 0 || e.Text != strings.TrimSpace(c.word.Text) || e.Category != "competitor") {
				t.Errorf("stored %+v", e)
			}
		})
	}
	list, _ := f.kw.List(ctx)
	if len(list) != 2 || list[0].Text != "竞品A" || list[1].Text != "VIP专享" {
		t.Errorf("list = %+v, want the competitor then the custom word", list)
	}
}

// Updating and deleting: unknown ids are not found, a rename onto another
// word is a duplicate, renaming a word to a spelling of itself is fine.
func TestUpdateDelete(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	a, _ := f.kw.Add(ctx, keywords.Word{Text: "apple", Category: "competitor", Severity: 1})
	b, _ := f.kw.Add(ctx, keywords.Word{Text: "banana", Category: "competitor", Severity: 1})
	if _, err := f.kw.Update(ctx, b.ID, keywords.Word{Text: "APPLE", Category: "competitor", Severity: 1}); fieldKeys(err)["text"] != "err.keywords.duplicate" {
		t.Errorf("rename onto another word: %v", err)
	}
	if _, err := f.kw.Update(ctx, a.ID, keywords.Word{Text: "Apple", Category: "custom", Severity: 3, Note: "n"}); err != nil {
		t.Errorf("respell: %v", err)
	}
	if _, err := f.kw.Update(ctx, 999, keywords.Word{Text: "x", Category: "custom", Severity: 1}); errs.CodeOf(err) != errs.NotFound {
		t.Errorf("update unknown: %v", err)
	}
	if err := f.kw.Delete(ctx, 999); errs.CodeOf(err) != errs.NotFound {
		t.Errorf("delete unknown: %v", err)
	}
	if err := f.kw.Delete(ctx, b.ID); err != nil {
		t.Fatal(err)
	}
	list, _ := f.kw.List(ctx)
	if len(list) != 1 || list[0].Text != "Apple" || list[0].Severity != 3 || list[0].Category != "custom" || list[0].Note != "n" {
		t.Errorf("list = %+v", list)
	}
}

// The defaults are seeded once; deleted defaults stay deleted until the
// user restores them, and restoring leaves the user's words and edits be.
func TestSeedAndRestoreDefaults(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	defaults := keywords.Defaults("zh-CN")
	f.seed(t)
	if again, err := f.kw.Seed(ctx, "zh-CN"); again || err != nil {
		t.Fatalf("second seed = %v, %v", again, err)
	}
	list, _ := f.kw.List(ctx)
	if len(list) != len(defaults) {
		t.Fatalf("%d words seeded, want %d", len(list), len(defaults))
	}
	if err := f.kw.Delete(ctx, f.wordID(t, "国家级")); err != nil {
		t.Fatal(err)
	}
	id := f.wordID(t, "最好")
	if _, err := f.kw.Update(ctx, id, keywords.Word{Text: "最好", Category: "adlaw", Severity: 3, Note: "mine"}); err != nil {
		t.Fatal(err)
	}
	f.kw.Add(ctx, keywords.Word{Text: "友商", Category: "competitor", Severity: 2})
	if _, err := f.kw.Seed(ctx, "zh-CN"); err != nil {
		t.Fatal(err)
	}
	if n := len(must(f.kw.List(ctx))); n != len(defaults) { // -1 deleted, +1 added
		t.Errorf("after reseeding %d words, want %d", n, len(defaults))
	}
	n, err := f.kw.RestoreDefaults(ctx, "zh-CN")
	if err != nil || n != 1 {
		t.Fatalf("restore = %d, %v; want 1", n, err)
	}
	list = must(f.kw.List(ctx))
	if len(list) != len(defaults)+1 {
		t.Errorf("%d words after restore, want %d", len(list), len(defaults)+1)
	}
	for _, e := range list {
		if e.ID == id && (e.Severity != 3 || e.Note != "mine") {
			t.Errorf("restore changed the user's edit: %+v", e)
		}
	}
	f.wordID(t, "国家级")
	f.wordID(t, "友商")
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// In English or traditional Chinese the user's list comes on top of the
// zh-CN one; words both hold are added once.
func TestSeedLanguages(t *testing.T) {
	cn := keywords.Defaults("zh-CN")
	for _, lang := range []string{"zh-CN", "zh-TW", "en", "fr"} {
		f := newFixture(t)
		if _, err := f.kw.Seed(context.Background(), lang); err != nil {
			t.Fatal(err)
		}
		keys := map[string]bool{}
		for _, w := range cn {
			keys[keywords.FoldString(w.Text)] = true
		}
		if lang == "zh-TW" || lang == "en" {
			for _, w := range keywords.Defaults(lang) {
				keys[keywords.FoldString(w.Text)] = true
			}
		}
		if n := len(must(f.kw.List(context.Background()))); n != len(keys) {
			t.Errorf("%s: %d words seeded, want %d", lang, n, len(keys))
		}
	}
}
