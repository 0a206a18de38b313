package members_test

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"qunzhu/backend/members"
	"qunzhu/backend/store"
)

// Fake fans: Chinese nicknames from common characters, some with Latin and
// digits, spread over platforms, levels, follow dates and tags.
var (
	surnames  = []rune("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
	given     = []rune("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红鹏飞宇浩然欣怡子轩梓涵一诺依晨思雨佳琪小月星辰阳光甜心糖果奶茶可乐")
	platforms = []string{"douyin", "douyin", "douyin", "wechat", "wechat", "qq", "kuaishou", "bilibili", "xiaohongshu", "weibo"}
	tagPool   = []string{"铁粉", "早鸟", "核心", "活跃", "潜水", "福利", "共创", "老粉"}
)

func fakeDrafts(n int, seed int64) []members.Draft {
	r := rand.New(rand.NewSource(seed))
	out := make([]members.Draft, n)
	for i := range out {
		name := string(surnames[r.Intn(len(surnames))]) + string(given[r.Intn(len(given))])
		if r.Intn(3) == 0 {
			name += string(given[r.Intn(len(given))])
		}
		if r.Intn(10) == 0 {
			name += fmt.Sprintf("%d", r.Intn(1000))
		}
		level, iron := r.Intn(30), r.Intn(5) == 0
		since := today.AddDate(0, 0, -r.Intn(1500))
		d := members.Draft{Row: i + 2, Nickname: name, Platform: platforms[r.Intn(len(platforms))],
			PlatformID: fmt.Sprintf("u%08d", i), FanLevel: &level, IronFan: &iron, FollowSince: &since}
		if r.Intn(2) == 0 {
			d.Tags = []string{tagPool[r.Intn(len(tagPool))]}
		}
		out[i] = d
	}
	return out
}

func BenchmarkImport100k(b *testing.B) {
	drafts := fakeDrafts(100000, 1)
	for range b.N {
		b.StopTimer()
		s, _ := newService(b)
		b.StartTimer()
		start := time.Now()
		rep, err := s.Import(context.Background(), drafts, members.ImportOptions{OnDuplicate: "keep"}, nil)
		if err != nil || rep.Added != len(drafts) {
			b.Fatal(rep.Added, err)
		}
		b.ReportMetric(float64(len(drafts))/time.Since(start).Seconds(), "rows/s")
	}
}

// The million-member database is built once per run, in a folder removed at the end.
var (
	bigOnce sync.Once
	bigPath string
	bigErr  error
)

const bigSize = 1000000

func bigDB(b *testing.B) *members.Service {
	s := members.NewService(bigStore(b))
	s.SetClock(func() time.Time { return today })
	return s
}

// bigStore opens the million-member database, building it on first use.
func bigStore(b *testing.B) *store.DB {
	bigOnce.Do(func() {
		dir, err := os.MkdirTemp("", "qunzhu-bench-")
		if err != nil {
			bigErr = err
			return
		}
		bigPath = filepath.Join(dir, "big.db")
		bigErr = buildBig(bigPath)
	})
	if bigErr != nil {
		b.Fatal(bigErr)
	}
	db, err := store.Open(context.Background(), bigPath)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	return db
}

func buildBig(path string) error {
	ctx := context.Background()
	db, err := store.Open(ctx, path)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := db.Migrate(ctx); err != nil {
		return err
	}
	s := members.NewService(db)
	s.SetClock(func() time.Time { return today })
	const chunk = 100000
	for i := 0; i < bigSize; i += chunk {
		drafts := fakeDrafts(chunk, int64(i))
		for j := range drafts {
			drafts[j].PlatformID = fmt.Sprintf("u%08d", i+j)
		}
		if _, err := s.Import(ctx, drafts, members.ImportOptions{OnDuplicate: "keep"}, nil); err != nil {
			return err
		}
	}
	_, err = db.Write().Exec("ANALYZE")
	return err
}

func TestMain(m *testing.M) {
	code := m.Run()
	if bigPath != "" {
		os.RemoveAll(filepath.Dir(bigPath))
	}
	os.Exit(code)
}

func benchList(b *testing.B, q members.Query, want int) {
	s := bigDB(b)
	ctx := context.Background()
	if rows, err := s.List(ctx, q); err != nil || len(rows) < want { // warm: loads the search index
		b.Fatal(len(rows), err)
	}
	b.ResetTimer()
	for range b.N {
		if _, err := s.List(ctx, q); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPage1M: a filtered, sorted page of 100 at 1,000,000 members (target ≤ 10 ms).
func BenchmarkPage1M(b *testing.B) {
	yes := true
	benchList(b, members.Query{Filter: members.Filter{Platforms: []string{"douyin"}, IronFan: &yes},
		Sort: "fanLevel", Desc: true, Limit: 100}, 100)
}

// BenchmarkSearchInitials1M: a pinyin-initials search at 1,000,000 members (target ≤ 50 ms).
func BenchmarkSearchInitials1M(b *testing.B) {
	benchList(b, members.Query{Filter: members.Filter{Search: "zxy"}, Limit: 100}, 1)
}

// BenchmarkFirstPage1M: what the list screen asks for first (target ≤ 200 ms).
func BenchmarkFirstPage1M(b *testing.B) {
	s := bigDB(b)
	ctx := context.Background()
	b.ResetTimer()
	for range b.N {
		if _, err := s.List(ctx, members.Query{Limit: 100}); err != nil {
			b.Fatal(err)
		}
		if _, err := s.Count(ctx, members.Filter{}); err != nil {
			b.Fatal(err)
		}
	}
}
