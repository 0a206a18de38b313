package members_test

import (
	"context"
	"path/filepath"
	"testing"

	"qunzhu/backend/members"
	"qunzhu/backend/store"
)

// A database made before migration 0013 keeps every member as it was; the
// exact name key and the likeness key are filled in, so its members are
// found by exact name (and wrongly merged ones stay merged).
func TestIdentityMigrationFillsKeys(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "old.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.MigrateTo(ctx, 12); err != nil {
		t.Fatal(err)
	}
	_, err = db.Write().Exec(`INSERT INTO members (id, nickname, nick_key, nick_sort, platform, platform_id, created_at, updated_at) VALUES
		(1, '王伟', '王伟', 'x', 'douyin', 'dy001', 't', 't'),
		(2, '王伟' || char(8203), '王伟', 'x', 'douyin', '', 't', 't'),
		(3, '陳小明', '陳小明', 'x', 'qq', '', 't', 't')`)
	if err != nil {
		t.Fatal(err)
	}
	before := dumpMembers(t, db)
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	if after := dumpMembers(t, db); after != before {
		t.Errorf("migration changed members:\n%s\nwas\n%s", after, before)
	}
	rows, _ := db.Read().Query(`SELECT name_key || '|' || nick_key FROM members ORDER BY id`)
	var keys []string
	for rows.Next() {
		var k string
		rows.Scan(&k)
		keys = append(keys, k)
	}
	rows.Close()
	if want := []string{"王伟|王伟", "王伟|王伟", "陳小明|陈小明"}; len(keys) != 3 || keys[0] != want[0] || keys[1] != want[1] || keys[2] != want[2] {
		t.Errorf("keys = %q, want %q", keys, want)
	}
	ids, err := members.NewService(db).MatchSender(ctx, "douyin", "", "王伟")
	if err != nil || len(ids) != 2 {
		t.Errorf("MatchSender(王伟) = %v, %v; want both", ids, err)
	}
}

func dumpMembers(t *testing.T, db *store.DB) string {
	var out string
	err := db.Read().QueryRow(`SELECT group_concat(id || nickname || nick_sort || platform || platform_id || created_at, ';') FROM members`).Scan(&out)
	if err != nil {
		t.Fatal(err)
	}
	return out
}
