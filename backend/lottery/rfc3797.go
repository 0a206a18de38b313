package lottery

import (
	"crypto/md5"
	"encoding/binary"
	"math/bits"
)

// MaxSteps is how many selections one key can make: the index is two bytes.
const MaxSteps = 1 << 16

// Digest is MD5 of the 2-byte big-endian index, the key, and the index again.
func Digest(key string, step int) [md5.Size]byte {
	buf := make([]byte, 0, len(key)+4)
	buf = binary.BigEndian.AppendUint16(buf, uint16(step))
	buf = append(buf, key...)
	buf = binary.BigEndian.AppendUint16(buf, uint16(step))
	return md5.Sum(buf)
}

// Mod is the digest read as a 128-bit unsigned big-endian number, modulo n.
func Mod(d [md5.Size]byte, n int) int {
	hi := binary.BigEndian.Uint64(d[:8]) % uint64(n)
	lo := binary.BigEndian.Uint64(d[8:])
	return int(bits.Rem64(hi, lo, uint64(n)))
}

// Sequence selects from a pool of n entries as RFC 3797 does: at step i
// (from 0) the entry at Mod(Digest(key, i), remaining) among those not yet
// selected, in their original order, is selected and removed. It returns
// the selected entries' 0-based positions, in selection order. The order
// is prefix-stable: asking for more never changes the earlier selections.
type Sequence struct {
	key     string
	n       int
	step    int
	removed []int // selected positions, ascending
}

// NewSequence starts the selection over n entries with key.
func NewSequence(key string, n int) *Sequence {
	return &Sequence{key: key, n: n}
}

// Step is the index the next selection will use.
func (s *Sequence) Step() int { return s.step }

// Next selects the next entry; ok is false when the pool is empty or the
// two-byte index is used up.
func (s *Sequence) Next() (pos int, ok bool) {
	remaining := s.n - len(s.removed)
	if remaining <= 0 || s.step >= MaxSteps {
		return 0, false
	}
	rank := Mod(Digest(s.key, s.step), remaining)
	s.step++
	pos = s.position(rank)
	s.insert(pos)
	return pos, true
}

// position maps a rank among the remaining entries to its original position.
func (s *Sequence) position(rank int) int {
	pos := rank
	for _, r := range s.removed {
		if r > pos {
			break
		}
		pos++
	}
	return pos
}

func (s *Sequence) insert(pos int) {
	i := len(s.removed)
	for i > 0 && s.removed[i-1] > pos {
		i--
	}
	s.removed = append(s.removed, 0)
	copy(s.removed[i+1:], s.removed[i:])
	s.removed[i] = pos
}

// Select returns the first k positions (0-based) of the sequence over n.
func Select(key string, n, k int) []int {
	s := NewSequence(key, n)
	out := make([]int, 0, min(k, n))
	for len(out) < k {
		pos, ok := s.Next()
		if !ok {
			break
		}
		out = append(out, pos)
	}
	return out
}
