package workspace_test

import (
	"context"
	"path/filepath"
	"testing"

	"qunzhu/backend/workspace"
)

// BenchmarkOpen is the database part of a cold start: lock, open, check
// migrations, open the log, build the services.
func BenchmarkOpen(b *testing.B) {
	path := filepath.Join(b.TempDir(), "qunzhu.db")
	ws, err := workspace.Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	ws.Close()
	b.ResetTimer()
	for range b.N {
		ws, err := workspace.Open(context.Background(), path)
		if err != nil {
			b.Fatal(err)
		}
		ws.Close()
	}
}
