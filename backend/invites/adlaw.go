package invites

import (
	"context"
	"unicode/utf8"

	"qunzhu/backend/invites/template"
)

// MaxCheckTexts and MaxCheckText bound one ad-law check call.
const (
	MaxCheckTexts = 50
	MaxCheckText  = 20000
)

// CheckAdLaw runs the invitations' advertising-law check on texts Qunzhu
// prepares for pasting elsewhere (planner item texts, poll texts, care
// messages, announcements): for each text, a warning per ad-law word with
// its span, from the same list the invitations use (the custom one in the
// settings, else the curated one for lang). Texts past the bounds are
// checked up to them.
func (s *Service) CheckAdLaw(ctx context.Context, texts []string, lang string) ([][]template.Problem, error) {
	st, err := s.Settings(ctx)
	if err != nil {
		return nil, err
	}
	c := NewChecker(st, lang)
	texts = texts[:min(len(texts), MaxCheckTexts)]
	out := make([][]template.Problem, len(texts))
	for i, text := range texts {
		out[i] = c.AdLaw(cut(text, MaxCheckText))
		if out[i] == nil {
			out[i] = []template.Problem{}
		}
	}
	return out, nil
}

// cut shortens text to at most n bytes, at a character boundary.
func cut(text string, n int) string {
	if len(text) <= n {
		return text
	}
	for n > 0 && !utf8.RuneStart(text[n]) {
		n--
	}
	return text[:n]
}
