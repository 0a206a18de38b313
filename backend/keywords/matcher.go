package keywords

import (
	"cmp"
	"slices"
)

// Matcher finds the words of one watch list in texts. It is an
// Aho–Corasick automaton whose alphabet is the folded runes of the words,
// numbered as classes from 1 (0 stands for every other rune). Build it once
// with New; it is read-only afterwards and safe for concurrent use.
type Matcher struct {
	pats   []pattern
	bmp    []int32        // BMP rune of a text -> class of its fold; -1 to skip it
	astral map[rune]int32 // folded rune above the BMP -> class
	root   []int32        // class -> child of the root, 0 if none
	first  []int32        // node n's edges are edges[first[n]:first[n+1]], by class
	edges  []edge
	fail   []int32 // longest proper suffix of the node that is also a node
	out    []int32 // pattern that ends at the node, or -1
	dict   []int32 // nearest node down the fail chain with an out, or -1
	ring   int     // a power of two above the longest pattern's length in runes
}

type pattern struct {
	word      Word
	runes     int  // length of the folded word
	needStart bool // the word starts with a word rune: no word rune may precede it
	needEnd   bool // the word ends with a word rune: no word rune may follow it
}

type edge struct{ class, to int32 }

// arc names an edge of the trie under construction by where it starts.
type arc struct{ from, class int32 }

// New compiles words into a Matcher. Words are compared by FoldString: empty
// ones are dropped, and of words that fold alike the one with the highest
// severity (the first of equals) is kept.
func New(words []Word) *Matcher {
	m := &Matcher{ring: 1}
	keys := m.addPatterns(words)
	classes := map[rune]int32{}
	t := trie{next: map[arc]int32{}, out: []int32{-1}}
	for id, key := range keys {
		path := make([]int32, len(key))
		for i, r := range key {
			if classes[r] == 0 {
				classes[r] = int32(len(classes) + 1)
			}
			path[i] = classes[r]
		}
		t.insert(path, int32(id))
	}
	m.buildClasses(classes)
	m.buildEdges(&t, len(classes))
	m.buildLinks()
	return m
}

// addPatterns fills m.pats and returns each pattern's folded word.
func (m *Matcher) addPatterns(words []Word) [][]rune {
	var keys [][]rune
	index := map[string]int{}
	for _, w := range words {
		key := foldWord(w.Text)
		if len(key) == 0 {
			continue
		}
		if i, ok := index[string(key)]; ok {
			if w.Severity > m.pats[i].word.Severity {
				m.pats[i].word = w
			}
			continue
		}
		index[string(key)] = len(keys)
		keys = append(keys, key)
		m.pats = append(m.pats, pattern{
			word: w, runes: len(key),
			needStart: isWordRune(key[0]), needEnd: isWordRune(key[len(key)-1]),
		})
		for m.ring <= len(key) {
			m.ring *= 2
		}
	}
	return keys
}

// buildClasses maps every BMP rune straight to the class of its fold.
func (m *Matcher) buildClasses(classes map[rune]int32) {
	t := bmp()
	m.bmp = slices.Clone(t.blank)
	m.astral = map[rune]int32{}
	for r, c := range classes {
		if r < 0x10000 {
			m.bmp[r] = c
		} else {
			m.astral[r] = c
		}
		for _, o := range t.others[r] {
			m.bmp[o] = c
		}
	}
}

// trie is the automaton under construction: goto edges and outputs only.
type trie struct {
	next map[arc]int32 // -> child
	out  []int32
}

func (t *trie) insert(path []int32, id int32) {
	n := int32(0)
	for _, c := range path {
		k := arc{n, c}
		child, ok := t.next[k]
		if !ok {
			child = int32(len(t.out))
			t.out = append(t.out, -1)
			t.next[k] = child
		}
		n = child
	}
	t.out[n] = id
}

// buildEdges lays the trie's edges out by node, each node's sorted by class,
// and gives the root a dense row.
func (m *Matcher) buildEdges(t *trie, nclasses int) {
	m.out = t.out
	m.root = make([]int32, nclasses+1)
	byNode := make([][]edge, len(t.out))
	for k, child := range t.next {
		byNode[k.from] = append(byNode[k.from], edge{k.class, child})
	}
	m.first = make([]int32, len(t.out)+1)
	for n, es := range byNode {
		slices.SortFunc(es, func(a, b edge) int { return cmp.Compare(a.class, b.class) })
		m.first[n] = int32(len(m.edges))
		m.edges = append(m.edges, es...)
	}
	m.first[len(t.out)] = int32(len(m.edges))
	for _, e := range byNode[0] {
		m.root[e.class] = e.to
	}
}

// buildLinks sets the fail and dictionary links, breadth first.
func (m *Matcher) buildLinks() {
	n := len(m.out)
	m.fail = make([]int32, n)
	m.dict = make([]int32, n)
	m.dict[0] = -1
	queue := make([]int32, 0, n)
	queue = append(queue, 0)
	for q := 0; q < len(queue); q++ {
		u := queue[q]
		for _, e := range m.edges[m.first[u]:m.first[u+1]] {
			v := e.to
			if u != 0 {
				m.fail[v] = m.step(m.fail[u], e.class)
			}
			if f := m.fail[v]; m.out[f] >= 0 {
				m.dict[v] = f
			} else {
				m.dict[v] = m.dict[f]
			}
			queue = append(queue, v)
		}
	}
}
