package members

import (
	"database/sql"
	"iter"
)

type batch struct {
	rows []Row
	err  error
}

// batches reads rows n at a time.
func batches(rows *sql.Rows, s *Service, n int) iter.Seq[batch] {
	return func(yield func(batch) bool) {
		for {
			list, err := scanSome(rows, s.now(), n)
			if err != nil {
				yield(batch{err: err})
				return
			}
			if len(list) == 0 || !yield(batch{rows: list}) {
				return
			}
		}
	}
}
