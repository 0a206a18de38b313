package invites

import (
	"context"
	"encoding/json"
	"strings"
	"unicode/utf8"

	"qunzhu/backend/errs"
	"qunzhu/backend/groups"
	"qunzhu/backend/store"
)

// MaxBatchName caps a batch's name.
const MaxBatchName = 60

// BatchRequest drafts and stores a batch: the sending queue.
type BatchRequest struct {
	RenderRequest
	Name string
}

// Batch is a stored batch with its progress.
type Batch struct {
	ID           int64
	TemplateID   int64
	TemplateName string
	GroupID      int64
	GroupName    string
	Name         string
	Selection    Selection
	CreatedAt    string
	States       map[string]int // drafts per state
	Total        int
}

// Done is how many drafts are no longer waiting to be sent.
func (b Batch) Done() int { return b.Total - b.States[StateDrafted] - b.States[StateCopied] }

// CreateBatch renders the selection and stores the drafts in one
// transaction, in the order of the recipients.
func (s *Service) CreateBatch(ctx context.Context, r BatchRequest) (Batch, Rendering, error) {
	r.Name = strings.TrimSpace(r.Name)
	if utf8.RuneCountInString(r.Name) > MaxBatchName {
		return Batch{}, Rendering{}, errs.Fields{"name": {Key: "err.field.too_long", Params: errs.Params{"Max": MaxBatchName}}}.Err()
	}
	if r.TemplateID == 0 {
		return Batch{}, Rendering{}, errs.Fields{"templateId": {Key: "err.field.required"}}.Err()
	}
	r.Variants = nil // a stored batch always drafts the stored template
	out, err := s.Render(ctx, r.RenderRequest)
	if err != nil {
		return Batch{}, Rendering{}, err
	}
	if len(out.Drafts) == 0 {
		return Batch{}, out, errs.New(errs.Invalid, "err.invites.no_recipients", nil)
	}
	var id int64
	err = s.db.Tx(ctx, func(tx txer) (err error) {
		id, err = s.insertBatch(ctx, tx, r, out)
		return err
	})
	if err != nil {
		return Batch{}, Rendering{}, err
	}
	b, err := s.Batch(ctx, id)
	return b, out, err
}

func (s *Service) insertBatch(ctx context.Context, tx txer, r BatchRequest, out Rendering) (int64, error) {
	now := store.Stamp(s.now())
	if r.Name == "" {
		r.Name = s.now().Local().Format("2006-01-02 15:04")
	}
	sel, _ := json.Marshal(r.Selection)
	res, err := tx.ExecContext(ctx, `INSERT INTO invite_batches (template_id, group_id, name, selection, created_at)
		VALUES (?, ?, ?, ?, ?)`, r.TemplateID, nullID(r.Selection.GroupID), r.Name, string(sel), now)
	if err != nil {
		return 0, errs.Wrap(err, "create batch")
	}
	id, _ := res.LastInsertId()
	st, err := tx.PrepareContext(ctx, `INSERT INTO invite_drafts (batch_id, member_id, variant, position, text, state, state_at, created_at)
		VALUES (?, ?, ?, ?, ?, 'drafted', ?, ?)`)
	if err != nil {
		return 0, errs.Wrap(err, "create drafts")
	}
	defer st.Close()
	for i, d := range out.Drafts {
		if _, err := st.ExecContext(ctx, id, d.Member.ID, d.Variant, i+1, d.Text, now, now); err != nil {
			return 0, errs.Wrap(err, "create drafts")
		}
	}
	return id, nil
}

func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

const batchColumns = `b.id, coalesce(b.template_id, 0), coalesce(t.name, ''), coalesce(b.group_id, 0),
	b.name, b.selection, b.created_at`

// Batches lists the batches, newest first.
func (s *Service) Batches(ctx context.Context) ([]Batch, error) {
	return s.queryBatches(ctx, `ORDER BY b.id DESC`)
}

// Batch returns one batch.
func (s *Service) Batch(ctx context.Context, id int64) (Batch, error) {
	bs, err := s.queryBatches(ctx, `WHERE b.id = ?`, id)
	if err == nil && len(bs) == 0 {
		err = errs.New(errs.NotFound, "err.invites.batch_not_found", errs.Params{"ID": id})
	}
	if err != nil {
		return Batch{}, err
	}
	return bs[0], nil
}

func (s *Service) queryBatches(ctx context.Context, tail string, args ...any) ([]Batch, error) {
	rows, err := s.db.Read().QueryContext(ctx, `SELECT `+batchColumns+` FROM invite_batches b
		LEFT JOIN invite_templates t ON t.id = b.template_id `+tail, args...)
	if err != nil {
		return nil, errs.Wrap(err, "list batches")
	}
	defer rows.Close()
	out := []Batch{}
	for rows.Next() {
		var b Batch
		var sel string
		if err := rows.Scan(&b.ID, &b.TemplateID, &b.TemplateName, &b.GroupID, &b.Name, &sel, &b.CreatedAt); err != nil {
			return nil, errs.Wrap(err, "list batches")
		}
		_ = json.Unmarshal([]byte(sel), &b.Selection)
		out = append(out, b)
	}
	if err := rows.Err(); err != nil {
		return nil, errs.Wrap(err, "list batches")
	}
	if err := attachGroupNames(ctx, s.db.Read(), out); err != nil {
		return nil, err
	}
	return out, s.attachStates(ctx, out)
}

// attachGroupNames names each batch's group (none for a batch without one).
func attachGroupNames(ctx context.Context, q store.Queryer, bs []Batch) error {
	ids := make([]int64, 0, len(bs))
	for _, b := range bs {
		if b.GroupID != 0 {
			ids = append(ids, b.GroupID)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	names, err := groups.NamesByID(ctx, q, ids)
	for i := range bs {
		bs[i].GroupName = names[bs[i].GroupID]
	}
	return err
}

func (s *Service) attachStates(ctx context.Context, bs []Batch) error {
	at := map[int64]*Batch{}
	for i := range bs {
		bs[i].States = map[string]int{}
		at[bs[i].ID] = &bs[i]
	}
	rows, err := s.db.Read().QueryContext(ctx, `SELECT batch_id, state, count(*) FROM invite_drafts GROUP BY batch_id, state`)
	if err != nil {
		return errs.Wrap(err, "count drafts")
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var state string
		var n int
		if err := rows.Scan(&id, &state, &n); err != nil {
			return errs.Wrap(err, "count drafts")
		}
		if b := at[id]; b != nil {
			b.States[state] += n
			b.Total += n
		}
	}
	return errs.Wrap(rows.Err(), "count drafts")
}

// DeleteBatch deletes a batch and its drafts.
func (s *Service) DeleteBatch(ctx context.Context, id int64) error {
	res, err := s.db.Write().ExecContext(ctx, `DELETE FROM invite_batches WHERE id = ?`, id)
	if err != nil {
		return errs.Wrap(err, "delete batch")
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return errs.New(errs.NotFound, "err.invites.batch_not_found", errs.Params{"ID": id})
	}
	return nil
}
