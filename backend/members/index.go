package members

import (
	"bytes"
	"context"
	"encoding/json"
	"slices"
	"sort"
	"sync"

	"qunzhu/backend/errs"
	"qunzhu/backend/fold"
	"qunzhu/backend/store"
)

// indexEntry is one member's search text (fold.Search of its names and ids).
type indexEntry struct {
	id   int64
	text string
}

// Index finds members by substring of their folded names, ids and pinyin.
// It holds every live member's search text in one buffer, scanned with
// bytes.Index: a million members are about 60 MB and one scan tens of ms,
// where SQLite's LIKE over the same column takes ten times longer.
// It loads on first use, after re-deriving texts stored by an older
// fold.SearchVersion, and follows writes through apply.
type Index struct {
	db *store.DB

	mu      sync.RWMutex
	loaded  bool
	loading bool
	done    chan struct{} // closed when the running load ends
	pending []indexEntry  // writes applied while loading
	stale   bool          // reset during a load: that load must not count
	buf     []byte        // texts, each followed by sep
	starts  []int32       // start of each entry in buf
	ids     []int64       // member of each entry
	latest  []int32       // by member id: entry number + 1 of its live text, 0 when none
	dead    int           // superseded entries
}

const sep = '\x1e'

// NewIndex returns an unloaded index over db's members.
func NewIndex(db *store.DB) *Index { return &Index{db: db} }

// Search returns the ids of live members whose search text contains q
// (folded with fold.Query), ascending.
func (x *Index) Search(ctx context.Context, q string) ([]int64, error) {
	if err := x.ensure(ctx); err != nil {
		return nil, err
	}
	needle := []byte(fold.Query(q))
	x.mu.RLock()
	defer x.mu.RUnlock()
	var out []int64
	for off := 0; off < len(x.buf); {
		i := bytes.Index(x.buf[off:], needle)
		if i < 0 {
			break
		}
		e := x.entryAt(int32(off + i))
		if id := x.ids[e]; x.alive(id, e) {
			out = append(out, id)
		}
		off = x.entryEnd(e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out, nil
}

func (x *Index) entryAt(pos int32) int {
	return sort.Search(len(x.starts), func(i int) bool { return x.starts[i] > pos }) - 1
}

func (x *Index) entryEnd(e int) int {
	if e+1 < len(x.starts) {
		return int(x.starts[e+1])
	}
	return len(x.buf)
}

func (x *Index) alive(id int64, e int) bool {
	return id < int64(len(x.latest)) && x.latest[id] == int32(e)+1
}

// apply records written members' texts (after their transaction commits).
func (x *Index) apply(entries []indexEntry) {
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.loading {
		x.pending = append(x.pending, entries...)
		return
	}
	if x.loaded {
		x.add(entries)
	}
}

// remove drops members from the index (trashed, merged away).
func (x *Index) remove(ids []int64) {
	x.mu.Lock()
	defer x.mu.Unlock()
	for _, id := range ids {
		if id < int64(len(x.latest)) && x.latest[id] != 0 {
			x.latest[id] = 0
			x.dead++
		}
	}
	if x.loading {
		x.pending = append(x.pending, removal(ids)...)
	}
}

// removal encodes removals as entries with an empty text.
func removal(ids []int64) []indexEntry {
	out := make([]indexEntry, len(ids))
	for i, id := range ids {
		out[i] = indexEntry{id: id}
	}
	return out
}

func (x *Index) add(entries []indexEntry) {
	for _, en := range entries {
		for int64(len(x.latest)) <= en.id {
			x.latest = append(x.latest, make([]int32, max(1024, len(x.latest)))...)
		}
		if x.latest[en.id] != 0 {
			x.dead++
			x.latest[en.id] = 0
		}
		if en.text == "" {
			continue
		}
		x.starts = append(x.starts, int32(len(x.buf)))
		x.ids = append(x.ids, en.id)
		x.buf = append(append(x.buf, en.text...), sep)
		x.latest[en.id] = int32(len(x.ids))
	}
}

// ensure loads the index from the database once; concurrent callers wait
// for the same load.
func (x *Index) ensure(ctx context.Context) error {
	x.mu.Lock()
	if x.loaded {
		x.mu.Unlock()
		return nil
	}
	if done := x.done; done != nil {
		x.mu.Unlock()
		select {
		case <-done:
			return x.ensure(ctx)
		case <-ctx.Done():
			return errs.ErrCancelled
		}
	}
	x.loading, x.done = true, make(chan struct{})
	x.mu.Unlock()
	entries, err := x.read(ctx)
	x.mu.Lock()
	stale := x.stale
	if err == nil && !stale {
		x.add(entries)
		x.add(x.pending)
		x.loaded = true
	}
	x.pending, x.loading, x.stale = nil, false, false
	close(x.done)
	x.done = nil
	x.mu.Unlock()
	if err == nil && stale {
		return x.ensure(ctx) // changed while loading: read again
	}
	return err
}

func (x *Index) read(ctx context.Context) ([]indexEntry, error) {
	if err := upgradeSearch(ctx, x.db); err != nil {
		return nil, err
	}
	rows, err := x.db.Read().QueryContext(ctx, `SELECT id, search FROM members WHERE deleted_at IS NULL`)
	if err != nil {
		return nil, errs.Wrap(err, "load search index")
	}
	defer rows.Close()
	var out []indexEntry
	for rows.Next() {
		var en indexEntry
		if err := rows.Scan(&en.id, &en.text); err != nil {
			return nil, errs.Wrap(err, "load search index")
		}
		out = append(out, en)
	}
	return out, errs.Wrap(rows.Err(), "load search index")
}

// refreshIndex re-reads the search texts of changed members (trashed ones
// leave the index); past a size it is cheaper to reload everything lazily.
func (s *Service) refreshIndex(ctx context.Context, ids []int64) {
	x := s.index
	if len(ids) > 50000 {
		x.reset()
		return
	}
	entries := make([]indexEntry, 0, len(ids))
	for chunk := range slices.Chunk(ids, 5000) {
		js, _ := json.Marshal(chunk)
		rows, err := s.db.Write().QueryContext(ctx, `SELECT id, CASE WHEN deleted_at IS NULL THEN search ELSE '' END
			FROM members WHERE id IN (SELECT value FROM json_each(?))`, string(js))
		if err != nil {
			x.reset()
			return
		}
		for rows.Next() {
			var en indexEntry
			if rows.Scan(&en.id, &en.text) == nil {
				entries = append(entries, en)
			}
		}
		rows.Close()
	}
	x.apply(entries)
	x.remove(missing(ids, entries))
}

// missing lists ids with no entry (deleted rows).
func missing(ids []int64, entries []indexEntry) []int64 {
	seen := make(map[int64]bool, len(entries))
	for _, e := range entries {
		seen[e.id] = true
	}
	var out []int64
	for _, id := range ids {
		if !seen[id] {
			out = append(out, id)
		}
	}
	return out
}

// reset forgets everything; the next search reloads from the database.
func (x *Index) reset() {
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.loading {
		x.stale = true // the running load may have read before this change: don't trust it
		return
	}
	x.loaded, x.buf, x.starts, x.ids, x.latest, x.dead = false, nil, nil, nil, nil, 0
}
