package invites

import (
	"context"

	"qunzhu/backend/errs"
	"qunzhu/locales"
)

// starters are the seeds' cases, each with its number of variants; their
// names and bodies live in the catalogs (ui.invites.starter.PURPOSE.*).
var starters = []struct {
	purpose  string
	variants int
}{
	{"core", 2}, {"cocreation", 1}, {"welfare", 1}, {"seat", 1}, {"reinvite", 1}, {"care", 1},
}

var bodyKeys = []string{"body_a", "body_b"}

// Starters returns the starter templates in lang.
func Starters(lang string) []TemplateInput {
	out := make([]TemplateInput, len(starters))
	for i, st := range starters {
		base := "ui.invites.starter." + st.purpose + "."
		in := TemplateInput{Name: locales.Localize(lang, base+"name", nil), Purpose: st.purpose}
		for _, k := range bodyKeys[:st.variants] {
			in.Variants = append(in.Variants, Variant{Body: locales.Localize(lang, base+k, nil)})
		}
		in.Normalize()
		out[i] = in
	}
	return out
}

// seed adds the starter templates once, the first time templates are listed.
func (s *Service) seed(ctx context.Context, lang string) error {
	if st, err := s.Settings(ctx); err != nil || st.Seeded {
		return err
	}
	return s.db.Tx(ctx, func(tx txer) error {
		st, err := readSettings(ctx, tx)
		if err != nil || st.Seeded {
			return err
		}
		for _, in := range Starters(lang) {
			if _, err := s.putTemplate(ctx, tx, 0, in); err != nil && !isConflict(err) {
				return err
			}
		}
		st.Seeded = true
		return writeSettings(ctx, tx, st)
	})
}

func isConflict(err error) bool { return errs.CodeOf(err) == errs.Conflict }
