package sample_test

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"testing"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/sample"
	"qunzhu/backend/workspace"
)

// contents is every table but settings and schema_migrations, each as its
// row count and a hash of its rows.
func contents(t *testing.T, ws *workspace.Workspace) map[string]string {
	t.Helper()
	rows, err := ws.DB.Read().Query(`SELECT name FROM sqlite_master WHERE type = 'table'
		AND name NOT LIKE 'sqlite\_%' ESCAPE '\' AND name NOT IN ('settings', 'schema_migrations')`)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for rows.Next() {
		var name string
		rows.Scan(&name)
		names = append(names, name)
	}
	rows.Close()
	if len(names) < 30 {
		t.Fatalf("only %d tables", len(names))
	}
	out := map[string]string{}
	for _, name := range names {
		var columns int
		ws.DB.Read().QueryRow(`SELECT count(*) FROM pragma_table_info(?)`, name).Scan(&columns)
		order := "1, 2"
		if columns < 2 {
			order = "1"
		}
		out[name] = hashRows(t, ws, `SELECT * FROM "`+name+`" ORDER BY `+order)
	}
	return out
}

// dataRows counts the rows of the tables in c.
func dataRows(c map[string]string) (n int) {
	for _, v := range c {
		var k int
		fmt.Sscan(v, &k)
		n += k
	}
	return n
}

func hashRows(t *testing.T, ws *workspace.Workspace, q string) string {
	t.Helper()
	saved := digests
	defer func() { digests = saved }()
	digests = []string{q}
	return digest(t, ws)[0]
}

// progressOf runs a sample on a new database, keeping the progress calls.
func progressOf(t *testing.T, o sample.Options) (sample.Report, [][2]int, []string) {
	t.Helper()
	ws := open(t)
	var calls [][2]int
	o.Progress = func(done, total int) { calls = append(calls, [2]int{done, total}) }
	rep, err := sample.Create(context.Background(), ws, o)
	if err != nil {
		t.Fatal(err)
	}
	return rep, calls, digest(t, ws)
}

func TestProgressRisesToTheTotal(t *testing.T) {
	_, calls, _ := progressOf(t, sample.Options{Members: 600, Months: 2, Seed: 5, Now: now, Lang: "en"})
	if len(calls) < 20 {
		t.Fatalf("%d progress calls, want the long steps to report as they go: %v", len(calls), calls)
	}
	total := calls[0][1]
	for i, c := range calls {
		if c[1] != total || c[0] <= 0 || c[0] > total || (i > 0 && c[0] <= calls[i-1][0]) {
			t.Fatalf("call %d: %v after %v (total %d)", i, c, calls[max(0, i-1)], total)
		}
	}
	if last := calls[len(calls)-1]; last[0] != total {
		t.Errorf("last call %v, want %d of %d", last, total, total)
	}
}

// Cancelled at any point, a run leaves the database as it found it (here
// with the watch words seeded beforehand, which stay), and a second run
// then makes exactly what a first run makes.
func TestCancelledRunLeavesNothing(t *testing.T) {
	o := sample.Options{Members: 600, Months: 2, Seed: 9, Now: now, Lang: "zh-CN"}
	want, calls, wantData := progressOf(t, o)
	total := calls[0][1]
	// Cancel at the end of each step but the last, and inside the long ones
	// (members, events, re-scoring).
	at := []int{1, 7, 13, 16, 30, 60, 75, 76, 82, 88, 89, 90, 96, 98}
	if total != 100 {
		t.Fatalf("total %d: the cancel points assume 100", total)
	}
	for _, k := range at {
		t.Run(fmt.Sprint(k), func(t *testing.T) {
			ws := open(t)
			if _, err := ws.Keywords.Seed(context.Background(), "zh-CN"); err != nil {
				t.Fatal(err)
			}
			before := contents(t, ws)
			if dataRows(before) == 0 {
				t.Fatal("no watch words seeded")
			}
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			o := o
			o.Progress = func(done, _ int) {
				if done >= k {
					cancel()
				}
			}
			_, err := sample.Create(ctx, ws, o)
			if errs.CodeOf(err) != errs.Cancelled {
				t.Fatalf("cancelled at %d: got %v, want cancelled", k, err)
			}
			if empty, err := sample.Empty(context.Background(), ws); err != nil || !empty {
				t.Errorf("empty %v, %v after the cancel", empty, err)
			}
			after := contents(t, ws)
			for name, was := range before {
				if after[name] != was {
					t.Errorf("%s: %s, before %s", name, after[name], was)
				}
			}
			var built string
			ws.DB.Read().QueryRow(`SELECT value FROM settings WHERE key = 'dashboard_built'`).Scan(&built)
			if built != "1" {
				t.Errorf("dashboard_built %q over empty summaries", built)
			}
			o.Progress = nil
			rep, err := sample.Create(context.Background(), ws, o)
			if err != nil {
				t.Fatal(err)
			}
			if rep != want {
				t.Errorf("second run %+v, fresh run %+v", rep, want)
			}
			if got := digest(t, ws); !slices.Equal(got, wantData) {
				t.Errorf("second run's data\n%v\nfresh run's\n%v", got, wantData)
			}
		})
	}
}

