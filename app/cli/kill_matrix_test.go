package cli_test

import (
	"context"
	"crypto/sha256"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"qunzhu/backend/store"
)

// The kill -9 matrix: every long write the command line runs is killed
// with SIGKILL at killPoints moments spread over its duration (measured
// first, on a run left alone). After each kill the database passes
// integrity_check, the write's effect is all or nothing (the state is the
// one before or the one after the complete run, never a third), and the
// same command run again ends in the complete state.
//
// `go test` runs small data sets; `make bench` (BenchmarkKillMatrix) ten
// times bigger ones (QUNZHU_KILL_SCALE). QUNZHU_KILL_SEED replays a run's
// kill points.

const killPoints = 10

// killCase is one long write.
type killCase struct {
	name string
	// prepare makes the database in p.dir (p.dir/q.db) and any input
	// files in p.files, and returns the command's arguments; "{dir}" in
	// them stands for the folder of the copy the command runs on.
	prepare func(tb testing.TB, p killPrep) []string
	// state is the write's effect on the copy in dir, as text.
	state func(tb testing.TB, dir string) string
}

func killCases() []killCase {
	return []killCase{
		{"members import", prepareMembersImport, membersState},
		{"activity import", prepareActivityImport, eventsState},
		{"restore", prepareRestore, restoreState},
		{"backup", prepareBackup, backupState},
		{"sample", prepareSample, sampleState},
		{"tiers recompute", prepareTiers, tiersState},
		{"keywords scan", prepareKeywordsScan, keywordsState},
		{"dashboard rebuild", prepareDashboard, dashboardState},
	}
}

func TestKillMatrix(t *testing.T) {
	runKillMatrix(t, 1)
}

// BenchmarkKillMatrix runs the matrix on data QUNZHU_KILL_SCALE (10)
// times bigger; it measures nothing but how long the matrix takes.
func BenchmarkKillMatrix(b *testing.B) {
	scale := 10
	if s := os.Getenv("QUNZHU_KILL_SCALE"); s != "" {
		var err error
		if scale, err = strconv.Atoi(s); err != nil || scale < 1 {
			b.Fatalf("QUNZHU_KILL_SCALE=%q", s)
		}
	}
	for range b.N {
		runKillMatrix(b, scale)
	}
}

// killPrep is where a case prepares its data, and how much.
type killPrep struct {
	dir, files string
	scale      int
	shared     string // the sample workspace several cases start from
}

func runKillMatrix(tb testing.TB, scale int) {
	if runtime.GOOS == "windows" {
		tb.Skip("SIGKILL semantics are POSIX; Windows runs the same store code")
	}
	seed := killSeed(tb)
	shared := tb.TempDir()
	prepareSampleDB(tb, shared, 3*scale)
	for i, c := range killCases() {
		r := rand.New(rand.NewPCG(seed, uint64(i)))
		if t, ok := tb.(*testing.T); ok {
			t.Run(c.name, func(t *testing.T) {
				t.Parallel() // the children mostly wait to be killed: two cases at a time fit two cores
				killCaseRun(t, c, killPrep{scale: scale, shared: shared}, r)
			})
		} else {
			killCaseRun(tb, c, killPrep{scale: scale, shared: shared}, r)
		}
	}
}

// killSeed is QUNZHU_KILL_SEED, else a fresh one; it is logged either way.
func killSeed(tb testing.TB) uint64 {
	seed := uint64(time.Now().UnixNano())
	if s := os.Getenv("QUNZHU_KILL_SEED"); s != "" {
		v, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			tb.Fatalf("QUNZHU_KILL_SEED=%q", s)
		}
		seed = v
	}
	tb.Logf("kill matrix seed %d (QUNZHU_KILL_SEED=%d replays it)", seed, seed)
	return seed
}

// killRun is one case on its way: the command, the states around it and
// how long it takes left alone.
type killRun struct {
	c             killCase
	prep          string
	args          []string
	before, after string
	took          time.Duration
}

