package app

import (
	"context"
	"testing"
)

func TestPreviewSlotStopsTheOneBefore(t *testing.T) {
	var p previewSlot
	first, endFirst := p.begin(context.Background())
	second, endSecond := p.begin(context.Background())
	if first.Err() == nil || second.Err() != nil {
		t.Fatalf("after a second begin: first %v, second %v; want the first cancelled only", first.Err(), second.Err())
	}
	endFirst() // a late end of the first must not forget the second
	p.stop()
	if second.Err() == nil {
		t.Fatal("stop did not cancel the running preview")
	}
	endSecond()
	p.stop() // nothing running: no effect
	third, endThird := p.begin(context.Background())
	defer endThird()
	if third.Err() != nil {
		t.Fatalf("a new preview starts cancelled: %v", third.Err())
	}
}
