package chatlog

import (
	"bufio"
	"os"
	"runtime"
	"testing"
)

// TestMemoryStaysFlat parses ~50 MB exports and samples the heap as it
// goes: what is in use must not grow with the file.
func TestMemoryStaysFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 150 MB")
	}
	const target, limit = 50 << 20, 64 << 20
	cases := []struct {
		name   string
		format Format
		gen    func(*bufio.Writer, int)
		per    int // bytes a generated message takes, about
	}{
		{"chat.txt", WhatsApp, genWhatsApp, 84},
		{"chat.csv", WeChatCSV, genWeChatCSV, 130},
		{"result.json", TelegramJSON, genTelegram, 200},
	}
	for _, c := range cases {
		n := target / c.per
		path := writeGenerated(t, c.name, func(w *bufio.Writer) { c.gen(w, n) })
		info, _ := os.Stat(path)
		runtime.GC()
		var ms runtime.MemStats
		peak, events := uint64(0), 0
		format, _, err := ParseFile(path, func(Event) error {
			if events++; events%10_000 == 0 {
				runtime.ReadMemStats(&ms)
				peak = max(peak, ms.HeapInuse)
			}
			return nil
		})
		if err != nil || format != c.format || events != n {
			t.Fatalf("%s: %q, %d events of %d, %v", c.name, format, events, n, err)
		}
		t.Logf("%s: %d MB, %d messages, peak HeapInuse %.1f MB", c.name, info.Size()>>20, n, float64(peak)/(1<<20))
		if info.Size() < target*9/10 || peak == 0 || peak > limit {
			t.Errorf("%s: %d bytes, peak HeapInuse %d", c.name, info.Size(), peak)
		}
	}
}
