package keywords

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
)

// common is everyday chat text to build messages and extra words from.
const common = "的一是了我不人在他有这个上们来到时大地为子中你说生国年着就那和要她出也得里后自以会家可下而过天去能对小多然于心学么之都好看起发当没成只如事把还用样道想作种开美总从无情己面女但现前些所同日手又行意动方期它头经长儿回位分爱老因很给名法间知世什两次使身者被高已亲其进此话常与活正感见明问力理点文几定本公特做外孩相西果走将月十实向声车全信重三机工物气每并别真打太新比才便夫再书部水像眼等体却加电主界门利海受听表德少克代员许先口由死安写性马光白或住难望教命花结乐色"

var fillers = []string{"哈哈", "ok", "OK", "666", "😀", "👍🏽", "～", "，", "！", "?", " ", "Ａ", "lol"}

// benchMessages makes n short messages, about one in twenty holding a word.
func benchMessages(n int, ws []Word) []string {
	rng := rand.New(rand.NewPCG(7, 11))
	han := []rune(common)
	msgs := make([]string, n)
	var b strings.Builder
	for i := range msgs {
		b.Reset()
		for range 4 + rng.IntN(20) {
			if rng.IntN(5) == 0 {
				b.WriteString(fillers[rng.IntN(len(fillers))])
			} else {
				b.WriteRune(han[rng.IntN(len(han))])
			}
			if rng.IntN(100) == 0 {
				b.WriteString(ws[rng.IntN(len(ws))].Text)
			}
		}
		msgs[i] = b.String()
	}
	return msgs
}

// extraWords makes n made-up competitor and custom words from common text.
func extraWords(n int) []Word {
	rng := rand.New(rand.NewPCG(3, 5))
	han := []rune(common)
	ws := make([]Word, n)
	for i := range ws {
		if i%4 == 0 {
			ws[i] = Word{Text: fmt.Sprintf("Brand%d", i), Category: Competitor, Severity: SeverityWarn}
			continue
		}
		w := make([]rune, 2+rng.IntN(3))
		for k := range w {
			w[k] = han[rng.IntN(len(han))]
		}
		ws[i] = Word{Text: string(w), Category: Custom, Severity: SeverityNote}
	}
	return ws
}

var bench = sync.OnceValues(func() (*Matcher, []string) {
	ws := append(Defaults("zh-CN"), extraWords(200)...)
	return New(ws), benchMessages(1_000_000, ws)
})

// BenchmarkFind1M runs Find over a million generated messages per op, with
// the zh-CN defaults and 200 extra words.
func BenchmarkFind1M(b *testing.B) {
	m, msgs := bench()
	b.ReportAllocs()
	hits := 0
	for b.Loop() {
		for _, msg := range msgs {
			hits += len(m.Find(msg))
		}
	}
	b.ReportMetric(float64(b.N*len(msgs))/b.Elapsed().Seconds(), "msgs/s")
	b.ReportMetric(float64(hits)/float64(b.N*len(msgs)), "hits/msg")
}

// BenchmarkNew compiles the zh-CN defaults and 200 extra words.
func BenchmarkNew(b *testing.B) {
	ws := append(Defaults("zh-CN"), extraWords(200)...)
	b.ReportAllocs()
	for b.Loop() {
		New(ws)
	}
}
