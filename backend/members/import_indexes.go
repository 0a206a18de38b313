package members

import (
	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// bulkMin is the fewest rows for which an import drops the secondary
// indexes it would otherwise update row by row and builds them again at the
// end (a sorted build), when the import is larger than what is stored.
var bulkMin = 20000 // a variable for tests

// deferredIndexes may be rebuilt after an import; members_nick only when
// the import looks nothing up by name in the table (every row has an id, or
// the table was empty: names are then matched in memory).
var deferredIndexes = []string{"members_nick_sort", "members_follow", "members_level"}

// dropIndexes drops the deferred indexes inside the import's transaction,
// remembering how the migrations build them again.
func (b *bulkImport) dropIndexes(rows int) error {
	if rows < bulkMin || rows < b.stored || !b.exact {
		return nil
	}
	names := deferredIndexes
	if b.o.OnDuplicate == OnDuplicateKeep {
		names = append([]string{"members_nick"}, names...)
	}
	for _, name := range names {
		ddl, err := store.IndexDefinition(b.w.ctx, b.w.tx, name) // the migrations' text, never the file's
		if err != nil {
			return err
		}
		if _, err := b.w.tx.ExecContext(b.w.ctx, `DROP INDEX `+name); err != nil {
			return errs.Wrap(err, "drop index "+name)
		}
		b.dropped = append(b.dropped, ddl)
	}
	return nil
}

// restoreIndexes builds the dropped indexes again.
func (b *bulkImport) restoreIndexes() error {
	for _, ddl := range b.dropped {
		if _, err := b.w.tx.ExecContext(b.w.ctx, ddl); err != nil {
			return errs.Wrap(err, "rebuild index")
		}
	}
	b.dropped = nil
	return nil
}
