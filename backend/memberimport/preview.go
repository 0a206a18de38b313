package memberimport

import (
	"context"

	"qunzhu/backend/members"
	"qunzhu/backend/sheets"
)

// PreviewRows is how many rows a preview shows.
const PreviewRows = 20

// Preview is what an import would do, before anything is written.
type Preview struct {
	FileName string
	Encoding string
	Sheets   []string
	Sheet    string
	Headers  []string
	Samples  [][]string // the first rows as read
	Mapping  sheets.Mapping
	Platform string
	Total    int             // data rows read
	Valid    int             // rows that would be stored
	Rows     []members.Draft // the first valid rows as they will be stored
	Problems []members.Problem
	Matches  int // valid rows matching an existing member (the duplicate choice applies)
}

// Preview reads and maps the source without writing anything. It stops
// with errs.ErrCancelled when ctx is cancelled.
func (s *Service) Preview(ctx context.Context, req Request) (Preview, error) {
	l, err := s.load(ctx, req)
	if err != nil {
		return Preview{}, err
	}
	matches, err := s.members.CountMatches(ctx, l.drafts)
	if err != nil {
		return Preview{}, err
	}
	return Preview{
		FileName: l.name, Encoding: l.table.Encoding, Sheets: l.table.Sheets, Sheet: l.table.Sheet,
		Headers: l.table.Headers, Samples: head(l.table.Rows), Mapping: l.mapping, Platform: l.platform,
		Total: len(l.table.Rows), Valid: len(l.drafts), Rows: head(l.drafts), Problems: l.problems,
		Matches: matches,
	}, nil
}

func head[T any](s []T) []T {
	if len(s) > PreviewRows {
		return s[:PreviewRows]
	}
	return s
}
