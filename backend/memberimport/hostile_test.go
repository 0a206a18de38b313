package memberimport_test

import (
	"archive/zip"
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"qunzhu/backend/errs"
	"qunzhu/backend/memberimport"
	"qunzhu/backend/members"
	"qunzhu/backend/sheets"
	"qunzhu/backend/store"
)

// childPreview names the file a re-executed test binary previews (see
// TestMain), so that its peak resident memory is the preview's alone.
const childPreview, childDB = "QUNZHU_TEST_CHILD_PREVIEW", "QUNZHU_TEST_CHILD_DB"

func TestMain(m *testing.M) {
	if path := os.Getenv(childPreview); path != "" {
		os.Exit(runChildPreview(path, os.Getenv(childDB)))
	}
	os.Exit(m.Run())
}

// runChildPreview previews path and prints "ok ROWS" or the error's key,
// then its peak resident memory on a line of its own.
func runChildPreview(path, dbPath string) int {
	defer printPeak()
	ctx := context.Background()
	db, err := store.Open(ctx, dbPath)
	if err == nil {
		err = db.Migrate(ctx)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer db.Close()
	p, err := memberimport.NewService(members.NewService(db)).Preview(ctx, memberimport.Request{Source: memberimport.Source{Path: path}})
	if err != nil {
		fmt.Println(errs.As(err).Key, errs.As(err).Params)
		return 0
	}
	fmt.Println("ok", p.Total)
	return 0
}

// printPeak prints this process's VmHWM line (peak resident memory, in kB).
// The kernel's rusage for a child would not do: it keeps the parent's peak
// across the fork and exec.
func printPeak() {
	status, _ := os.ReadFile("/proc/self/status")
	for _, line := range strings.Split(string(status), "\n") {
		if strings.HasPrefix(line, "VmHWM:") {
			fmt.Println(line)
		}
	}
}

// hostileFiles are small files built to eat memory or time, each with what
// its preview must answer: "ok" (read, trimmed) or the error key.
var hostileFiles = []struct {
	name, want string
	write      func(t *testing.T, path string)
}{
	{"xfd-values.xlsx", "err.import.limit.columns map[Column:XFD Max:1024 Row:2]", func(t *testing.T, p string) { writeXFD(t, p, true) }},
	{"xfd-styled-empty.xlsx", "ok 20000", func(t *testing.T, p string) { writeXFD(t, p, false) }},
	{"sheet-bomb.xlsx", "err.import.limit.unpacked map[MB:128]", func(t *testing.T, p string) { writeBomb(t, p, sheetPart, emptyRows, 140<<20) }},
	{"strings-bomb.xlsx", "err.import.limit.held map[MB:16]", func(t *testing.T, p string) { writeBomb(t, p, stringsPart, tinyStrings, 20<<20) }},
	{"empty-rows.xlsx", "err.import.limit.rows map[Max:1048576]", func(t *testing.T, p string) { writeBomb(t, p, sheetPart, emptyRows, 40<<20) }},
	{"empty-cells.xlsx", "err.import.sheet_empty map[Name:Sheet1]", func(t *testing.T, p string) { writeBomb(t, p, sheetPart, emptyCells, 120<<20) }},
	{"strings-just-under.xlsx", "err.import.no_rows map[]", func(t *testing.T, p string) { writeBomb(t, p, stringsPart, tinyStrings, 14<<20) }},
	{"commas.csv", "err.import.limit.columns map[Column:AMK Max:1024 Row:2]", writeCommas},
	{"cells.csv", "err.import.limit.cells map[Max:1500000 Row:1465]", writeWideThenLong},
	{"too-big.csv", "err.import.limit.file map[MB:100]", writeSparse},
	{"largest-allowed.csv", "ok 120000", writeLargestAllowed},
	{"largest-allowed.xlsx", "ok 120000", writeLargestWorkbook},
	{"many-parts.xlsx", "err.import.xlsx map[]", writeManyParts},
}

// TestHostileFilesPreviewInLittleMemory previews each hostile file in a
// child process and checks its answer and that its peak resident memory
// stays under 300 MB. Durations are logged, not checked.
func TestHostileFilesPreviewInLittleMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("builds files of several MB and runs a process for each")
	}
	dir := t.TempDir()
	for _, h := range hostileFiles {
		t.Run(h.name, func(t *testing.T) {
			path := filepath.Join(dir, h.name)
			h.write(t, path)
			got, peak, took := previewInChild(t, path, filepath.Join(dir, h.name+".db"))
			info, _ := os.Stat(path)
			t.Logf("%s: %d KB on disk, peak RSS %.0f MB, %v: %s", h.name, info.Size()>>10, peak, took.Round(time.Millisecond), got)
			if got != h.want {
				t.Errorf("preview = %q, want %q", got, h.want)
			}
			if peak >= 300 {
				t.Errorf("peak RSS %.0f MB, want under 300 MB", peak)
			}
		})
	}
}

func previewInChild(t *testing.T, path, dbPath string) (string, float64, time.Duration) {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childPreview+"="+path, childDB+"="+dbPath)
	start := time.Now()
	out, err := cmd.CombinedOutput()
	took := time.Since(start)
	answer, hwm, _ := strings.Cut(strings.TrimSpace(string(out)), "\nVmHWM:")
	kb, perr := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(hwm), "kB")))
	if err != nil || perr != nil {
		t.Fatalf("child preview: %v %v %s", err, perr, out)
	}
	return answer, float64(kb) / 1024, took
}

