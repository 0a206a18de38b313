package polls

import (
	"context"

	"qunzhu/backend/store"
)

// OptionsOf returns a poll's option labels in order (none for no poll).
func OptionsOf(ctx context.Context, q store.Queryer, pollID int64) ([]string, error) {
	return readOptions(ctx, q, pollID)
}
