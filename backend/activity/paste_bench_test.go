package activity_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"qunzhu/backend/activity"
	"qunzhu/backend/members"
	"qunzhu/backend/storetest"
)

// A year of a Douyin group pasted at once: 100,000 messages by 2,000
// people in the name-time shape, stored in one transaction.
func BenchmarkImportPaste(b *testing.B) {
	var sb strings.Builder
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range 100_000 {
		at := start.Add(time.Duration(i) * 5 * time.Minute)
		fmt.Fprintf(&sb, "粉丝%04d %s\n今天直播几点 %d\n", i*7919%2000, at.Format("2006/1/2 15:04:05"), i)
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		b.StopTimer()
		db := storetest.Open(b)
		act := activity.NewService(db, members.NewService(db))
		b.StartTimer()
		rep, err := act.Import(context.Background(), activity.Request{Paste: &activity.Pasted{Text: text, Day: start}}, nil)
		if err != nil || rep.Events != 100_000 {
			b.Fatal(rep.Events, err)
		}
	}
}
