package lottery

import (
	"crypto/rand"
	"encoding/hex"
	"strings"
)

// Format names the certificate layout; Algorithm says how to recompute it.
const (
	Format    = "qunzhu-lottery-certificate/1"
	Algorithm = "RFC 3797 section 4: key = for each source its values sorted ascending, each as a decimal " +
		"without leading zeros followed by \".\", then \"/\"; step i (from 0) selects entry " +
		"MD5(uint16be(i) || key || uint16be(i)) as a 128-bit big-endian number mod the entries remaining, " +
		"counted in list order among those not yet selected (1-based position = that + 1), then removes it; " +
		"winners tier by tier, then alternates; a selection of an entrant already picked is passed over; " +
		"list hash = SHA-256 of the entries, each followed by \"\\n\""
)

// Modes: a verifiable draw uses values published after the list was frozen;
// an instant draw uses a recorded random seed and cannot be checked against
// anything public.
const (
	ModeVerifiable = "verifiable"
	ModeInstant    = "instant"
)

// Replacement records a winner replaced by the next alternate, and why.
type Replacement struct {
	Order    int    `json:"order"` // the replaced winner's pick order
	Tier     int    `json:"tier"`
	Position int    `json:"position"`
	Name     string `json:"name"`
	ByOrder  int    `json:"byOrder"` // the alternate's pick order
	ByPos    int    `json:"byPosition"`
	ByName   string `json:"byName"`
	Reason   string `json:"reason"`
	At       string `json:"at"` // RFC 3339
}

// Certificate is everything a fan needs to recompute a draw.
type Certificate struct {
	Format       string        `json:"format"`
	Algorithm    string        `json:"algorithm"`
	Mode         string        `json:"mode"`
	Title        string        `json:"title"`
	Entrants     int           `json:"entrants"`
	ListSHA256   string        `json:"listSha256"`
	Sources      []Source      `json:"sources"`
	Key          string        `json:"key"`
	Tiers        []Tier        `json:"tiers"`
	Alternates   int           `json:"alternatesRequested"`
	Winners      []Pick        `json:"winners"`
	Backups      []Pick        `json:"alternates"`
	Skipped      int           `json:"skipped"`
	Replacements []Replacement `json:"replacements"`
	FrozenAt     string        `json:"frozenAt"`
	DrawnAt      string        `json:"drawnAt"`
	RedrawOf     int64         `json:"redrawOf,omitempty"` // the earlier draw this one redoes
	RedrawReason string        `json:"redrawReason,omitempty"`
}

// NewCertificate puts a spec and its result together.
func NewCertificate(s Spec, r Result, mode string) Certificate {
	alt := s.Alternates
	if alt < 0 {
		alt = DefaultAlternates(s.winners())
	}
	return Certificate{
		Format: Format, Algorithm: Algorithm, Mode: mode,
		Entrants: r.Entrants, ListSHA256: r.ListSHA256, Sources: s.Sources, Key: r.Key,
		Tiers: s.Tiers, Alternates: alt, Winners: r.Winners, Backups: r.Alternates, Skipped: r.Skipped,
		Replacements: []Replacement{},
	}
}

// InstantSource is a fresh 128-bit crypto-random seed, as a source.
func InstantSource() Source {
	b := make([]byte, 16)
	_, _ = rand.Read(b) // crypto/rand.Read never fails (Go 1.24+)
	return Source{Label: "seed", Values: strings.ToUpper(hex.EncodeToString(b))}
}

// NextAlternate is the first alternate not yet used by a replacement.
func NextAlternate(alternates []Pick, replacements []Replacement) (Pick, bool) {
	used := map[int]bool{}
	for _, r := range replacements {
		used[r.ByOrder] = true
	}
	for _, a := range alternates {
		if !used[a.Order] {
			return a, true
		}
	}
	return Pick{}, false
}
