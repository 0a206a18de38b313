package invites

import (
	"slices"
	"strings"

	"qunzhu/backend/invites/template"
	"qunzhu/backend/keywords"
)

// Checker runs the checks before sending: advertising-law words, the
// platform's length limit and too many identical texts. It warns; the
// creator decides.
type Checker struct {
	words    *keywords.Matcher
	settings Settings
	lang     string
}

// NewChecker compiles the ad-law list of st (or the curated one for lang).
func NewChecker(st Settings, lang string) *Checker {
	return &Checker{words: keywords.New(st.WordsOrDefaults(lang)), settings: st, lang: lang}
}

// AdLaw returns a warning for each ad-law word in text, spans in text,
// with the word as found and the reason it is listed.
func (c *Checker) AdLaw(text string) []template.Problem {
	var out []template.Problem
	for _, h := range c.words.Find(text) {
		out = append(out, template.Problem{Level: template.LevelWarning, Key: "ui.invites.check.adlaw",
			Span:   template.Span{Start: h.Start, End: h.End},
			Params: map[string]any{"Word": text[h.Start:h.End], "Reason": h.Word.Note}})
	}
	return out
}

// Body checks a parsed template: its own problems, then the ad-law words
// in its literal text (spans in the body).
func (c *Checker) Body(t *template.Template) []template.Problem {
	out := append([]template.Problem(nil), t.Problems...)
	var walk func([]template.Node)
	walk = func(nodes []template.Node) {
		for _, n := range nodes {
			switch n.Kind {
			case template.KindText:
				out = append(out, c.textNode(t.Body, n)...)
			case template.KindChoice:
				for _, o := range n.Options {
					walk(o)
				}
			}
		}
	}
	walk(t.Nodes)
	sortProblems(out)
	return out
}

// textNode finds ad-law words in a text node. Offsets map straight onto
// the body when the node has no escapes; otherwise the hit covers the node.
func (c *Checker) textNode(body string, n template.Node) []template.Problem {
	ps := c.AdLaw(n.Text)
	raw := body[n.Span.Start:n.Span.End]
	for i := range ps {
		if raw == n.Text {
			ps[i].Span.Start += n.Span.Start
			ps[i].Span.End += n.Span.Start
		} else {
			ps[i].Span = n.Span
		}
	}
	return ps
}

// Length warns when text is over the platform's limit; the span is the
// part past the limit.
func (c *Checker) Length(text, platform string) []template.Problem {
	limit, n := c.settings.Limit(platform), template.Length(text)
	if n <= limit {
		return nil
	}
	cut := len(text)
	for i := range text {
		if limit == 0 {
			cut = i
			break
		}
		limit--
	}
	return []template.Problem{{Level: template.LevelWarning, Key: "ui.invites.check.too_long",
		Span:   template.Span{Start: cut, End: len(text)},
		Params: map[string]any{"Length": n, "Limit": c.settings.Limit(platform), "Platform": c.platformName(platform)}}}
}

// Text checks one finished text (a draft): ad-law words and its length.
func (c *Checker) Text(text, platform string) []template.Problem {
	out := append(c.AdLaw(text), c.Length(text, platform)...)
	sortProblems(out)
	return out
}

// Identical warns when more texts than the setting allows share one
// skeleton (read the same apart from the fields).
func (c *Checker) Identical(skeletons []string) []template.Problem {
	count := map[string]int{}
	top := 0
	for _, s := range skeletons {
		count[s]++
		top = max(top, count[s])
	}
	if top <= c.settings.SameMax {
		return nil
	}
	return []template.Problem{{Level: template.LevelWarning, Key: "ui.invites.check.identical",
		Params: map[string]any{"Count": top, "Total": len(skeletons)}}}
}

func sortProblems(ps []template.Problem) {
	slices.SortStableFunc(ps, func(a, b template.Problem) int { return a.Span.Start - b.Span.Start })
}

// platformName is the platform's name in the checker's language.
func (c *Checker) platformName(p string) string {
	return PlatformName(strings.TrimSpace(p), c.lang)
}
