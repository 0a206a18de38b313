package polls

import "context"

// OptionsOf returns a poll's option labels in order (none for no poll).
func OptionsOf(ctx context.Context, q queryer, pollID int64) ([]string, error) {
	return readOptions(ctx, q, pollID)
}
