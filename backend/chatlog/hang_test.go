package chatlog

import (
	"math/rand/v2"
	"testing"
	"time"
)

func TestHangHunt(t *testing.T) {
	seeds := [][]byte{readFixture(t, "telegram_chat.json"), readFixture(t, "telegram_account.json"), []byte(tgHead + "  {\"id\": 2, \"text\": [1]}]}")}
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 20000 {
		in := append([]byte(nil), seeds[i%len(seeds)]...)
		for range 1 + r.IntN(4) {
			switch r.IntN(3) {
			case 0:
				in = in[:r.IntN(len(in)+1)]
			case 1:
				if len(in) > 0 {
					in[r.IntN(len(in))] = byte(r.IntN(256))
				}
			case 2:
				k := r.IntN(len(in) + 1)
				in = append(in[:k:k], append([]byte{"{[]}\",:"[r.IntN(7)]}, in[k:]...)...)
			}
		}
		done := make(chan bool)
		go func() { parseAll(in, TelegramJSON); close(done) }()
		select {
		case <-done:
		case <-time.After(2 * time.Second):
			t.Fatalf("hang on %q", in)
		}
	}
}
