package members

import (
	"fmt"
	"slices"
	"strings"

	"qunzhu/backend/errs"
	"qunzhu/backend/fold"
	"qunzhu/backend/store"
)

// importChunk is how many drafts are matched with one lookup and stored
// with one multi-row statement per table.
const importChunk = 200

// key is a platform and an id or an exact name.
type key struct{ platform, value string }

// bulkImport stores drafts a chunk at a time: it looks up the chunk's ids
// and names with one query each, gives new members their ids itself,
// and inserts them with multi-row statements. While the import has only
// added members, the lookups plus what it added tell every match exactly;
// after its first update of an existing member it goes on row by row.
type bulkImport struct {
	s         *Service
	w         *writer
	o         ImportOptions
	rep       *Report
	exact     bool
	nextID    int64
	firstNew  int64           // the first id this chunk's pending rows use
	added     map[key]int64   // ids this import added
	addedName map[key][]int64 // names this import added, by whom
	ids       map[key]int64   // this chunk's lookups
	names     map[key][]int64
	pending   pendingRows
	dropped   []string // indexes to build again at the end, as CREATE statements
	stored    int      // members stored before the import (trashed too)
	hasIDs    map[string]bool
	byName    bool  // a row without an id came: rows match by name too
	firstID   int64 // the first id the import gives
}

// pendingRows are the values of rows not yet inserted, per table. The
// identities of new members are not among them: they are copied from the
// members rows inserted (see bulkSQL.identities).
type pendingRows struct{ members, tags, joins []any }

func (s *Service) newBulkImport(w *writer, o ImportOptions, rep *Report, rows int) (*bulkImport, error) {
	b := &bulkImport{s: s, w: w, o: o, rep: rep, exact: !s.rowByRow,
		added: make(map[key]int64, rows), addedName: map[key][]int64{}, hasIDs: map[string]bool{}}
	err := w.tx.QueryRowContext(w.ctx, `SELECT coalesce(max(id), 0) + 1, count(*) FROM members`).Scan(&b.nextID, &b.stored)
	b.firstID = b.nextID
	return b, errs.Wrap(err, "count members")
}

// matchByName makes the import track the names it adds from the first row
// without an id on: until then no row matches by name. The names of the
// members added before are read back.
func (b *bulkImport) matchByName(ps []prepared) error {
	if b.byName || b.o.OnDuplicate == OnDuplicateKeep || !slices.ContainsFunc(ps, func(p prepared) bool { return p.PlatformID == "" }) {
		return nil
	}
	b.byName = true
	rows, err := b.w.tx.QueryContext(b.w.ctx, `SELECT platform, name_key, id FROM members WHERE id >= ? ORDER BY id`, b.firstID)
	if err != nil {
		return errs.Wrap(err, "find added names")
	}
	defer rows.Close()
	for rows.Next() {
		var k key
		var id int64
		if err := rows.Scan(&k.platform, &k.value, &id); err != nil {
			return errs.Wrap(err, "find added names")
		}
		b.addedName[k] = append(b.addedName[k], id)
	}
	return errs.Wrap(rows.Err(), "find added names")
}

// storedIDs tells whether anyone held an id on platform before the import:
// if not, only what the import added can match.
func (b *bulkImport) storedIDs(platform string) (bool, error) {
	has, ok := b.hasIDs[platform]
	if !ok {
		err := b.w.tx.QueryRowContext(b.w.ctx, `SELECT EXISTS (SELECT 1 FROM identities WHERE platform = ?)`, platform).Scan(&has)
		if err != nil {
			return false, errs.Wrap(err, "find identities")
		}
		b.hasIDs[platform] = has
	}
	return has, nil
}

// chunk matches and stores drafts (at most importChunk of them).
func (b *bulkImport) chunk(ps []prepared) error {
	if err := b.matchByName(ps); err != nil {
		return err
	}
	if b.exact {
		if err := b.lookup(ps); err != nil {
			return err
		}
	}
	b.firstNew = b.nextID
	for _, p := range ps {
		if !b.exact {
			if err := b.s.importRow(b.w, p.Draft, b.o, b.rep); err != nil {
				return err
			}
			continue
		}
		if err := b.row(p); err != nil {
			return err
		}
	}
	return b.flush()
}

