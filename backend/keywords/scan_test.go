package keywords_test

import (
	"context"
	"testing"

	"qunzhu/backend/errs"
	"qunzhu/backend/keywords"
)

// After an import only the new events are scanned; a changed list makes
// the next scan read everything again, and a deleted word lets a shorter
// one hit where it did.
func TestScanIncrementalAndAfterChanges(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	f.seed(t)
	f.importChat(t, "a.txt", true, adChat...)
	f.scan(t)
	more := append(append([]string{}, adChat...), "04.05.2024, 08:00 - 小刚: 这是骗子吧", "04.05.2024, 08:01 - 小刚: 666")
	f.importChat(t, "b.txt", false, more...) // the first five are stored already
	steps := []struct {
		name   string
		change func()
		full   bool
		events int
		want   string
	}{
		{"new events only", func() {}, false, 2, "骗子 最 退款 国家级 最好 全网第一"},
		{"nothing new", func() {}, false, 0, "骗子 最 退款 国家级 最好 全网第一"},
		{"word added", func() {
			must(f.kw.Add(ctx, keywords.Word{Text: "面霜", Category: "competitor", Severity: 2}))
		}, true, 7, "骗子 最 退款 国家级 最好 全网第一 面霜"},
		{"word deleted", func() {
			if err := f.kw.Delete(ctx, f.wordID(t, "全网第一")); err != nil {
				t.Fatal(err)
			}
		}, true, 7, "骗子 最 退款 国家级 最好 第一 面霜"},
		{"severity changed", func() {
			id := f.wordID(t, "骗子")
			must(f.kw.Update(ctx, id, keywords.Word{Text: "骗子", Category: "negative", Severity: 1}))
		}, false, 0, "骗子 最 退款 国家级 最好 第一 面霜"},
		{"text changed", func() {
			id := f.wordID(t, "骗子")
			must(f.kw.Update(ctx, id, keywords.Word{Text: "骗", Category: "negative", Severity: 1}))
		}, true, 7, "骗 最 退款 国家级 最好 第一 面霜"},
	}
	for _, s := range steps {
		s.change()
		st, _ := f.kw.State(ctx)
		if st.Stale != s.full {
			t.Errorf("%s: stale = %v, want %v", s.name, st.Stale, s.full)
		}
		rep := f.scan(t)
		if rep.Full != s.full || rep.Events != s.events {
			t.Errorf("%s: scan = %+v, want full %v, %d events", s.name, rep, s.full, s.events)
		}
		if got := matches(f.hits(t, keywords.Filter{})); got != s.want {
			t.Errorf("%s: hits %q, want %q", s.name, got, s.want)
		}
	}
	if p := f.hits(t, keywords.Filter{GroupID: f.group.ID}); p.Total != 6 {
		t.Errorf("%d hits in the group, want 6 (骗 was said outside it)", p.Total)
	}
}

// A cancelled rescan stores nothing: the old hits stay, the list stays
// marked as changed, and progress was reported before the stop.
func TestRescanCancelled(t *testing.T) {
	f := newFixture(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	f.seed(t)
	lines := make([]string, 0, 3*4096)
	for i := range cap(lines) {
		lines = append(lines, "05.05.2024, 10:00 - 小"+string(rune('A'+i%26))+": 第一名 "+itoa(i))
	}
	f.importChat(t, "big.txt", true, lines...)
	f.importChat(t, "small.txt", true, adChat...)
	rep := f.scan(t)
	if rep.Hits != len(lines)+5 {
		t.Fatalf("scan = %+v, want %d hits", rep, len(lines)+5)
	}
	must(f.kw.Add(ctx, keywords.Word{Text: "第一名", Category: "custom", Severity: 1}))
	calls := 0
	_, err := f.kw.Rescan(ctx, func(done, total int) {
		calls++
		if done > total || total != len(lines)+5 {
			t.Errorf("progress %d of %d", done, total)
		}
		cancel()
	})
	if errs.CodeOf(err) != errs.Cancelled || calls == 0 {
		t.Fatalf("rescan = %v after %d reports, want cancelled", err, calls)
	}
	st, _ := f.kw.State(context.Background())
	if p := f.hits(t, keywords.Filter{WordID: f.wordID(t, "第一")}); !st.Stale || p.Total != len(lines) {
		t.Errorf("after cancel: stale %v, %d hits of 第一, want the old %d", st.Stale, p.Total, len(lines))
	}
	full, err := f.kw.Rescan(context.Background(), nil)
	if err != nil || full.Hits != len(lines)+5 || f.hits(t, keywords.Filter{Category: "custom"}).Total != len(lines) {
		t.Errorf("rescan = %+v, %v", full, err)
	}
}

// Events taken away (a purged member) drop out of the listing at once, and
// out of the counts and the table at the next scan.
func TestHitsOfDeletedEvents(t *testing.T) {
	f := newFixture(t)
	f.seed(t)
	f.importChat(t, "a.txt", true, adChat...)
	f.scan(t)
	if _, err := f.db.Write().Exec(`DELETE FROM events WHERE text LIKE '%退款%'`); err != nil {
		t.Fatal(err)
	}
	if got := matches(f.hits(t, keywords.Filter{})); got != "最 国家级 最好 全网第一" {
		t.Errorf("hits %q", got)
	}
	f.importChat(t, "b.txt", true, "06.05.2024, 10:00 - 小刚: 最后一次")
	if rep := f.scan(t); rep.Full || rep.Events != 1 {
		t.Errorf("scan = %+v, want the one new event", rep)
	}
	counts, _ := f.kw.Count(context.Background(), keywords.Filter{})
	p := f.hits(t, keywords.Filter{})
	if matches(p) != "最 最 国家级 最好 全网第一" || p.Total != 5 || counts.Total != 5 || counts.Categories["negative"] != 0 {
		t.Errorf("after the scan: %q of %d, counts %+v", matches(p), p.Total, counts)
	}
	var rows int
	f.db.Read().QueryRow(`SELECT count(*) FROM keyword_hits`).Scan(&rows)
	if rows != 5 {
		t.Errorf("%d hit rows stored, want 5", rows)
	}
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	s := ""
	for ; i > 0; i /= 10 {
		s = string(rune('0'+i%10)) + s
	}
	return s
}
