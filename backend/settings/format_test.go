package settings_test

import (
	"context"
	"database/sql"
	"testing"

	"qunzhu/backend/settings"
	"qunzhu/backend/storetest"
)

func TestFormat(t *testing.T) {
	db := storetest.Open(t)
	ctx := context.Background()
	if v, err := settings.FormatOf(ctx, db.Read(), "members.search"); v != 0 || err != nil {
		t.Fatalf("unrecorded format = %d, %v; want 0", v, err)
	}
	for _, want := range []int{2, 3} {
		err := db.Tx(ctx, func(tx *sql.Tx) error { return settings.SetFormat(ctx, tx, "members.search", want) })
		if err != nil {
			t.Fatal(err)
		}
		if v, err := settings.FormatOf(ctx, db.Read(), "members.search"); v != want || err != nil {
			t.Errorf("format = %d, %v; want %d", v, err, want)
		}
	}
	if v, _ := settings.FormatOf(ctx, db.Read(), "other"); v != 0 {
		t.Errorf("another name's format = %d, want 0", v)
	}
	if _, err := settings.NewService(db).Get(ctx); err != nil {
		t.Errorf("settings with a format recorded: %v", err)
	}
}