func (b *bulkImport) row(p prepared) error {
	d := p.Draft
	id, candidates, ok := b.match(p)
	switch {
	case !ok:
		b.rep.ambiguous(d, candidates)
		return nil
	case id == 0:
		if p.err != nil {
			return rowProblem(p.err, d.Row, b.rep)
		}
		id = b.add(p)
		b.rep.Added++
	case b.o.OnDuplicate != OnDuplicateUpdate: // skip; or keep, where only an id matches: one person
		b.rep.Skipped++
	default:
		if err := b.fillIn(id, d); err != nil {
			return err
		}
	}
	if b.o.GroupID != 0 {
		b.pending.joins = append(b.pending.joins, b.o.GroupID, id, "member", "joined", dateText(ptr(b.w.now)), nil)
	}
	return nil
}

// fillIn updates a matched member; once one has changed, the lookups no
// longer tell every match and the import goes on row by row.
func (b *bulkImport) fillIn(id int64, d Draft) error {
	if id >= b.firstNew { // added in this chunk: store it first
		if err := b.flush(); err != nil {
			return err
		}
	}
	changed, err := b.w.fillIn(id, d)
	switch {
	case err != nil:
		return rowProblem(err, d.Row, b.rep)
	case changed:
		b.rep.Updated++
		b.exact = false // row by row from here: with every index
		if err := b.flush(); err != nil {
			return err
		}
		return b.restoreIndexes()
	default:
		b.rep.Skipped++
		return nil
	}
}

// match is the member a draft is, by the identity rule (see writer.match),
// from the chunk's lookups and what the import added.
func (b *bulkImport) match(p prepared) (id int64, candidates []int64, ok bool) {
	d := p.Draft
	if d.PlatformID != "" {
		k := key{d.Platform, d.PlatformID}
		if id := b.ids[k]; id != 0 {
			return id, nil, true
		}
		return b.added[k], nil, true
	}
	if b.o.OnDuplicate == OnDuplicateKeep {
		return 0, nil, true
	}
	k := key{d.Platform, p.name}
	candidates = slices.Clone(b.names[k]) // stored before this chunk, lowest id first
	for _, id := range b.addedName[k] {
		if !slices.Contains(candidates, id) { // added since, or stored with no lookup
			candidates = append(candidates, id)
		}
	}
	candidates = candidates[:min(len(candidates), maxCandidates)] // as namedAs lists them
	id, ok = settle(d.Row, candidates, b.o.Choices)
	return id, candidates, ok
}

// add queues a new, valid member with its identity and tags.
func (b *bulkImport) add(p prepared) int64 {
	id := b.nextID
	b.nextID++
	in := p.in
	b.pending.members = append(append(b.pending.members, id), p.row...)
	if in.PlatformID != "" {
		b.added[key{in.Platform, in.PlatformID}] = id
	}
	if b.byName {
		k := key{in.Platform, in.Nickname} // in.Nickname is its exact name
		b.addedName[k] = append(b.addedName[k], id)
	}
	for _, t := range in.Tags {
		b.pending.tags = append(b.pending.tags, id, t) // tag names: ids come at flush
	}
	b.w.dirty = append(b.w.dirty, indexEntry{id, p.search})
	return id
}

// bulkSQL are the multi-row statements. Values the rows share are not
// bound on every row: the time stamps are literals in the members
// statement (imports give every row the same), and the new members'
// identities are copied from their rows, the ids from firstNew on.
var bulkSQL = struct{ members, identities, tags, joins string }{
	members: `INSERT OR ROLLBACK INTO members (id, nickname, name_key, nick_key, nick_sort, remark, platform, platform_id, follow_since,
		fan_level, iron_fan, source, notes, search, created_at, updated_at) VALUES `,
	identities: `INSERT OR ROLLBACK INTO identities (platform, platform_id, member_id)
		SELECT platform, platform_id, id FROM members WHERE id >= ? AND platform_id <> ''`,
	tags:  `INSERT OR IGNORE INTO member_tags (member_id, tag_id) VALUES `,
	joins: `INSERT INTO memberships (group_id, member_id, role, status, joined_at, left_at) VALUES `,
}

const joinsConflict = ` ON CONFLICT(group_id, member_id) DO UPDATE SET role = excluded.role, status = excluded.status,
	joined_at = coalesce(memberships.joined_at, excluded.joined_at), left_at = excluded.left_at`