func killCaseRun(tb testing.TB, c killCase, p killPrep, r *rand.Rand) {
	k := measure(tb, c, p)
	seen := map[string]int{}
	for i := range killPoints {
		at := time.Duration((float64(i) + r.Float64()) / killPoints * float64(k.took))
		seen[k.killOnce(tb, filepath.Join(filepath.Dir(k.prep), fmt.Sprint("kill", i)), at)]++
	}
	tb.Logf("%s: %v left alone; after %d kills: %d before, %d after", c.name, k.took.Round(time.Millisecond),
		killPoints, seen["before"], seen["after"])
}

// measure prepares the case and runs it once to the end on a copy: the
// states before and after, and how long it took.
func measure(tb testing.TB, c killCase, p killPrep) killRun {
	root := tb.TempDir()
	p.dir, p.files = filepath.Join(root, "prep"), filepath.Join(root, "files")
	for _, d := range []string{p.dir, p.files} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			tb.Fatal(err)
		}
	}
	k := killRun{c: c, prep: p.dir, args: c.prepare(tb, p)}
	k.before = c.state(tb, k.prep)
	ref := copyRun(tb, k.prep, filepath.Join(root, "ref"))
	start := time.Now()
	if out, err := killChild(ref, k.args).CombinedOutput(); err != nil {
		tb.Fatalf("%s left alone: %v\n%s", c.name, err, tail(out))
	}
	k.took = time.Since(start)
	if k.after = c.state(tb, ref); k.after == k.before {
		tb.Fatalf("%s changes nothing: the state is %s before and after", c.name, k.before)
	}
	return k
}

// killOnce kills the command on a fresh copy in dir after at, checks that
// the state is before or after, and when it is before, that a second run
// ends in after. It says which state the kill left.
func (k killRun) killOnce(tb testing.TB, dir string, at time.Duration) string {
	copyRun(tb, k.prep, dir)
	switch got := killAt(tb, k.c, dir, k.args, at); got {
	case k.after:
		return "after" // it was done when the kill came
	case k.before:
	default:
		tb.Errorf("%s killed at %v: state %s, neither before (%s) nor after (%s)", k.c.name, at, got, k.before, k.after)
		return "between"
	}
	out, err := killChild(dir, k.args).CombinedOutput()
	if again := k.c.state(tb, dir); err != nil || again != k.after {
		tb.Errorf("%s run again after the kill at %v: %v, state %s, want %s\n%s", k.c.name, at, err, again, k.after, tail(out))
	}
	return "before"
}

// killAt starts the command on dir, SIGKILLs it after at (unless it ended
// first), checks the database's integrity and returns the write's state.
func killAt(tb testing.TB, c killCase, dir string, args []string, at time.Duration) string {
	cmd := killChild(dir, args)
	cmd.Stdout, cmd.Stderr = io.Discard, io.Discard
	if err := cmd.Start(); err != nil {
		tb.Fatal(err)
	}
	time.Sleep(at)
	cmd.Process.Kill()
	cmd.Wait()
	integrityOK(tb, filepath.Join(dir, "q.db"))
	return c.state(tb, dir)
}

// killChild is the command on the copy in dir (child re-runs this test
// binary as the command line).
func killChild(dir string, args []string) *exec.Cmd {
	expanded := make([]string, len(args))
	for i, a := range args {
		expanded[i] = strings.ReplaceAll(a, "{dir}", dir)
	}
	return child(filepath.Join(dir, "q.db"), expanded...)
}

// copyRun copies the prepared folder (the database, its backups) to dst.
func copyRun(tb testing.TB, src, dst string) string {
	tb.Helper()
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
	})
	if err != nil {
		tb.Fatal(err)
	}
	return dst
}

// prepRun runs a command that makes the data a case starts from.
func prepRun(tb testing.TB, db string, args ...string) {
	tb.Helper()
	if out, err := child(db, args...).CombinedOutput(); err != nil {
		tb.Fatalf("%v: %v\n%s", args, err, tail(out))
	}
}

// prepSQL changes the prepared database directly.
func prepSQL(tb testing.TB, db string, stmts ...string) {
	tb.Helper()
	withDB(tb, db, func(d *store.DB) {
		for _, q := range stmts {
			if _, err := d.Write().Exec(q); err != nil {
				tb.Fatalf("%s: %v", q, err)
			}
		}
	})
}

