package activity

import (
	"context"
	"math/rand/v2"
	"reflect"
	"testing"
	"time"

	"qunzhu/backend/storetest"
)

// Scanning the window in slices side by side gives exactly what one scan
// gives, conversation starts across slice borders included.
func TestSlicesAddUpToOneScan(t *testing.T) {
	db := storetest.Open(t)
	ctx := context.Background()
	now := time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)
	rng := rand.New(rand.NewPCG(7, 9))
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
	for _, a := range want.byID {
		starts += a.st.Starts
	}
	if len(want.byID) != 300 || starts < 100 {
		t.Fatalf("one scan: %d members, %d starts: the fixture is too thin", len(want.byID), starts)
	}
	for _, n := range []int{2, 3, 4, 7} {
		got, err := scanSlices(ctx, db.Read(), now, 90, n, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(got.byID) != len(want.byID) {
			t.Fatalf("%d slices: %d members, want %d", n, len(got.byID), len(want.byID))
		}
		for id, w := range want.byID {
			if g := got.byID[id]; !reflect.DeepEqual(g, w) {
				t.Errorf("%d slices, member %d:\n got %+v\nwant %+v", n, id, g, w)
			}
		}
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
