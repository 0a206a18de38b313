package store

import (
	"context"
	"path/filepath"
	"strconv"
	"testing"
)

// The reference schema is built once per process (the first open).
func BenchmarkBuildReference(b *testing.B) {
	ctx := context.Background()
	for b.Loop() {
		if _, err := buildReference(ctx, LatestVersion()); err != nil {
			b.Fatal(err)
		}
	}
}

// The check at every open, with the reference built: it reads the schema
// and the migrations on record, not the data, so its cost does not grow
// with the members.
func BenchmarkVerify(b *testing.B) {
	for _, members := range []int{0, 200_000} {
		b.Run(strconv.Itoa(members)+"-members", func(b *testing.B) {
			ctx := context.Background()
			db, err := Open(ctx, filepath.Join(b.TempDir(), "q.db"))
			if err != nil {
				b.Fatal(err)
			}
			defer db.Close()
			if err := db.Migrate(ctx); err != nil {
				b.Fatal(err)
			}
			if _, err := db.write.Exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
				INSERT INTO members (nickname, nick_key, nick_sort, platform, created_at, updated_at)
				SELECT 'm' || i, 'm' || i, 'm' || i, 'qq', '2026-01-01', '2026-01-01' FROM n`, members); err != nil && members > 0 {
				b.Fatal(err)
			}
			for b.Loop() {
				if _, err := verify(ctx, db.write); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
