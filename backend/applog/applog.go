// Package applog writes Qunzhu's log file in the data folder. Internal
// errors land here with their details; the user sees a generic message.
package applog

import (
	"io"
	"log/slog"
	"os"
	"path/filepath"
)

// MaxSize is the size past which the log is rotated to a single ".1" file.
const MaxSize = 5 << 20

// Open returns a logger appending to dir/qunzhu.log, and the file to close.
func Open(dir string) (*slog.Logger, io.Closer, error) {
	path := filepath.Join(dir, "qunzhu.log")
	if st, err := os.Stat(path); err == nil && st.Size() > MaxSize {
		_ = os.Rename(path, path+".1")
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		return nil, nil, err
	}
	return slog.New(slog.NewTextHandler(f, nil)), f, nil
}

// Path is where Open writes for dir.
func Path(dir string) string { return filepath.Join(dir, "qunzhu.log") }
