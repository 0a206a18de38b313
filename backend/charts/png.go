// Package charts writes the app's charts out as image files: the frontend
// draws a chart, hands over its PNG as a data URL, and the file is written
// here, all at once, after the image has been checked to be a whole PNG.
package charts

import (
	"bytes"
	"encoding/base64"
	"image/png"
	"os"
	"path/filepath"
	"strings"

	"qunzhu/backend/errs"
)

// DataURLPrefix starts every PNG data URL a canvas makes.
const DataURLPrefix = "data:image/png;base64,"

// Limits on what is accepted as a chart: far above any chart the app draws
// (a full-width chart at pixel ratio 2 is about 2600 × 1000 and 200 KB).
const (
	MaxBytes  = 32 << 20
	MaxPixels = 64 << 20
)

// ErrNotPNG is what anything but a whole PNG data URL is refused with.
var ErrNotPNG = errs.New(errs.Invalid, "err.health.not_png", nil)

// DecodePNG returns the PNG file a data URL ("data:image/png;base64,…")
// holds. The image must decode in full (signature, header, every chunk's
// checksum, the pixels), be at least 1 × 1 and stay under the limits.
func DecodePNG(dataURL string) ([]byte, error) {
	b64, ok := strings.CutPrefix(dataURL, DataURLPrefix)
	if !ok || base64.StdEncoding.DecodedLen(len(b64)) > MaxBytes {
		return nil, ErrNotPNG
	}
	b, err := base64.StdEncoding.DecodeString(b64)
	if err != nil || !wholePNG(b) {
		return nil, ErrNotPNG
	}
	return b, nil
}

// wholePNG: the header is read first, so an image too large to decode is
// refused before its pixels are.
func wholePNG(b []byte) bool {
	cfg, err := png.DecodeConfig(bytes.NewReader(b))
	if err != nil || cfg.Width <= 0 || cfg.Height <= 0 || cfg.Width*cfg.Height > MaxPixels {
		return false
	}
	_, err = png.Decode(bytes.NewReader(b))
	return err == nil
}

// maxNameRunes keeps an offered name well under the 255 bytes file systems
// allow (80 Chinese characters are 240 bytes).
const maxNameRunes = 80

// FileName makes a file name from a chart's title: characters no file
// system takes become "_", at most 80 characters, and it ends in ".png".
func FileName(title string) string {
	clean := strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || strings.ContainsRune(`\/:*?"<>|`, r) {
			return '_'
		}
		return r
	}, title)
	if r := []rune(clean); len(r) > maxNameRunes {
		clean = string(r[:maxNameRunes])
	}
	clean = strings.Trim(strings.TrimSpace(clean), ".")
	if clean == "" {
		clean = "chart"
	}
	return WithExt(clean)
}

// WithExt is path ending in ".png" (any case), added when missing.
func WithExt(path string) string {
	if strings.EqualFold(filepath.Ext(path), ".png") {
		return path
	}
	return path + ".png"
}

// Write saves img at path (".png" added when missing) and returns the path
// written: to a temporary file beside it first, then renamed, so a failed
// write leaves neither a half image nor a damaged older file.
func Write(path string, img []byte) (string, error) {
	if strings.TrimSpace(path) == "" {
		return "", errs.New(errs.Invalid, "err.field.required", nil)
	}
	path = WithExt(path)
	tmp := filepath.Join(filepath.Dir(path), ".part-"+filepath.Base(path))
	err := os.WriteFile(tmp, img, 0o644)
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return "", &errs.Error{Code: errs.Invalid, Key: "err.health.write", Params: errs.Params{"Path": path}, Err: err}
	}
	return path, nil
}
