package groups_test

import (
	"context"
	"fmt"
	"testing"

	"qunzhu/backend/groups"
	"qunzhu/backend/storetest"
)

func BenchmarkCreate(b *testing.B) {
	s := groups.NewService(storetest.Open(b))
	ctx := context.Background()
	in := valid()
	b.ResetTimer()
	for i := range b.N {
		in.Name = fmt.Sprintf("群 %d", i)
		if _, err := s.Create(ctx, in); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkList lists 1,000 groups, far more than any creator runs.
func BenchmarkList(b *testing.B) {
	s := groups.NewService(storetest.Open(b))
	ctx := context.Background()
	ins := make([]groups.Input, 1000)
	for i := range ins {
		ins[i] = valid()
		ins[i].Name = fmt.Sprintf("群 %d", i)
	}
	if _, err := s.CreateMany(ctx, ins, nil); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for range b.N {
		if gs, err := s.List(ctx, groups.Filter{}); err != nil || len(gs) != 1000 {
			b.Fatal(len(gs), err)
		}
	}
}