// At the default size (5,000 members, six months), a cancel in the middle
// of the events or after them is back to an empty database within a second.
func TestCancelIsQuickAtDefaultSize(t *testing.T) {
	if testing.Short() {
		t.Skip("default size")
	}
	for _, k := range []int{40, 82, 98} {
		ws := open(t)
		before := contents(t, ws)
		ctx, cancel := context.WithCancel(context.Background())
		o := sample.Defaults(now, "zh-CN")
		var stopped time.Time
		o.Progress = func(done, _ int) {
			if done >= k && stopped.IsZero() {
				stopped = time.Now()
				cancel()
			}
		}
		start := time.Now()
		_, err := sample.Create(ctx, ws, o)
		cancel()
		back := time.Since(stopped)
		if errs.CodeOf(err) != errs.Cancelled {
			t.Fatalf("at %d: %v", k, err)
		}
		if after := contents(t, ws); !maps.Equal(after, before) {
			t.Errorf("at %d: %v, before %v", k, after, before)
		}
		t.Logf("cancelled at %d after %v: empty again %v later", k, stopped.Sub(start).Round(time.Millisecond), back.Round(time.Millisecond))
		if back > time.Second {
			t.Errorf("at %d: %v from the cancel to an empty database", k, back)
		}
	}
}

// A run that fails (here: the workspace carries a trigger Qunzhu's
// migrations never made, so its scratch copy is refused as changed before
// any step) leaves the database and its triggers as they were and returns
// that error; without the trigger, the sample then goes in.
func TestFailedRunLeavesNothing(t *testing.T) {
	ws := open(t)
	if _, err := ws.DB.Write().Exec(`CREATE TRIGGER refuse BEFORE INSERT ON planner_violations
		BEGIN SELECT RAISE(ABORT, 'refused'); END`); err != nil {
		t.Fatal(err)
	}
	before := contents(t, ws)
	triggers := hashRows(t, ws, `SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY 1`)
	o := sample.Options{Members: 300, Months: 1, Seed: 2, Now: now, Lang: "en"}
	_, err := sample.Create(context.Background(), ws, o)
	if errs.CodeOf(err) != errs.Invalid || errs.As(err).Key != "err.db.foreign" {
		t.Fatalf("got %v, want the changed-database error", err)
	}
	if after := contents(t, ws); !maps.Equal(after, before) {
		t.Errorf("after the failure %v, before %v", after, before)
	}
	if got := hashRows(t, ws, `SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY 1`); got != triggers {
		t.Errorf("triggers after the restore: %s, before %s", got, triggers)
	}
	ws.DB.Write().Exec(`DROP TRIGGER refuse`)
	if rep, err := sample.Create(context.Background(), ws, o); err != nil || rep.Violations != 3 {
		t.Errorf("after dropping the trigger: %+v, %v", rep, err)
	}
}

// While one sample goes in, a second is refused: its check for an empty
// database would pass, and its failure would take out the first one's.
func TestOneSampleAtATime(t *testing.T) {
	a, b := open(t), open(t)
	o := sample.Options{Members: 100, Months: 1, Seed: 1, Now: now, Lang: "en"}
	second := make(chan error, 1)
	first := o
	first.Progress = func(done, _ int) {
		if done == 1 {
			_, err := sample.Create(context.Background(), b, o)
			second <- err
		}
	}
	if _, err := sample.Create(context.Background(), a, first); err != nil {
		t.Fatal(err)
	}
	if err := <-second; errs.CodeOf(err) != errs.Conflict {
		t.Errorf("second sample meanwhile: %v, want conflict", err)
	}
	if _, err := sample.Create(context.Background(), b, o); err != nil {
		t.Errorf("second sample after: %v", err)
	}
}
