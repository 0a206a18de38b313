package members

import (
	"testing"

	"qunzhu/backend/fold"
)

// FuzzNameKeyNarrowing: FindByName narrows by nick_key (fold.Nick of the
// stored nickname) before comparing fold.Name exactly, so two nicknames
// with the same fold.Name must have the same fold.Nick.
func FuzzNameKeyNarrowing(f *testing.F) {
	for _, s := range []string{"王伟", "\u202a小美\u202c", "小美🌸", "e\u200b\u0301", "👨\u200d👩\u200d👧", "Ａ\u200dB", "\ufeffTom\t"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := fold.Nick(fold.Name(s)), fold.Nick(s); got != want {
			t.Fatalf("%q: fold.Nick of its fold.Name is %q, of itself %q", s, got, want)
		}
	})
}
