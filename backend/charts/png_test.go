package charts

import (
	"bytes"
	"encoding/base64"
	"errors"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"qunzhu/backend/errs"
)

// pngOf encodes a w × h image as a PNG file.
func pngOf(t testing.TB, w, h int) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for x := range w {
		img.Set(x, h/2, color.RGBA{0x4f, 0x5b, 0xd5, 0xff})
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func dataURL(b []byte) string { return DataURLPrefix + base64.StdEncoding.EncodeToString(b) }

func keyOf(err error) string {
	var e *errs.Error
	if errors.As(err, &e) {
		return e.Code + " " + e.Key
	}
	return ""
}

func TestDecodePNG(t *testing.T) {
	good := pngOf(t, 40, 20)
	broken := bytes.Clone(good)
	broken[len(broken)-10] ^= 0xff // the IEND chunk's checksum no longer matches
	zeroWide := bytes.Clone(good)
	zeroWide[16], zeroWide[17], zeroWide[18], zeroWide[19] = 0, 0, 0, 0 // IHDR width 0
	for _, tc := range []struct {
		name, in string
		want     []byte // nil: refused
	}{
		{"a chart", dataURL(good), good},
		{"a JPEG data URL", "data:image/jpeg;base64," + base64.StdEncoding.EncodeToString(good), nil},
		{"no data URL at all", base64.StdEncoding.EncodeToString(good), nil},
		{"a URL", "https://example.com/chart.png", nil},
		{"empty", "", nil},
		{"the prefix alone", DataURLPrefix, nil},
		{"not base64", DataURLPrefix + "iVBORw0KGgo*!", nil},
		{"text dressed as a PNG", dataURL([]byte("hello, this is not an image")), nil},
		{"the signature alone", dataURL(good[:8]), nil},
		{"cut off after the header", dataURL(good[:33]), nil},
		{"cut off in the pixels", dataURL(good[:len(good)-20]), nil},
		{"a damaged checksum", dataURL(broken), nil},
		{"zero pixels wide", dataURL(zeroWide), nil},
	} {
		got, err := DecodePNG(tc.in)
		if tc.want != nil {
			if err != nil || !bytes.Equal(got, tc.want) {
				t.Errorf("%s: got %d bytes, %v; want the %d bytes of the PNG", tc.name, len(got), err, len(tc.want))
			}
			continue
		}
		if got != nil || keyOf(err) != "invalid err.health.not_png" {
			t.Errorf("%s: got %d bytes, %v; want refused with err.health.not_png", tc.name, len(got), err)
		}
	}
}

func TestDecodePNGRefusesHugeImagesBeforeDecoding(t *testing.T) {
	huge := pngOf(t, 1, 1)
	// IHDR says 10000 × 10000 (100 M pixels); the checksum is not reached first.
	copy(huge[16:24], []byte{0, 0, 0x27, 0x10, 0, 0, 0x27, 0x10})
	if _, err := DecodePNG(dataURL(huge)); keyOf(err) != "invalid err.health.not_png" {
		t.Errorf("got %v, want refused", err)
	}
}

func TestFileName(t *testing.T) {
	for in, want := range map[string]string{
		"每日消息 粉丝群 2025-01-01–2025-01-07": "每日消息 粉丝群 2025-01-01–2025-01-07.png",
		`a/b\c:d*e?f"g<h>i|j`:            "a_b_c_d_e_f_g_h_i_j.png",
		"line\nbreak\ttab":               "line_break_tab.png",
		"  ..hidden.  ":                  "hidden.png",
		"":                               "chart.png",
		"already.PNG":                    "already.PNG",
		strings.Repeat("群", 100):         strings.Repeat("群", 80) + ".png",
	} {
		if got := FileName(in); got != want {
			t.Errorf("FileName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestWrite(t *testing.T) {
	img := pngOf(t, 8, 8)
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "taken.png"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, path, want, key string
	}{
		{"a new file", filepath.Join(dir, "热力图.png"), filepath.Join(dir, "热力图.png"), ""},
		{"the extension added", filepath.Join(dir, "tiers"), filepath.Join(dir, "tiers.png"), ""},
		{"an upper-case extension kept", filepath.Join(dir, "DAILY.PNG"), filepath.Join(dir, "DAILY.PNG"), ""},
		{"a folder that does not exist", filepath.Join(dir, "gone", "x.png"), "", "invalid err.health.write"},
		{"a folder in the way", filepath.Join(dir, "taken.png"), "", "invalid err.health.write"},
		{"no path", " ", "", "invalid err.field.required"},
	} {
		got, err := Write(tc.path, img)
		if tc.key != "" {
			if got != "" || keyOf(err) != tc.key {
				t.Errorf("%s: got %q, %v; want %s", tc.name, got, err, tc.key)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("%s: got %q, %v; want %q", tc.name, got, err, tc.want)
			continue
		}
		if b, err := os.ReadFile(got); err != nil || !bytes.Equal(b, img) {
			t.Errorf("%s: the file holds %d bytes (%v), want the %d of the image", tc.name, len(b), err, len(img))
		}
	}
	leftovers, _ := filepath.Glob(filepath.Join(dir, ".part-*"))
	if len(leftovers) > 0 {
		t.Errorf("temporary files left behind: %v", leftovers)
	}
}

func TestWriteReplacesAnOlderFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "chart.png")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	img := pngOf(t, 3, 2)
	if _, err := Write(path, img); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); !bytes.Equal(b, img) {
		t.Errorf("the file holds %q, want the new image", b)
	}
}

// FuzzDecodePNG: no input panics, and whatever is accepted is a PNG whose
// header reads back with a size of at least 1 × 1.
func FuzzDecodePNG(f *testing.F) {
	good := pngOf(f, 4, 3)
	f.Add(dataURL(good))
	f.Add(dataURL(good[:30]))
	f.Add(DataURLPrefix)
	f.Add("data:image/png;base64,====")
	f.Fuzz(func(t *testing.T, in string) {
		b, err := DecodePNG(in)
		if err != nil {
			return
		}
		cfg, err := png.DecodeConfig(bytes.NewReader(b))
		if err != nil || cfg.Width < 1 || cfg.Height < 1 {
			t.Fatalf("accepted %q: %v %+v", in, err, cfg)
		}
	})
}