func withDB(tb testing.TB, path string, fn func(d *store.DB)) {
	tb.Helper()
	d, err := store.Open(context.Background(), path)
	if err != nil {
		tb.Fatalf("open %s: %v", path, err)
	}
	defer d.Close()
	fn(d)
}

func integrityOK(tb testing.TB, path string) {
	tb.Helper()
	if _, err := os.Stat(path); err != nil {
		return // killed before the database was made
	}
	withDB(tb, path, func(d *store.DB) {
		var ok string
		if err := d.Read().QueryRow("PRAGMA integrity_check").Scan(&ok); err != nil || ok != "ok" {
			tb.Fatalf("integrity_check of %s = %q, %v", path, ok, err)
		}
	})
}

// rowsText is a query's rows as text; long results are hashed.
func rowsText(tb testing.TB, path string, q string) string {
	tb.Helper()
	var out string
	withDB(tb, path, func(d *store.DB) {
		rows, err := d.Read().Query(q)
		if err != nil {
			tb.Fatalf("%s: %v", q, err)
		}
		defer rows.Close()
		cols, _ := rows.Columns()
		vals, ptrs := make([]any, len(cols)), make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		var b strings.Builder
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				tb.Fatal(err)
			}
			fmt.Fprintln(&b, vals...)
		}
		out = b.String()
	})
	if len(out) > 200 {
		return fmt.Sprintf("%d lines %x", strings.Count(out, "\n"), sha256.Sum256([]byte(out)))
	}
	return strings.TrimSpace(out)
}

// ---- the cases --------------------------------------------------------------

func prepareMembersImport(tb testing.TB, p killPrep) []string {
	prepRun(tb, filepath.Join(p.dir, "q.db"), "groups", "add", "--name", "铁粉群", "--platform", "douyin", "--capacity", "500")
	var b strings.Builder
	b.WriteString("用户昵称,抖音号,粉丝团等级\n")
	for i := range 4000 * p.scale {
		fmt.Fprintf(&b, "粉丝%06d,dy%08d,%d\n", i, i, i%30)
	}
	file := filepath.Join(p.files, "fans.csv")
	os.WriteFile(file, []byte(b.String()), 0o644)
	return []string{"members", "import", file, "--group", "铁粉群"}
}

func membersState(tb testing.TB, dir string) string {
	return rowsText(tb, filepath.Join(dir, "q.db"), `SELECT (SELECT count(*) FROM members), (SELECT count(*) FROM memberships)`)
}

func prepareActivityImport(tb testing.TB, p killPrep) []string {
	prepRun(tb, filepath.Join(p.dir, "q.db"), "groups", "add", "--name", "粉丝群", "--platform", "whatsapp", "--capacity", "500")
	var b strings.Builder
	day := time.Date(2026, 9, 1, 8, 0, 0, 0, time.UTC)
	for i := range 15000 * p.scale {
		at := day.Add(time.Duration(i) * 3 * time.Minute)
		fmt.Fprintf(&b, "%s - 成员%03d: 第 %d 条消息\n", at.Format("02.01.2006, 15:04"), i%300, i)
	}
	file := filepath.Join(p.files, "WhatsApp Chat.txt")
	os.WriteFile(file, []byte(b.String()), 0o644)
	return []string{"activity", "import", file, "--group", "粉丝群"}
}

func eventsState(tb testing.TB, dir string) string {
	return rowsText(tb, filepath.Join(dir, "q.db"), `SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM members)`)
}

// restore: the database holds one group; the backup another and members.
func prepareRestore(tb testing.TB, p killPrep) []string {
	src := p
	src.dir = filepath.Join(p.files, "src")
	os.MkdirAll(src.dir, 0o755)
	args := prepareMembersImport(tb, src)
	prepRun(tb, filepath.Join(src.dir, "q.db"), args...)
	backup := filepath.Join(p.files, "backup.db")
	prepRun(tb, filepath.Join(src.dir, "q.db"), "backup", "--out", backup)
	prepRun(tb, filepath.Join(p.dir, "q.db"), "groups", "add", "--name", "旧群", "--platform", "qq", "--capacity", "200")
	return []string{"restore", backup}
}

