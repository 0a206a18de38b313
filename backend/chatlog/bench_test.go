package chatlog

import (
	"bufio"
	"os"
	"testing"
)

const benchMessages = 1_000_000

func BenchmarkParseWhatsApp1M(b *testing.B) {
	path := writeGenerated(b, "chat.txt", func(w *bufio.Writer) { genWhatsApp(w, benchMessages) })
	benchParse(b, path, WhatsApp)
}

func BenchmarkParseWeChatCSV1M(b *testing.B) {
	path := writeGenerated(b, "chat.csv", func(w *bufio.Writer) { genWeChatCSV(w, benchMessages) })
	benchParse(b, path, WeChatCSV)
}

// benchParse parses the file at path, reporting MB/s and messages/s.
func benchParse(b *testing.B, path string, format Format) {
	info, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(info.Size())
	b.ReportAllocs()
	for b.Loop() {
		f, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		n := 0
		if _, err := Parse(f, format, func(Event) error { n++; return nil }); err != nil || n != benchMessages {
			b.Fatalf("%d events, %v", n, err)
		}
		f.Close()
	}
	b.ReportMetric(float64(benchMessages*b.N)/b.Elapsed().Seconds(), "msgs/s")
}
