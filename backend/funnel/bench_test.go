package funnel_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"qunzhu/backend/funnel"
	"qunzhu/backend/settings"
	"qunzhu/backend/store"
)

// benchVersion names the cached benchmark database: change it when the
// data below changes.
const benchVersion = "v2"

const (
	benchMembers = 100_000
	benchEvents  = 10_000_000
)

var benchNow = time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)

// benchSeed is 100,000 members in three groups (joined up to a year ago),
// 10,000,000 events over 180 days in their group, one in ten a shop event
// (5 % clicks, 3 % inquiries, 2 % purchases of 1 to 500), and their tiers.
var benchSeed = []string{
	`INSERT INTO groups (id, name, name_key, platform, purpose, capacity, created_at, updated_at) VALUES
		(1, 'A', 'a', 'douyin', 'welfare', 500, '', ''), (2, 'B', 'b', 'wechat', 'welfare', 500, '', ''),
		(3, 'C', 'c', 'qq', 'welfare', 500, '', '')`,
	`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?2)
	INSERT INTO members (id, nickname, nick_key, nick_sort, platform, created_at, updated_at)
	SELECT i, '粉丝' || i, 'fs' || i, 'fensi' || i, 'douyin', '2026-01-01', '2026-01-01' FROM n`,
	`INSERT INTO memberships (group_id, member_id, status, joined_at)
	SELECT 1 + id % 3, id, 'joined', date(?1, 'unixepoch', '-' || (id % 365) || ' days') FROM members`,
	`WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ?3 - 1)
	INSERT INTO events (member_id, group_id, at, kind, value, key)
	SELECT m, 1 + m % 3, ?1 - (i * 1555) % (180 * 86400) - 1,
		CASE i % 100 WHEN 0 THEN 'click' WHEN 1 THEN 'click' WHEN 2 THEN 'click' WHEN 3 THEN 'click'
			WHEN 4 THEN 'click' WHEN 5 THEN 'inquiry' WHEN 6 THEN 'inquiry' WHEN 7 THEN 'inquiry'
			WHEN 8 THEN 'purchase' WHEN 9 THEN 'purchase' WHEN 10 THEN 'like' ELSE 'message' END,
		CASE WHEN i % 100 IN (8, 9) THEN 1 + i % 500 ELSE 0 END, i
	FROM (SELECT i, 1 + CAST(?2 * (abs(random()) / 9.3e18) * (abs(random()) / 9.3e18) AS INT) AS m FROM n)`,
	`INSERT INTO member_tiers (member_id, r, f, m, recency, frequency, monetary, tier, tier_since, stage,
		stage_since, role, computed_at)
	SELECT id, 1, 1, 1, 0, 0, 0, CASE id % 10 WHEN 0 THEN 'core' WHEN 1 THEN 'core' WHEN 2 THEN 'active'
		WHEN 3 THEN 'active' WHEN 4 THEN 'active' WHEN 9 THEN 'invalid' ELSE 'lurker' END, '', 'growing', '',
		'observer', '' FROM members`,
}

// benchDB opens the benchmark database, building it the first time into
// os.TempDir() (minutes; kept between runs under benchVersion).
func benchDB(b *testing.B) *store.DB {
	ctx := context.Background()
	path := filepath.Join(os.TempDir(), "qunzhu-funnel-bench-"+benchVersion+".db")
	if _, err := os.Stat(path); err != nil {
		start := time.Now()
		if err := buildBench(ctx, b, path+".part"); err != nil {
			b.Fatal(err)
		}
		if err := os.Rename(path+".part", path); err != nil {
			b.Fatal(err)
		}
		b.Logf("setup %v", time.Since(start))
	}
	db, err := store.Open(ctx, path)
	if err == nil {
		err = db.Migrate(ctx)
	}
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	return db
}

func buildBench(ctx context.Context, b *testing.B, path string) error {
	os.Remove(path)
	db, err := store.Open(ctx, path)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := db.Migrate(ctx); err != nil {
		return err
	}
	for i, q := range benchSeed {
		start := time.Now()
		if _, err := db.Write().ExecContext(ctx, q, benchNow.Unix(), benchMembers, benchEvents); err != nil {
			return err
		}
		b.Logf("seed step %d: %v", i, time.Since(start))
	}
	_, err = db.Write().ExecContext(ctx, `ANALYZE`)
	return err
}

// BenchmarkFunnel100k10M reads the funnel of all groups and of one group
// over the last 7 and 30 days of 100,000 members and 10,000,000 events (a
// million of them clicks, inquiries and purchases), and one group over the
// whole 180 days. Target: ≤ 300 ms, the dashboard's period bar. cpu-ms/op
// is the CPU time the process used per read (wall time on a shared machine
// also counts the waits for a core).
func BenchmarkFunnel100k10M(b *testing.B) {
	db := benchDB(b)
	s := funnel.NewService(db, settings.NewService(db))
	ctx := context.Background()
	for _, c := range []struct {
		name  string
		group int64
		days  int
	}{{"all-7d", 0, 7}, {"group-7d", 1, 7}, {"all-30d", 0, 30}, {"group-30d", 1, 30}, {"group-180d", 1, 180}} {
		b.Run(c.name, func(b *testing.B) {
			r := funnel.Request{GroupID: c.group, From: benchNow.AddDate(0, 0, -c.days), To: benchNow.AddDate(0, 0, -1)}
			cpu := cpuTime()
			defer func() { b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N)/1e6, "cpu-ms/op") }()
			for range b.N {
				f, err := s.Get(ctx, r)
				if err != nil || f.Steps[2].Members == 0 || f.FlaggedTotal == 0 {
					b.Fatalf("funnel: %+v %v", f.Steps, err)
				}
			}
		})
	}
}
