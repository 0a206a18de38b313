package activity

import (
	"context"
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"
	"time"

	"qunzhu/backend/members"
	"qunzhu/backend/storetest"
)

// Scanning the window in slices side by side gives exactly what one scan
// gives, conversation starts across slice borders included.
func TestSlicesAddUpToOneScan(t *testing.T) {
	db := storetest.Open(t)
	ctx := context.Background()
	now := time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)
	rng := rand.New(rand.NewPCG(7, 9))
	m := members.NewService(db)
	for i := range 200 { // members 1–200 sit in the dense table, 201–300 (events only) in the map
		if _, err := m.Create(ctx, members.Input{Nickname: fmt.Sprintf("粉丝%03d", i), Platform: "wechat"}); err != nil {
			t.Fatal(err)
		}
	}
	tx, err := db.Write().BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	kinds := []string{"message", "post", "tip", "share", "purchase", "reply", "mention", "like"}
	at := now.AddDate(0, 0, -130).Unix()
	for i := range 20000 {
		at += rng.Int64N(600)
		if rng.IntN(30) == 0 { // a quiet spell, on either side of the two-hour mark
			at += rng.Int64N(4 * 3600)
		}
		kind := kinds[rng.IntN(len(kinds))]
		var group any = rng.Int64N(3) + 1
		if rng.IntN(10) == 0 {
			group = nil
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO events (member_id, group_id, at, kind, value, key)
			VALUES (?, ?, ?, ?, ?, ?)`, rng.Int64N(300)+1, group, at, kind, rng.Float64()*10, i); err != nil {
			t.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	want, err := scanSlices(ctx, db.Read(), now, 90, 1, nil)
	if err != nil {
		t.Fatal(err)
	}
	starts := 0
	want.byID.each(func(_ int64, a *sums) { starts += int(a.starts) })
	if want.byID.len() != 300 || len(want.byID.other) != 100 || starts < 100 {
		t.Fatalf("one scan: %d members, %d starts: the fixture is too thin", want.byID.len(), starts)
	}
	for _, n := range []int{2, 3, 4, 7} {
		got, err := scanSlices(ctx, db.Read(), now, 90, n, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got.byID.len() != want.byID.len() {
			t.Fatalf("%d slices: %d members, want %d", n, got.byID.len(), want.byID.len())
		}
		want.byID.each(func(id int64, w *sums) {
			if g := got.byID.find(id); !reflect.DeepEqual(g, w) {
				t.Errorf("%d slices, member %d:\n got %+v\nwant %+v", n, id, g, w)
			}
		})
	}
}

// A cancelled scan stops every slice and says it was cancelled.
func TestSlicesCancelled(t *testing.T) {
	db := storetest.Open(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := scanSlices(ctx, db.Read(), time.Now(), 90, 3, nil); err == nil {
		t.Fatal("a cancelled scan succeeded")
	}
}
