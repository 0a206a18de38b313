package invites

import (
	"context"
	"database/sql"
	"errors"

	"qunzhu/backend/errs"
	"qunzhu/backend/fold"
	"qunzhu/backend/store"
)

// Templates lists the templates by name, adding the starter templates in
// lang the first time.
func (s *Service) Templates(ctx context.Context, lang string) ([]Template, error) {
	if err := s.seed(ctx, lang); err != nil {
		return nil, err
	}
	rows, err := s.db.Read().QueryContext(ctx, `SELECT id, name, purpose, created_at, updated_at FROM invite_templates ORDER BY name_key`)
	if err != nil {
		return nil, errs.Wrap(err, "list templates")
	}
	defer rows.Close()
	var out []Template
	for rows.Next() {
		var t Template
		if err := rows.Scan(&t.ID, &t.Name, &t.Purpose, &t.CreatedAt, &t.UpdatedAt); err != nil {
			return nil, errs.Wrap(err, "list templates")
		}
		out = append(out, t)
	}
	if err := rows.Err(); err != nil {
		return nil, errs.Wrap(err, "list templates")
	}
	for i := range out {
		if out[i].Variants, err = loadVariants(ctx, s.db.Read(), out[i].ID); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// Template returns one template with its variants.
func (s *Service) Template(ctx context.Context, id int64) (Template, error) {
	return getTemplate(ctx, s.db.Read(), id)
}

// TemplateByName finds a template by name (case- and width-insensitive).
func (s *Service) TemplateByName(ctx context.Context, name string) (Template, error) {
	var id int64
	err := s.db.Read().QueryRowContext(ctx, `SELECT id FROM invite_templates WHERE name_key = ?`, fold.Key(name)).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return Template{}, errs.New(errs.NotFound, "err.invites.template_not_found_name", errs.Params{"Name": name})
	}
	if err != nil {
		return Template{}, errs.Wrap(err, "find template")
	}
	return s.Template(ctx, id)
}

func getTemplate(ctx context.Context, q store.Queryer, id int64) (Template, error) {
	t := Template{ID: id}
	err := q.QueryRowContext(ctx, `SELECT name, purpose, created_at, updated_at FROM invite_templates WHERE id = ?`, id).
		Scan(&t.Name, &t.Purpose, &t.CreatedAt, &t.UpdatedAt)
	if errors.Is(err, sql.ErrNoRows) {
		return Template{}, errs.New(errs.NotFound, "err.invites.template_not_found", errs.Params{"ID": id})
	}
	if err != nil {
		return Template{}, errs.Wrap(err, "get template")
	}
	t.Variants, err = loadVariants(ctx, q, id)
	return t, err
}

func loadVariants(ctx context.Context, q store.Queryer, id int64) ([]Variant, error) {
	rows, err := q.QueryContext(ctx, `SELECT label, body FROM invite_variants WHERE template_id = ? ORDER BY label`, id)
	if err != nil {
		return nil, errs.Wrap(err, "load variants")
	}
	defer rows.Close()
	out := []Variant{}
	for rows.Next() {
		var v Variant
		if err := rows.Scan(&v.Label, &v.Body); err != nil {
			return nil, errs.Wrap(err, "load variants")
		}
		out = append(out, v)
	}
	return out, errs.Wrap(rows.Err(), "load variants")
}

// SaveTemplate creates (id 0) or replaces a template and its variants.
func (s *Service) SaveTemplate(ctx context.Context, id int64, in TemplateInput) (Template, error) {
	in.Normalize()
	if err := in.Validate(); err != nil {
		return Template{}, err
	}
	err := s.db.Tx(ctx, func(tx txer) (err error) {
		id, err = s.putTemplate(ctx, tx, id, in)
		return err
	})
	if err != nil {
		return Template{}, err
	}
	return s.Template(ctx, id)
}

func (s *Service) putTemplate(ctx context.Context, tx txer, id int64, in TemplateInput) (int64, error) {
	now := store.Stamp(s.now())
	var err error
	if id == 0 {
		var res sql.Result
		res, err = tx.ExecContext(ctx, `INSERT INTO invite_templates (name, name_key, purpose, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?)`, in.Name, fold.Key(in.Name), in.Purpose, now, now)
		if err == nil {
			id, _ = res.LastInsertId()
		}
	} else {
		if _, err := getTemplate(ctx, tx, id); err != nil {
			return 0, err
		}
		_, err = tx.ExecContext(ctx, `UPDATE invite_templates SET name = ?, name_key = ?, purpose = ?, updated_at = ? WHERE id = ?`,
			in.Name, fold.Key(in.Name), in.Purpose, now, id)
	}
	if store.IsUnique(err) {
		return 0, errs.New(errs.Conflict, "err.invites.template_name_taken", errs.Params{"Name": in.Name})
	}
	if err != nil {
		return 0, errs.Wrap(err, "save template")
	}
	return id, putVariants(ctx, tx, id, in.Variants)
}

func putVariants(ctx context.Context, tx txer, id int64, vs []Variant) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM invite_variants WHERE template_id = ?`, id); err != nil {
		return errs.Wrap(err, "save variants")
	}
	for _, v := range vs {
		if _, err := tx.ExecContext(ctx, `INSERT INTO invite_variants (template_id, label, body) VALUES (?, ?, ?)`,
			id, v.Label, v.Body); err != nil {
			return errs.Wrap(err, "save variants")
		}
	}
	return nil
}

// DeleteTemplate deletes a template; its batches keep their drafts.
func (s *Service) DeleteTemplate(ctx context.Context, id int64) error {
	res, err := s.db.Write().ExecContext(ctx, `DELETE FROM invite_templates WHERE id = ?`, id)
	if err != nil {
		return errs.Wrap(err, "delete template")
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return errs.New(errs.NotFound, "err.invites.template_not_found", errs.Params{"ID": id})
	}
	return nil
}
