// Package keywords spots watched words in chat messages: negative words,
// competitor names and the words China's advertising law forbids (最,
// 第一, 国家级 ...). A Matcher compiles a watch list once into an
// Aho–Corasick automaton over folded runes and then finds every hit in a
// message in one pass, whatever the size of the list.
//
// Matching ignores case and width (ＡＢＣ = abc, １００％ = 100%) and skips
// zero-width and other format characters (退款 with a zero-width space
// inside still hits), yet every Hit holds byte offsets into the original
// text. Words that start or end with a Latin-like letter or digit only
// match at word boundaries ("best" does not hit "bestow"); Chinese and
// Japanese words match anywhere. Hits are leftmost-longest and never
// overlap, so 最佳 is reported once, not as 最 and 最佳.
package keywords

import (
	"slices"
	"strings"
	"unicode/utf8"

	"qunzhu/backend/errs"
)

// Categories of watched words.
const (
	Negative   = "negative"   // complaints, refunds, insults
	Competitor = "competitor" // names of other shops or creators, added by the user
	AdLaw      = "adlaw"      // words the advertising law forbids
	Custom     = "custom"     // anything else the user watches
)

// Categories lists the known categories in display order.
var Categories = []string{Negative, Competitor, AdLaw, Custom}

// Severities: how strongly a hit asks for a response.
const (
	SeverityNote = 1 // worth a look
	SeverityWarn = 2 // reply or reword
	SeverityAct  = 3 // act now: delete, answer publicly, escalate
)

// MaxText is the longest word, in characters, that Validate accepts.
const MaxText = 50

// Word is one entry of a watch list.
type Word struct {
	Text     string
	Category string // Negative, Competitor, AdLaw or Custom
	Severity int    // SeverityNote, SeverityWarn or SeverityAct
	Note     string // why it is watched, e.g. the article of law it breaks
}

// Normalize trims the text and note and files an unknown category under Custom.
func (w *Word) Normalize() {
	w.Text = strings.TrimSpace(w.Text)
	w.Note = strings.TrimSpace(w.Note)
	w.Category = strings.ToLower(strings.TrimSpace(w.Category))
	if !slices.Contains(Categories, w.Category) {
		w.Category = Custom
	}
}

// Validate returns an Invalid error naming every bad field. A text that
// holds nothing but spaces and zero-width characters counts as empty.
func (w Word) Validate() error {
	f := errs.Fields{}
	if len(foldWord(w.Text)) == 0 {
		f.Add("text", "err.field.required", nil)
	}
	if utf8.RuneCountInString(w.Text) > MaxText {
		f.Add("text", "err.field.too_long", errs.Params{"Max": MaxText})
	}
	if w.Severity < SeverityNote || w.Severity > SeverityAct {
		f.Add("severity", "err.field.range", errs.Params{"Min": SeverityNote, "Max": SeverityAct})
	}
	return f.Err()
}

// Hit is one occurrence of a watched word. Start and End are byte offsets
// into the text given to Find: text[Start:End] is what matched, in its
// original spelling (full width, upper case, zero-width characters inside).
type Hit struct {
	Word       Word
	Start, End int
}
