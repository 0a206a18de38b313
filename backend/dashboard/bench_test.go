package dashboard_test

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"testing"
	"time"

	"qunzhu/backend/activity"
	"qunzhu/backend/dashboard"
	"qunzhu/backend/store"
	"qunzhu/backend/tiers"
)

// benchVersion names the cached benchmark database: change it when the
// data below or the summaries' layout change.
const benchVersion = "v4"

const (
	benchMembers = 1_000_000
	benchEvents  = 10_000_000
)

var benchNow = time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)

// benchSeed is 1,000,000 members in three groups (one in ten in a second
// group, 2 % of them left), 10,000,000 events over 180 days (long-tailed:
// a few members write most; one in ten a like, share or tip) and their tiers.
var benchSeed = []string{
	`INSERT INTO groups (id, name, name_key, platform, purpose, capacity, created_at, updated_at) VALUES
		(1, 'A', 'a', 'douyin', 'core', 500, '', ''), (2, 'B', 'b', 'wechat', 'cocreation', 500, '', ''),
		(3, 'C', 'c', 'qq', 'welfare', 500, '', '')`,
	`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?2)
	INSERT INTO members (id, nickname, nick_key, nick_sort, platform, created_at, updated_at)
	SELECT i, '粉丝' || i, 'fs' || i, 'fensi' || i, 'douyin', '2026-01-01', '2026-01-01' FROM n`,
	`INSERT INTO memberships (group_id, member_id, status, joined_at, left_at)
	SELECT 1 + id % 3, id, CASE WHEN id % 50 = 0 THEN 'left' ELSE 'joined' END,
		date(?1, 'unixepoch', '-' || (id % 365) || ' days'),
		CASE WHEN id % 50 = 0 THEN date(?1, 'unixepoch', '-' || (id % 20) || ' days') END FROM members
	UNION ALL SELECT 1 + (id + 1) % 3, id, 'joined', date(?1, 'unixepoch', '-' || (id % 90) || ' days'), NULL
	FROM members WHERE id % 10 = 0`,
	`WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ?3 - 1)
	INSERT INTO events (member_id, group_id, at, kind, value, key)
	SELECT m, 1 + m % 3, ?1 - (i * 1555) % (180 * 86400) - 1,
		CASE i % 20 WHEN 0 THEN 'like' WHEN 1 THEN 'share' WHEN 2 THEN 'reply' WHEN 3 THEN 'post' ELSE 'message' END, 0, i
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
	path := filepath.Join(os.TempDir(), "qunzhu-dashboard-bench-"+benchVersion+".db")
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
	start := time.Now() // the events went in by SQL, past the summaries: count them
	err = db.Tx(ctx, func(tx *sql.Tx) error {
		if err := rebuild(ctx, tx); err != nil {
			return err
		}
		return storeTiers(ctx, tx)
	})
	if err != nil {
		return err
	}
	b.Logf("summaries rebuilt from %d events in %v", benchEvents, time.Since(start))
	_, err = db.Write().ExecContext(ctx, `ANALYZE`)
	return err
}

func benchService(db *store.DB) *dashboard.Service {
	return dashboard.NewService(db, func(context.Context) (tiers.Settings, error) {
		return tiers.DefaultSettings(), nil
	}, activity.Log{})
}

// BenchmarkDashboard1M10M reads the dashboard of all groups, and of one
// group, over the last 30 days of 1,000,000 members and 10,000,000 events.
// Target: ≤ 300 ms.
func BenchmarkDashboard1M10M(b *testing.B) {
	db := benchDB(b)
	s := benchService(db)
	ctx := context.Background()
	for _, c := range []struct {
		name  string
		group int64
	}{{"all", 0}, {"group", 1}} {
		b.Run(c.name, func(b *testing.B) {
			r := dashboard.Request{GroupID: c.group, From: benchNow.AddDate(0, 0, -30), To: benchNow.AddDate(0, 0, -1)}
			for range b.N {
				d, err := s.Get(ctx, r)
				if err != nil || d.Members == 0 || d.Messages == 0 || !d.Summarized {
					b.Fatalf("dashboard: %+v %v", d.Members, err)
				}
			}
		})
	}
}

// BenchmarkDashboardPast1M10M reads the dashboard of all groups, and of one
// group, over a period of 30 days that ends 60 days before the last event:
// its speakers, reach and silent count are unions of the days' sets of
// members. Target: ≤ 300 ms.
func BenchmarkDashboardPast1M10M(b *testing.B) {
	s := benchService(benchDB(b))
	for _, c := range []struct {
		name  string
		group int64
	}{{"all", 0}, {"group", 1}} {
		b.Run(c.name, func(b *testing.B) {
			r := dashboard.Request{GroupID: c.group, From: benchNow.AddDate(0, 0, -90), To: benchNow.AddDate(0, 0, -61)}
			for range b.N {
				d, err := s.Get(context.Background(), r)
				if err != nil || d.Summarized || d.Speakers == 0 {
					b.Fatalf("dashboard: %+v %v", d.Speakers, err)
				}
			}
		})
	}
}

// BenchmarkRebuild10M counts the summaries of the 10,000,000 events again
// (what the first dashboard does once on a database that held events
// before migration 0011), in a transaction rolled back.
func BenchmarkRebuild10M(b *testing.B) {
	db := benchDB(b)
	ctx := context.Background()
	for range b.N {
		tx, err := db.Write().BeginTx(ctx, nil)
		if err != nil {
			b.Fatal(err)
		}
		err = rebuild(ctx, tx)
		tx.Rollback()
		if err != nil {
			b.Fatal(err)
		}
	}
}