func restoreState(tb testing.TB, dir string) string {
	return rowsText(tb, filepath.Join(dir, "q.db"), `SELECT (SELECT group_concat(name) FROM groups), (SELECT count(*) FROM members)`)
}

// prepareSampleDB puts a small sample workspace in dir.
func prepareSampleDB(tb testing.TB, dir string, scale int) string {
	db := filepath.Join(dir, "q.db")
	prepRun(tb, db, "sample", "--members", fmt.Sprint(300*scale), "--months", "2", "--seed", "3", "--date", "2026-11-30")
	return db
}

// sampleCopy copies the shared sample workspace into p.dir.
func (p killPrep) sampleCopy(tb testing.TB) string {
	copyRun(tb, p.shared, p.dir)
	return filepath.Join(p.dir, "q.db")
}

func prepareBackup(tb testing.TB, p killPrep) []string {
	p.sampleCopy(tb)
	return []string{"backup", "--out", "{dir}/out.db"}
}

// backupState: the backup file is absent or complete (it opens, and holds
// the members); a NAME.part a kill left is no backup.
func backupState(tb testing.TB, dir string) string {
	out := filepath.Join(dir, "out.db")
	if _, err := os.Stat(out); err != nil {
		return "absent"
	}
	if _, err := store.Inspect(context.Background(), out); err != nil {
		return "broken: " + err.Error()
	}
	return "complete, members " + rowsText(tb, out, `SELECT count(*) FROM members`)
}

func prepareSample(tb testing.TB, p killPrep) []string {
	prepRun(tb, filepath.Join(p.dir, "q.db"), "groups", "list", "--json") // an empty database
	return []string{"sample", "--members", fmt.Sprint(300 * p.scale), "--months", "1", "--seed", "5", "--date", "2026-11-30"}
}

func sampleState(tb testing.TB, dir string) string {
	return rowsText(tb, filepath.Join(dir, "q.db"), `SELECT (SELECT count(*) FROM groups), (SELECT count(*) FROM members),
		(SELECT count(*) FROM events), (SELECT count(*) FROM lotteries), (SELECT count(*) FROM planner_violations)`)
}

func prepareTiers(tb testing.TB, p killPrep) []string {
	prepSQL(tb, p.sampleCopy(tb), `DELETE FROM member_tiers`)
	return []string{"tiers", "recompute"}
}

func tiersState(tb testing.TB, dir string) string {
	return rowsText(tb, filepath.Join(dir, "q.db"), `SELECT member_id, tier, stage FROM member_tiers ORDER BY 1`)
}

// keywords scan: a new watch word makes the next scan a full one.
func prepareKeywordsScan(tb testing.TB, p killPrep) []string {
	db := p.sampleCopy(tb)
	prepRun(tb, db, "keywords", "add", "的", "--category", "custom", "--severity", "1")
	return []string{"keywords", "scan"}
}

func keywordsState(tb testing.TB, dir string) string {
	return rowsText(tb, filepath.Join(dir, "q.db"), `SELECT (SELECT count(*) FROM keyword_hits), last_event, stale FROM keyword_state`)
}

// dashboard rebuild: summaries taken out and marked unbuilt, as on a
// database from before them; the first dashboard counts them again.
func prepareDashboard(tb testing.TB, p killPrep) []string {
	prepSQL(tb, p.sampleCopy(tb), `DELETE FROM dashboard_days`, `DELETE FROM dashboard_daysets`,
		`DELETE FROM dashboard_last`, `DELETE FROM dashboard_lastdays`,
		`DELETE FROM settings WHERE key IN ('dashboard_built', 'dashboard_sets_built')`)
	return []string{"dashboard", "--days", "30", "--json"}
}

func dashboardState(tb testing.TB, dir string) string {
	return rowsText(tb, filepath.Join(dir, "q.db"), `SELECT (SELECT count(*) FROM dashboard_days), (SELECT count(*) FROM dashboard_daysets),
		(SELECT count(*) FROM dashboard_last), (SELECT count(*) FROM dashboard_lastdays),
		(SELECT group_concat(value) FROM settings WHERE key IN ('dashboard_built', 'dashboard_sets_built'))`)
}
