package keywords

import (
	"cmp"
	"slices"
	"unicode/utf8"
)

// candidate is a hit before the leftmost-longest choice.
type candidate struct {
	start, end int
	id         int32
}

// Find returns the hits in text in order: leftmost first, the longest word
// at a position, none overlapping the one before. It returns nil when
// nothing hits. It does not allocate unless something hits.
func (m *Matcher) Find(text string) []Hit {
	// ring[p&mask] is the byte offset of the p-th visible (not skipped) rune.
	var ringBuf [64]int
	ring := ringBuf[:]
	if m.ring > len(ringBuf) {
		ring = make([]int, m.ring)
	}
	mask := len(ring) - 1
	var candBuf [16]candidate
	cands := candBuf[:0]
	pos, node := 0, int32(0)
	for i := 0; i < len(text); {
		c, w := m.classAt(text, i)
		if c < 0 {
			i += w
			continue
		}
		ring[pos&mask] = i
		pos++
		i += w
		if c == 0 {
			node = 0
			continue
		}
		node = m.step(node, c)
		o := node
		if m.out[o] < 0 {
			o = m.dict[o]
		}
		for ; o >= 0; o = m.dict[o] {
			p := &m.pats[m.out[o]]
			first := pos - p.runes
			if p.fits(text, ring, first, i) {
				cands = append(cands, candidate{ring[first&mask], i, m.out[o]})
			}
		}
	}
	return m.choose(cands)
}

// fits reports whether the pattern, found from the first-th visible rune
// of text to byte end, has the word boundaries it needs.
func (p *pattern) fits(text string, ring []int, first, end int) bool {
	if p.needStart && first > 0 && wordRuneAt(text, ring[(first-1)&(len(ring)-1)]) {
		return false
	}
	return !p.needEnd || !joinsWord(text[end:])
}

// classAt returns the class of the rune at text[i:] and its width in bytes.
func (m *Matcher) classAt(text string, i int) (int32, int) {
	if b := text[i]; b < utf8.RuneSelf {
		return m.bmp[b], 1
	}
	r, w := utf8.DecodeRuneInString(text[i:])
	if r < 0x10000 {
		return m.bmp[r], w
	}
	f := foldSlow(r)
	if f == skip {
		return -1, w
	}
	return m.astral[f], w
}

// step moves from node on class c (not 0), following fail links as needed.
func (m *Matcher) step(node, c int32) int32 {
	for node != 0 {
		if next := m.child(node, c); next != 0 {
			return next
		}
		node = m.fail[node]
	}
	return m.root[c]
}

// child returns node's child on class c, or 0.
func (m *Matcher) child(node, c int32) int32 {
	es := m.edges[m.first[node]:m.first[node+1]]
	if len(es) > 8 {
		i, ok := slices.BinarySearchFunc(es, c, func(e edge, c int32) int { return cmp.Compare(e.class, c) })
		if ok {
			return es[i].to
		}
		return 0
	}
	for _, e := range es {
		if e.class == c {
			return e.to
		}
	}
	return 0
}

func wordRuneAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	f := foldRune(r)
	return f != skip && isWordRune(f)
}

// choose keeps the leftmost-longest candidates that do not overlap.
func (m *Matcher) choose(cands []candidate) []Hit {
	if len(cands) == 0 {
		return nil
	}
	slices.SortFunc(cands, func(a, b candidate) int {
		if a.start != b.start {
			return cmp.Compare(a.start, b.start)
		}
		return cmp.Compare(b.end, a.end)
	})
	n, end := 0, 0
	for i, c := range cands {
		if c.start >= end {
			cands[n], end = cands[i], c.end
			n++
		}
	}
	hits := make([]Hit, n)
	for i, c := range cands[:n] {
		hits[i] = Hit{Word: m.pats[c.id].word, Start: c.start, End: c.end}
	}
	return hits
}
