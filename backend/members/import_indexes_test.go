package members

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"qunzhu/backend/store"
	"qunzhu/backend/storetest"
)

// A large import builds the indexes it dropped from the migrations' text,
// never from the text stored in the file, even when the file changed while
// open (past the check at open).
func TestImportBuildsIndexesFromTheMigrations(t *testing.T) {
	defer func(n int) { bulkMin = n }(bulkMin)
	bulkMin = 100
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "q.db")
	db := storetest.OpenAt(t, path)
	want := indexSQL(t, db)
	storetest.Tamper(t, path, storetest.AppendTo("members_nick_sort", " WHERE 0"), storetest.AppendTo("members_level", " WHERE 0"))
	drafts := make([]Draft, 150)
	for i := range drafts {
		drafts[i] = Draft{Row: i + 2, Nickname: fmt.Sprintf("粉丝%d", i), Platform: "qq", PlatformID: fmt.Sprint(i)}
	}
	rep, err := NewService(db).Import(ctx, drafts, ImportOptions{OnDuplicate: OnDuplicateUpdate}, nil)
	if err != nil || rep.Added != len(drafts) {
		t.Fatalf("Import = %+v, %v", rep, err)
	}
	if got := indexSQL(t, db); got != want {
		t.Errorf("indexes after the import:\n%s\nwant the migrations':\n%s", got, want)
	}
}

func indexSQL(t *testing.T, db *store.DB) string {
	t.Helper()
	var s string
	err := db.Read().QueryRow(`SELECT group_concat(sql, char(10)) FROM (SELECT sql FROM sqlite_schema
		WHERE type = 'index' AND tbl_name = 'members' AND sql IS NOT NULL ORDER BY name)`).Scan(&s)
	if err != nil {
		t.Fatal(err)
	}
	return s
}