// flush inserts the pending rows, members first.
func (b *bulkImport) flush() error {
	if err := b.resolveTags(); err != nil {
		return err
	}
	p := &b.pending
	now := ",'" + store.Stamp(b.w.now) + "'" // a fixed format: nothing to quote
	steps := []struct {
		head  string
		vals  *[]any
		width int
		last  string // literal values closing each row
		tail  string
	}{{bulkSQL.members, &p.members, 14, now + now, ""}, {bulkSQL.tags, &p.tags, 2, "", ""},
		{bulkSQL.joins, &p.joins, 6, "", joinsConflict}}
	for i, st := range steps {
		if err := b.insert(st.head, *st.vals, st.width, st.last, st.tail); err != nil {
			return err
		}
		if i == 0 && len(*st.vals) > 0 { // before anything refers to the new members
			if err := b.copyIdentities(); err != nil {
				return err
			}
		}
		*st.vals = (*st.vals)[:0]
	}
	b.firstNew = b.nextID
	return nil
}

// copyIdentities stores the identities of the members just inserted.
func (b *bulkImport) copyIdentities() error {
	st, err := b.w.prepare(bulkSQL.identities)
	if err == nil {
		_, err = st.ExecContext(b.w.ctx, b.firstNew)
	}
	return errs.Wrap(err, "bulk insert identities")
}

// resolveTags turns the pending tag names into tag ids.
func (b *bulkImport) resolveTags() error {
	for i := 1; i < len(b.pending.tags); i += 2 {
		id, err := b.w.tagID(b.pending.tags[i].(string))
		if err != nil {
			return err
		}
		b.pending.tags[i] = id
	}
	return nil
}

// insert runs head VALUES (…),(…)… tail over vals, width values a row,
// each row closed by the literal values last.
func (b *bulkImport) insert(head string, vals []any, width int, last, tail string) error {
	if len(vals) == 0 {
		return nil
	}
	row := "(?" + strings.Repeat(",?", width-1) + last + ")"
	q := head + row + strings.Repeat(","+row, len(vals)/width-1) + tail
	st, err := b.w.prepare(q)
	if err == nil {
		_, err = st.ExecContext(b.w.ctx, vals...)
	}
	return errs.Wrap(err, "bulk insert")
}

// lookup finds who already holds the chunk's ids, and who has the exact
// names of its rows without an id.
func (b *bulkImport) lookup(ps []prepared) error {
	ids, names := map[string][]any{}, map[string][]any{}
	for _, p := range ps {
		if p.PlatformID != "" {
			if has, err := b.storedIDs(p.Platform); err != nil {
				return err
			} else if has {
				ids[p.Platform] = append(ids[p.Platform], p.PlatformID)
			}
		}
		if p.PlatformID == "" && p.name != "" && b.o.OnDuplicate != OnDuplicateKeep && b.stored > 0 {
			names[p.Platform] = append(names[p.Platform], fold.Likeness(p.name))
		}
	}
	found, err := b.find(`SELECT platform_id, member_id FROM identities
		WHERE platform = ? AND platform_id IN (%s)`, ids)
	if err != nil {
		return err
	}
	b.ids = map[key]int64{}
	for k, list := range found {
		b.ids[k] = list[0]
	}
	// Everyone sharing the names' likeness keys: their exact names are looked up by key.
	b.names, err = b.find(`SELECT name_key, id FROM members INDEXED BY members_nick
		WHERE platform = ? AND nick_key IN (%s) AND deleted_at IS NULL ORDER BY id`, names)
	return err
}

// find runs q for each platform's values and maps what it finds, in order.
func (b *bulkImport) find(q string, values map[string][]any) (map[key][]int64, error) {
	out := map[key][]int64{}
	for platform, vals := range values {
		rows, err := b.w.tx.QueryContext(b.w.ctx, fmt.Sprintf(q, "?"+strings.Repeat(",?", len(vals)-1)),
			append([]any{platform}, vals...)...)
		if err != nil {
			return nil, errs.Wrap(err, "bulk lookup")
		}
		for rows.Next() {
			k := key{platform: platform}
			var id int64
			if err := rows.Scan(&k.value, &id); err != nil {
				rows.Close()
				return nil, errs.Wrap(err, "bulk lookup")
			}
			out[k] = append(out[k], id)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, errs.Wrap(err, "bulk lookup")
		}
	}
	return out, nil
}