// writeXFD writes a header and 20,000 rows, each with a nickname in column
// A and a cell at XFD (the last column): a value, or only a style.
func writeXFD(t *testing.T, path string, values bool) {
	f := excelize.NewFile()
	defer f.Close()
	style, _ := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	sw.SetRow("A1", []any{"昵称"})
	for r := 2; r <= 20001; r++ {
		far := excelize.Cell{StyleID: style}
		if values {
			far.Value = "x"
		}
		row := make([]any, 16384)
		row[0], row[16383] = fmt.Sprintf("粉丝%d", r), far
		if err := sw.SetRow(fmt.Sprintf("A%d", r), row); err != nil {
			t.Fatal(err)
		}
	}
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
}

const (
	sheetPart   = "xl/worksheets/sheet1.xml"
	stringsPart = "xl/sharedStrings.xml"
)

// The parts writeBomb repeats: a head, the item repeated, a tail.
var (
	emptyRows   = [3]string{`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`, `<row><c/></row>`, `</sheetData></worksheet>`}
	emptyCells  = [3]string{`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">`, `<c r="A1"/>`, `</row></sheetData></worksheet>`}
	tinyStrings = [3]string{`<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`, `<si><t>a</t></si>`, `</sst>`}
)

// writeBomb writes a workbook whose part (the sheet or the shared strings)
// unpacks to about size bytes of xml that compresses to almost nothing.
func writeBomb(t *testing.T, path, part string, xml [3]string, size int) {
	base := excelize.NewFile()
	base.SetCellValue("Sheet1", "A1", "昵称")
	buf, err := base.WriteToBuffer()
	base.Close()
	if err != nil {
		t.Fatal(err)
	}
	in, _ := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	out, _ := os.Create(path)
	defer out.Close()
	z := zip.NewWriter(out)
	for _, f := range in.File {
		w, _ := z.Create(f.Name)
		if f.Name == part {
			writeRepeated(t, w, xml, size)
			continue
		}
		r, _ := f.Open()
		io.Copy(w, r)
		r.Close()
	}
	if !hasPart(in, part) {
		w, _ := z.Create(part)
		writeRepeated(t, w, xml, size)
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
}

func hasPart(z *zip.Reader, name string) bool {
	for _, f := range z.File {
		if f.Name == name {
			return true
		}
	}
	return false
}

// writeRepeated writes xml's head, its item repeated to size bytes, its tail.
func writeRepeated(t *testing.T, w io.Writer, xml [3]string, size int) {
	chunk := []byte(strings.Repeat(xml[1], (1<<20)/len(xml[1])))
	io.WriteString(w, xml[0])
	for n := 0; n < size; n += len(chunk) {
		if _, err := w.Write(chunk); err != nil {
			t.Fatal(err)
		}
	}
	io.WriteString(w, xml[2])
}

// writeCommas writes a header and one line of 50 million commas.
func writeCommas(t *testing.T, path string) {
	b := append([]byte("昵称\n"), bytes.Repeat([]byte{','}, 50_000_000)...)
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// writeWideThenLong writes a 1,024-column header over one-cell rows, which
// the table pads to 1,024 cells each.
func writeWideThenLong(t *testing.T, path string) {
	var b strings.Builder
	for i := range 1023 {
		fmt.Fprintf(&b, "c%d,", i)
	}
	b.WriteString("c1023\n")
	for i := range 10_000 {
		fmt.Fprintf(&b, "粉丝%d\n", i)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// writeLargestAllowed writes as many members as the limits allow, with 12
// columns mapped to fields: 120,001 rows × 12 columns, just under
// sheets.MaxCells and at sheets.MaxRows.
func writeLargestAllowed(t *testing.T, path string) {
	var b bytes.Buffer
	b.WriteString("用户昵称,抖音号,平台,关注天数,关注时间,粉丝团等级,是否铁粉,来源,标签,备注,说明,昵称2\r\n")
	for i := range sheets.MaxRows {
		fmt.Fprintf(&b, "粉丝%d✨,dy%09d,抖音,%d,2024/%d/%d,Lv.%d,%s,评论,\"老粉,活跃,第%d批\",小号%d,\"第一次来自直播间，喜欢互动 %d\",备用%d\r\n",
			i, i, i%3000, i%12+1, i%28+1, i%100, []string{"是", "否"}[i%2], i%50, i%7, i, i)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// writeLargestWorkbook writes the same members as writeLargestAllowed as an
// XLSX file, the way our own export writes one (inline strings, numbers).
func writeLargestWorkbook(t *testing.T, path string) {
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	sw.SetRow("A1", []any{"用户昵称", "抖音号", "平台", "关注天数", "关注时间", "粉丝团等级", "是否铁粉", "来源", "标签", "备注", "说明", "昵称2"})
	for i := range sheets.MaxRows {
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		err := sw.SetRow(cell, []any{fmt.Sprintf("粉丝%d✨", i), fmt.Sprintf("dy%09d", i), "抖音", i % 3000, "2024/1/2", i % 100,
			"是", "评论", "老粉,活跃", fmt.Sprint("小号", i%7), fmt.Sprint("第一次来自直播间，喜欢互动 ", i), fmt.Sprint("备用", i)})
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
}

// writeManyParts writes a zip of 300,000 empty parts, whose directory alone
// would cost archive/zip hundreds of MB.
func writeManyParts(t *testing.T, path string) {
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	z := zip.NewWriter(w)
	for i := range 300_000 {
		if _, err := z.CreateHeader(&zip.FileHeader{Name: strconv.Itoa(i), Method: zip.Store}); err != nil {
			t.Fatal(err)
		}
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
}

// writeSparse makes a 101 MB file that takes no room on disk.
func writeSparse(t *testing.T, path string) {
	f, err := os.Create(path)
	if err == nil {
		err = f.Truncate(101 << 20)
		f.Close()
	}
	if err != nil {
		t.Fatal(err)
	}
}
