package lottery

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"strings"

	"qunzhu/backend/errs"
)

// The entrant list is the draw's frozen input: one entrant per line,
// numbered from 1 in order. Its canonical text is each entry followed by
// "\n" (UTF-8, no BOM), so `sha256sum` over the exported list file gives
// the same hash the certificate shows. An entrant with a weight of N
// appears on N lines.

// CleanEntry is an entry as the list holds it: trimmed, on one line.
func CleanEntry(s string) string {
	s = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ", "\t", " ").Replace(s)
	return strings.TrimSpace(s)
}

// ListSHA256 is the SHA-256 of the list's canonical text, in hex.
func ListSHA256(entries []string) string {
	h := sha256.New()
	buf := make([]byte, 0, 64<<10)
	for _, e := range entries {
		if len(buf)+len(e)+1 > cap(buf) {
			h.Write(buf)
			buf = buf[:0]
		}
		buf = append(buf, e...)
		buf = append(buf, '\n')
	}
	h.Write(buf)
	return hex.EncodeToString(h.Sum(nil))
}

// ListText is the canonical text of the list (what the export writes).
func ListText(entries []string) string {
	var b strings.Builder
	for _, e := range entries {
		b.WriteString(e)
		b.WriteByte('\n')
	}
	return b.String()
}

// ReadList reads an entrant list file: one entrant per line, a BOM and
// "\r\n" line ends accepted, blank lines skipped, surrounding spaces trimmed,
// at most MaxEntrants entries.
func ReadList(r io.Reader) ([]string, error) { return readList(r, MaxEntrants) }

func readList(r io.Reader, most int) ([]string, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	var out []string
	for first := true; sc.Scan(); first = false {
		line := sc.Text()
		if first {
			line = strings.TrimPrefix(line, "\uFEFF")
		}
		if e := CleanEntry(line); e != "" {
			if len(out) == most {
				return nil, errs.New(errs.Invalid, "err.lottery.list_long", errs.Params{"Max": most})
			}
			out = append(out, e)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, errs.New(errs.Invalid, "err.lottery.list_read", errs.Params{"Line": len(out) + 1})
	}
	return out, nil
}
