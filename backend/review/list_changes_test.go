package review_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"qunzhu/backend/activity"
	"qunzhu/backend/review"
	"qunzhu/backend/store"
	"qunzhu/backend/tiers"
	"qunzhu/backend/workspace"
)

// The weeks after the fixture's week 1 (2026-03-02..08).
var (
	week2 = struct{ from, to time.Time }{date("2026-03-09"), date("2026-03-15")}
	week3 = struct{ from, to time.Time }{date("2026-03-16"), date("2026-03-22")}
)

// 丁 becomes a KOC in week 2 and drops out in week 3: with the KOC line at
// 2 conversations started and 2 answers, nobody in the fixture's chat is
// one (nobody answers anyone); in week 2 丁 starts three conversations,
// each an @甲 after hours of quiet, and the re-scoring of 03-13 puts 丁 on
// the list; in week 3 the line is raised to 5 answers and the re-scoring
// of 03-17 takes 丁 off it. Week 1 (a new database: the lists were empty
// before) has no changes, and knows it.
func TestListChanges(t *testing.T) {
	f := planned(t, true)
	ctx := context.Background()
	set, err := f.ws.Activity.TierSettings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	set.KOCMinStarts, set.KOCMinReplies = 2, 2
	saveAndRescore(t, f.ws, set, "2026-03-04")
	path := filepath.Join(t.TempDir(), "week2.txt")
	week2Chat := "10.03.2026, 09:00 - 丁: @甲 早\n11.03.2026, 09:00 - 丁: @甲 今天聊什么\n12.03.2026, 09:00 - 丁: @甲 来了\n"
	if err := os.WriteFile(path, []byte(week2Chat), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := f.ws.Activity.Import(ctx, activity.Request{Path: path, GroupID: f.group}, nil); err != nil {
		t.Fatal(err)
	}
	saveAndRescore(t, f.ws, set, "2026-03-13")
	set.KOCMinReplies = 5
	saveAndRescore(t, f.ws, set, "2026-03-17")
	saveAndRescore(t, f.ws, set, "2026-03-18") // nothing changes: nothing is written
	var rows string
	if err := f.ws.DB.Read().QueryRow(`SELECT group_concat(list || ' ' || day || ' ' || change, '; ') FROM list_changes`).Scan(&rows); err != nil ||
		rows != "koc 2026-03-13 in; koc 2026-03-17 out" {
		t.Errorf("list_changes: %q (%v), want 丁 in on 03-13 and out on 03-17 alone", rows, err)
	}

	cases := []struct {
		name          string
		from, to      time.Time
		entered, left string
	}{
		{"week 1", week.from, week.to, "", ""},
		{"week 2", week2.from, week2.to, "丁", ""},
		{"week 3", week3.from, week3.to, "", "丁"},
		{"weeks 2 and 3: in and out again", week2.from, week3.to, "", ""},
	}
	for _, c := range cases {
		r, err := f.ws.Review.Get(ctx, review.Request{GroupID: f.group, From: c.from, To: c.to})
		if err != nil {
			t.Fatal(err)
		}
		got := r.KOCChanges
		if !got.Known || names(got.Entered) != c.entered || names(got.Left) != c.left ||
			got.EnteredCount != len(got.Entered) || got.LeftCount != len(got.Left) {
			t.Errorf("%s: KOC changes %+v, want entered %q, left %q", c.name, got, c.entered, c.left)
		}
		if s := r.SlippingChanges; !s.Known || len(s.Entered)+len(s.Left) != 0 {
			t.Errorf("%s: slipping changes %+v, want none", c.name, s)
		}
	}
	r, err := f.ws.Review.Get(ctx, review.Request{GroupID: f.group, From: week2.from, To: week2.to})
	if err != nil {
		t.Fatal(err)
	}
	var said []string
	for _, s := range r.Suggestions {
		said = append(said, s.Text("zh-CN"))
	}
	if want := "本期新增 KOC 1 人：丁，记得公开表扬。"; !strings.Contains(strings.Join(said, "\n"), want) {
		t.Errorf("week 2 suggestions %q, want %q among them", said, want)
	}
	if text := review.Text(r, "粉丝群", "zh-CN"); !strings.Contains(text, "KOC：新进 1 人，离开 0 人") {
		t.Errorf("week 2 text lacks the KOC changes:\n%s", text)
	}
}

func saveAndRescore(t *testing.T, ws *workspace.Workspace, set tiers.Settings, day string) {
	t.Helper()
	ctx := context.Background()
	if err := ws.Activity.SaveTierSettings(ctx, set); err != nil {
		t.Fatal(err)
	}
	if _, err := ws.Activity.Recompute(ctx, date(day).Add(12*time.Hour)); err != nil {
		t.Fatal(err)
	}
}

func names(list []activity.Listed) string {
	var out []string
	for _, m := range list {
		out = append(out, m.Nickname)
	}
	return strings.Join(out, ",")
}

// A database re-scored before the lists were recorded (migration 0016)
// knows them only from the day after that re-scoring: a review of the week
// holding it says there is no earlier record, the week after has changes.
// A database never re-scored knows the lists were empty.
func TestListChangesNoEarlierRecord(t *testing.T) {
	for _, c := range []struct {
		name      string
		rescored  bool
		weekKnown map[string]bool
	}{
		{"re-scored on 03-10", true, map[string]bool{"week 2": false, "week 3": true}},
		{"never re-scored", false, map[string]bool{"week 2": true, "week 3": true}},
	} {
		t.Run(c.name, func(t *testing.T) {
			ctx := context.Background()
			path := filepath.Join(t.TempDir(), "old.db")
			db, err := store.Open(ctx, path)
			if err != nil {
				t.Fatal(err)
			}
			if err := db.MigrateTo(ctx, 15); err != nil {
				t.Fatal(err)
			}
			_, err = db.Write().Exec(`INSERT INTO groups (id, name, name_key, platform, purpose, capacity, created_at, updated_at)
				VALUES (1, '老群', '老群', 'whatsapp', 'core', 500, 't', 't')`)
			if err == nil && c.rescored {
				_, err = db.Write().Exec(`INSERT INTO members (id, nickname, nick_key, nick_sort, platform, created_at, updated_at)
						VALUES (1, '甲', '甲', 'jia', 'whatsapp', 't', 't');
					INSERT INTO memberships (group_id, member_id, role, status) VALUES (1, 1, 'member', 'joined');
					INSERT INTO member_tiers (member_id, r, f, m, recency, frequency, monetary, tier, tier_since, stage,
						stage_since, role, koc, computed_at)
					VALUES (1, 3, 3, 3, 1, 5, 0, 'core', 't', 'steady', 't', 'member', 1, '2026-03-10T04:00:00Z')`)
			}
			db.Close()
			if err != nil {
				t.Fatal(err)
			}
			ws, err := workspace.Open(ctx, path)
			if err != nil {
				t.Fatal(err)
			}
			defer ws.Close()
			for _, w := range []struct {
				name     string
				from, to time.Time
			}{{"week 2", week2.from, week2.to}, {"week 3", week3.from, week3.to}} {
				r, err := ws.Review.Get(ctx, review.Request{GroupID: 1, From: w.from, To: w.to})
				if err != nil {
					t.Fatal(err)
				}
				if r.KOCChanges.Known != c.weekKnown[w.name] || r.SlippingChanges.Known != c.weekKnown[w.name] {
					t.Errorf("%s: known %v/%v, want %v", w.name, r.KOCChanges.Known, r.SlippingChanges.Known, c.weekKnown[w.name])
				}
				if !r.KOCChanges.Known {
					if text := review.Text(r, "老群", "en"); !strings.Contains(text, "KOC: no earlier record") {
						t.Errorf("%s: text lacks the missing record:\n%s", w.name, text)
					}
				}
			}
		})
	}
}
