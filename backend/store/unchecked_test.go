package store_test

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"testing"

	"qunzhu/backend/storetest"
)

// An unchecked transaction skips the foreign-key checks only inside it: a
// rolled-back or committed one leaves the writer checking again.
func TestTxUncheckedChecksAgainAfterwards(t *testing.T) {
	db := storetest.Open(t)
	ctx := context.Background()
	orphan := func(tx *sql.Tx) error {
		_, err := tx.Exec(`INSERT INTO identities (platform, platform_id, member_id) VALUES ('qq', '1', 999)`)
		return err
	}
	inside, insertErr, failed := "", error(nil), errors.New("give up")
	err := db.TxUnchecked(ctx, func(tx *sql.Tx) error {
		if err := tx.QueryRow(`PRAGMA foreign_keys`).Scan(&inside); err != nil {
			return err
		}
		insertErr = orphan(tx) // accepted here, then rolled back
		return failed
	})
	if !errors.Is(err, failed) || inside != "0" || insertErr != nil {
		t.Fatalf("inside: foreign_keys = %q, insert err %v, tx err %v; want 0, none, give up", inside, insertErr, err)
	}
	if got := scalar(t, db.Write(), "SELECT count(*) FROM identities"); got != "0" {
		t.Fatalf("the rolled-back transaction left %s identities", got)
	}
	if got := scalar(t, db.Write(), "PRAGMA foreign_keys"); got != "1" {
		t.Fatalf("after: writer foreign_keys = %q, want 1", got)
	}
	if err := db.Tx(ctx, orphan); err == nil || !strings.Contains(err.Error(), "FOREIGN KEY") {
		t.Fatalf("after an unchecked transaction, an orphan identity gave %v, want a foreign key error", err)
	}
}
