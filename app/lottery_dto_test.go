package app

import (
	"testing"

	"qunzhu/backend/errs"
	"qunzhu/backend/lottery"
)

func TestEntryDTOToDomain(t *testing.T) {
	e, err := EntryDTO{From: lottery.FromMembers, SegmentID: 4, Tiers: []string{"core"}, MinDays: 30,
		After: "2026-12-01T00:00:00Z", Before: "2026-12-02T00:00:00+08:00", WeightDays: 7, WeightCheckins: 5, WeightTimes: 2}.toDomain()
	if err != nil {
		t.Fatal(err)
	}
	if e.Members == nil || e.Members.SegmentID != 4 || e.Members.Tiers[0] != "core" || e.MinDays != 30 ||
		e.After == nil || e.Before == nil || e.Before.UTC().Hour() != 16 || e.Weight == nil || e.Weight.Times != 2 {
		t.Fatalf("entry %+v", e)
	}
	plain, _ := EntryDTO{From: lottery.FromComments, Text: "a: b"}.toDomain()
	if plain.Members != nil || plain.Weight != nil || plain.After != nil {
		t.Fatalf("a comments entry carries member or weight rules: %+v", plain)
	}
	_, err = EntryDTO{From: lottery.FromDouyin, After: "12/01/2026"}.toDomain()
	if e := errs.As(err); err == nil || e.Fields["after"].Key != "err.lottery.time" {
		t.Fatalf("bad time: %v", err)
	}
}

func TestPollInputDeadline(t *testing.T) {
	in, err := PollInput{Question: "q", Options: []string{"a", "b"}, Deadline: "2026-12-05T20:00:00+08:00"}.toDomain()
	if err != nil || in.Deadline == nil || in.Deadline.UTC().Hour() != 12 {
		t.Fatalf("deadline %v %v", in.Deadline, err)
	}
	if _, err := (PollInput{Deadline: "tomorrow"}).toDomain(); errs.As(err).Fields["deadline"].Key != "err.polls.deadline" {
		t.Fatalf("bad deadline: %v", err)
	}
}
