// Package lottery draws winners as RFC 3797 ("Publicly Verifiable Nominations
// Committee (NomCom) Random Selection") does, so that anyone holding the
// numbered entrant list and the published random values can recompute the
// result offline: a canonical key string from each source's sorted values,
// MD5 over a 2-byte index, the key and the index again, the 128-bit result
// taken modulo the number of entries remaining, the selected entry removed.
package lottery

import (
	"math/big"
	"slices"
	"strings"
	"unicode"

	"qunzhu/backend/errs"
)

// Source is one public random value named before the draw (a lottery
// result, an index close, a date) and, after it is published, its values.
type Source struct {
	Label  string `json:"label"`
	Values string `json:"values"` // space- or comma-separated
}

// Key builds the RFC 3797 key string: for each source, its values sorted
// from smallest to largest, each written as a decimal number without leading
// zeros (trailing fraction zeros dropped) followed by ".", then "/" after the
// source. A value that is not a number is written in upper case with all but
// ASCII letters and digits dropped, sorted after the numbers.
func Key(sources []Source) (string, error) {
	if len(sources) == 0 {
		return "", errs.New(errs.Invalid, "err.lottery.no_sources", nil)
	}
	var b strings.Builder
	for i, s := range sources {
		part, err := sourceKey(s.Values)
		if err != nil {
			e := errs.As(err)
			e.Params["Source"] = i + 1
			return "", e
		}
		b.WriteString(part)
		b.WriteByte('/')
	}
	return b.String(), nil
}

type keyValue struct {
	num  *big.Rat // nil for a text value
	text string   // the canonical form
}

func sourceKey(values string) (string, error) {
	tokens := SplitValues(values)
	if len(tokens) == 0 {
		return "", errs.New(errs.Invalid, "err.lottery.source_empty", errs.Params{})
	}
	vals := make([]keyValue, 0, len(tokens))
	for _, tok := range tokens {
		v, ok := parseValue(tok)
		if !ok {
			return "", errs.New(errs.Invalid, "err.lottery.source_value", errs.Params{"Value": tok})
		}
		vals = append(vals, v)
	}
	slices.SortStableFunc(vals, compareValues)
	var b strings.Builder
	for _, v := range vals {
		b.WriteString(v.text)
		b.WriteByte('.')
	}
	return b.String(), nil
}

// SplitValues splits a source's values on spaces and commas (also the
// full-width and ideographic ones), reading full-width digits and letters
// as ASCII.
func SplitValues(s string) []string {
	s = toHalfWidth(s)
	return strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == '、' || r == ';' || r == '；'
	})
}

func toHalfWidth(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '，':
			return ','
		case r == '\u3000':
			return ' '
		case r >= '！' && r <= '～':
			return r - '！' + '!'
		}
		return r
	}, s)
}

func parseValue(tok string) (keyValue, bool) {
	if isDecimal(tok) {
		r, ok := new(big.Rat).SetString(tok)
		if ok {
			return keyValue{num: r, text: decimalText(tok)}, true
		}
	}
	var b strings.Builder
	for _, r := range strings.ToUpper(tok) {
		if (r >= 'A' && r <= 'Z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
		}
	}
	if b.Len() == 0 {
		return keyValue{}, false
	}
	return keyValue{text: b.String()}, true
}

// isDecimal: digits with at most one "." between or after them.
func isDecimal(tok string) bool {
	dot, digits := false, 0
	for i := 0; i < len(tok); i++ {
		switch c := tok[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' && !dot && i > 0:
			dot = true
		default:
			return false
		}
	}
	return digits > 0
}

// decimalText drops leading zeros of the whole part and trailing zeros of
// the fraction: "007" -> "7", "12.50" -> "12.5", "3.0" -> "3".
func decimalText(tok string) string {
	whole, frac, _ := strings.Cut(tok, ".")
	whole = strings.TrimLeft(whole, "0")
	if whole == "" {
		whole = "0"
	}
	frac = strings.TrimRight(frac, "0")
	if frac == "" {
		return whole
	}
	return whole + "." + frac
}

func compareValues(a, b keyValue) int {
	switch {
	case a.num != nil && b.num != nil:
		return a.num.Cmp(b.num)
	case a.num != nil:
		return -1
	case b.num != nil:
		return 1
	}
	return strings.Compare(a.text, b.text)
}
