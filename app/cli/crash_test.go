package cli_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"qunzhu/backend/store"
)

// A writer killed with SIGKILL in the middle of a transaction leaves the
// database intact, holding none of that transaction.
func TestKilledWriterLeavesAllOrNothing(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("SIGKILL semantics are POSIX; Windows runs the same store code")
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "q.db")
	if r := run(t, db, "groups", "add", "--name", "existing", "--platform", "qq", "--capacity", "200"); r.code != 0 {
		t.Fatal(r.stderr)
	}
	// Enough data (about 110 MB) to overflow the writer's 64 MB page cache,
	// so uncommitted pages spill into the WAL before the kill.
	const total = 24000
	file := writeGroups(t, dir, total)

	killed := runChildUntilProgress(t, db, "groups", "import", file)
	if !killed {
		t.Fatal("no uncommitted pages reached the WAL before 90% of the import; make it bigger")
	}
	if n := checkDB(t, db); n != 1 {
		t.Fatalf("after SIGKILL mid-import: %d groups, want 1 (none of the import)", n)
	}
	// The same import, left alone, stores everything.
	cmd := child(db, "groups", "import", file)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("second import: %v\n%s", err, tail(out))
	}
	if n := checkDB(t, db); n != total+1 {
		t.Fatalf("after a complete import: %d groups, want %d", n, total+1)
	}
}

func child(db string, args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], append([]string{"--db", db}, args...)...)
	cmd.Env = append(os.Environ(), "QUNZHU_CLI_CHILD=1")
	return cmd
}

// runChildUntilProgress starts the import and SIGKILLs it mid-transaction, as
// soon as uncommitted pages have spilled into the WAL file while progress
// (reported from inside the open transaction) says work remains.
func runChildUntilProgress(t *testing.T, db string, args ...string) (killed bool) {
	cmd := child(db, args...)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	timer := time.AfterFunc(2*time.Minute, func() { cmd.Process.Kill() })
	defer timer.Stop()
	sc := bufio.NewScanner(stderr)
	for sc.Scan() {
		var p struct{ Done, Total int }
		if json.Unmarshal(sc.Bytes(), &p) != nil || p.Done >= p.Total*9/10 {
			continue
		}
		if st, err := os.Stat(db + "-wal"); err == nil && st.Size() >= 1<<20 {
			cmd.Process.Signal(os.Kill)
			killed = true
			break
		}
	}
	cmd.Wait()
	return killed && !cmd.ProcessState.Success()
}

// A members import killed mid-transaction stores none of its rows; run
// again, it stores them all.
func TestKilledMembersImportLeavesAllOrNothing(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("SIGKILL semantics are POSIX; Windows runs the same store code")
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "q.db")
	if r := run(t, db, "groups", "add", "--name", "铁粉群", "--platform", "douyin", "--capacity", "500"); r.code != 0 {
		t.Fatal(r.stderr)
	}
	// About 100 MB stored: more than the writer's 64 MB cache holds.
	const total = 90000
	var sb strings.Builder
	sb.WriteString("用户昵称,抖音号,粉丝团等级,说明\n")
	note := strings.Repeat("一直支持，每场直播都来。", 25)
	for i := range total {
		fmt.Fprintf(&sb, "粉丝%06d,dy%08d,%d,%s\n", i, i, i%30, note)
	}
	file := filepath.Join(dir, "fans.csv")
	if err := os.WriteFile(file, []byte(sb.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{"members", "import", file, "--group", "铁粉群"}
	if !runChildUntilProgress(t, db, args...) {
		t.Fatal("no uncommitted pages reached the WAL before 90% of the import; make it bigger")
	}
	if n := countRows(t, db, "members"); n != 0 {
		t.Fatalf("after SIGKILL mid-import: %d members, want none", n)
	}
	// The import drops indexes it rebuilds at the end: they are all back.
	if n := countRows(t, db, `sqlite_schema WHERE type = 'index' AND name IN ('members_nick', 'members_nick_sort',
		'members_follow', 'members_level', 'identities_member')`); n != 5 {
		t.Fatalf("after SIGKILL mid-import: %d of the 5 indexes an import rebuilds, want 5", n)
	}
	if out, err := child(db, args...).CombinedOutput(); err != nil {
		t.Fatalf("second import: %v\n%s", err, tail(out))
	}
	if n := countRows(t, db, "members"); n != total {
		t.Fatalf("after a complete import: %d members, want %d", n, total)
	}
	if n := countRows(t, db, "memberships"); n != total {
		t.Fatalf("after a complete import: %d in the group, want %d", n, total)
	}
}

func checkDB(t *testing.T, path string) int { return countRows(t, path, "groups") }

// countRows checks the database's integrity and counts a table's rows.
func countRows(t *testing.T, path, table string) int {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer db.Close()
	var ok string
	var n int
	if err := db.Read().QueryRow("PRAGMA integrity_check").Scan(&ok); err != nil || ok != "ok" {
		t.Fatalf("integrity_check = %q, %v", ok, err)
	}
	if err := db.Read().QueryRow("SELECT count(*) FROM " + table).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func writeGroups(t *testing.T, dir string, n int) string {
	type in struct {
		Name     string `json:"name"`
		Platform string `json:"platform"`
		Purpose  string `json:"purpose"`
		Capacity int    `json:"capacity"`
		Rules    string `json:"rules"`
	}
	// 7 rules of 196 runes (the planner keeps one rule a line, each at most 200): about 4.2 KB.
	rules := strings.Repeat(strings.Repeat("不发广告，不刷屏，友善交流。", 14)+"\n", 7)
	list := make([]in, n)
	for i := range list {
		list[i] = in{fmt.Sprintf("群 %06d", i), "douyin", "welfare", 500, rules}
	}
	body, _ := json.Marshal(list)
	path := filepath.Join(dir, "groups.json")
	if err := os.WriteFile(path, body, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func tail(b []byte) string {
	if len(b) > 500 {
		return string(b[len(b)-500:])
	}
	return string(b)
}
