package settings_test

import (
	"context"
	"path/filepath"
	"testing"

	"qunzhu/backend/errs"
	"qunzhu/backend/settings"
	"qunzhu/backend/store"
	"qunzhu/backend/storetest"
)

func ptr[T any](v T) *T { return &v }

func TestDefaultsAndUpdate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "q.db")
	ctx := context.Background()
	db := storetest.OpenAt(t, path)
	s := settings.NewService(db)
	got, err := s.Get(ctx)
	want := settings.Settings{Language: "", Theme: "system", BackupKeep: 7}
	if err != nil || got != want {
		t.Fatalf("defaults = %+v, %v; want %+v", got, err, want)
	}
	got, err = s.Update(ctx, settings.Patch{Language: ptr("en"), BackupKeep: ptr(3)})
	want = settings.Settings{Language: "en", Theme: "system", BackupKeep: 3}
	if err != nil || got != want {
		t.Fatalf("after update = %+v, %v; want %+v", got, err, want)
	}
	db.Close() // the choice survives a restart
	db2, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db2.Close()
	if got, _ := settings.NewService(db2).Get(ctx); got != want {
		t.Errorf("after reopen = %+v, want %+v", got, want)
	}
}

func TestInvalidPatchChangesNothing(t *testing.T) {
	s := settings.NewService(storetest.Open(t))
	ctx := context.Background()
	cases := []struct {
		patch settings.Patch
		field string
	}{
		{settings.Patch{Language: ptr("fr"), Theme: ptr("dark")}, "language"},
		{settings.Patch{Theme: ptr("neon")}, "theme"},
		{settings.Patch{BackupKeep: ptr(0)}, "backupKeep"},
		{settings.Patch{BackupKeep: ptr(366)}, "backupKeep"},
	}
	for _, c := range cases {
		_, err := s.Update(ctx, c.patch)
		if _, ok := errs.As(err).Fields[c.field]; !ok {
			t.Errorf("Update(%+v) = %v, want a %s error", c.patch, err, c.field)
		}
	}
	if got, _ := s.Get(ctx); got.Theme != "system" {
		t.Errorf("a rejected patch changed the theme to %q", got.Theme)
	}
}

func TestWindowGeometry(t *testing.T) {
	s := settings.NewService(storetest.Open(t))
	ctx := context.Background()
	if w, _ := s.Window(ctx); w.Known {
		t.Fatalf("fresh db knows a window: %+v", w)
	}
	want := settings.Window{Width: 1300, Height: 850, X: 40, Y: -10, Known: true}
	if err := s.SaveWindow(ctx, want); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Window(ctx); got != want {
		t.Errorf("Window = %+v, want %+v", got, want)
	}
}
