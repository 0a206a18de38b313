package lottery

import (
	"encoding/json"
	"strings"

	"qunzhu/backend/errs"
)

// Bounds on a certificate read from a file: a fan may be handed anything,
// so every count and every text is checked before anything is computed,
// and nothing is allocated by a count the certificate claims.
const (
	MaxEntrants         = 10_000_000
	MaxCertificateBytes = 64 << 20
	MaxSources          = 64
	MaxTiers            = 1000
	MaxName             = 4096 // bytes of a name, a label, a title, a reason
	MaxValues           = 64 << 10
	MaxAlgorithm        = 4096
)

// ParseCertificate reads a certificate file's bytes; anything that is not
// a certificate is an invalid error naming the file.
// Only its JSON shape is checked here: Verify checks the bounds and says
// what is wrong in its report.
func ParseCertificate(file string, b []byte) (Certificate, error) {
	if len(b) > MaxCertificateBytes {
		return Certificate{}, errs.New(errs.Invalid, "err.lottery.cert_size", errs.Params{"File": file, "Max": MaxCertificateBytes >> 20})
	}
	var c Certificate
	if json.Unmarshal(b, &c) != nil || c.Format != Format {
		return Certificate{}, errs.New(errs.Invalid, "err.lottery.cert_format", errs.Params{"File": file})
	}
	return c, nil
}

// Validate checks every field of a certificate against its bounds.
func (c Certificate) Validate() error {
	b := bounds{}
	if c.Format != Format {
		b.fail("format", "err.lottery.cert_version", errs.Params{"Format": clip(c.Format), "Want": Format})
	}
	b.text("algorithm", c.Algorithm, MaxAlgorithm)
	b.text("title", c.Title, MaxName)
	b.text("frozenAt", c.FrozenAt, MaxName)
	b.text("drawnAt", c.DrawnAt, MaxName)
	b.text("redrawReason", c.RedrawReason, MaxName)
	if c.Mode != ModeVerifiable && c.Mode != ModeInstant {
		b.fail("mode", "err.lottery.cert_mode", errs.Params{"Mode": clip(c.Mode)})
	}
	b.count("entrants", c.Entrants, 1, MaxEntrants)
	if !isSHA256(c.ListSHA256) {
		b.fail("listSha256", "err.lottery.cert_hash", nil)
	}
	b.text("key", c.Key, MaxSources*(MaxValues+1))
	b.sources(c.Sources)
	winners := b.tiers(c.Tiers)
	b.count("winners", winners, 0, min(c.Entrants, MaxSteps))
	b.count("alternatesRequested", c.Alternates, 0, MaxSteps)
	b.picks("winners", c.Winners, winners, c.Entrants)
	b.picks("alternates", c.Backups, c.Alternates, c.Entrants)
	b.count("skipped", c.Skipped, 0, MaxSteps)
	b.replacements(c.Replacements, len(c.Backups))
	return b.err
}

// bounds keeps the first problem found.
type bounds struct{ err error }

func (b *bounds) fail(field, key string, p errs.Params) {
	if b.err != nil {
		return
	}
	if p == nil {
		p = errs.Params{}
	}
	p["Field"] = field
	b.err = errs.New(errs.Invalid, key, p)
}

func (b *bounds) count(field string, n, lo, hi int) {
	if n < lo || n > hi {
		b.fail(field, "err.lottery.cert_count", errs.Params{"Min": lo, "Max": hi})
	}
}

func (b *bounds) text(field, s string, max int) {
	if len(s) > max {
		b.fail(field, "err.lottery.cert_long", errs.Params{"Max": max})
	}
}

func (b *bounds) sources(ss []Source) {
	b.count("sources", len(ss), 1, MaxSources)
	for _, s := range ss {
		b.text("sources.label", s.Label, MaxName)
		b.text("sources.values", s.Values, MaxValues)
	}
}

// tiers checks the prizes and returns how many win, capped so that a sum
// of huge counts cannot overflow.
func (b *bounds) tiers(ts []Tier) int {
	b.count("tiers", len(ts), 1, MaxTiers)
	total := 0
	for _, t := range ts {
		b.text("tiers.name", t.Name, MaxName)
		b.count("tiers.count", t.Count, 1, MaxSteps)
		total = min(total+max(t.Count, 0), MaxSteps+1)
	}
	return total
}

func (b *bounds) picks(field string, ps []Pick, most, entrants int) {
	b.count(field, len(ps), 0, max(most, 0))
	for _, p := range ps {
		b.count(field+".position", p.Position, 1, entrants)
		b.count(field+".step", p.Step, 0, MaxSteps-1)
		b.count(field+".order", p.Order, 1, MaxSteps)
		b.count(field+".tier", p.Tier, -1, MaxTiers)
		b.text(field+".name", p.Name, MaxName)
	}
}

func (b *bounds) replacements(rs []Replacement, alternates int) {
	b.count("replacements", len(rs), 0, alternates)
	for _, r := range rs {
		b.text("replacements.name", r.Name, MaxName)
		b.text("replacements.byName", r.ByName, MaxName)
		b.text("replacements.reason", r.Reason, MaxName)
		b.text("replacements.at", r.At, MaxName)
	}
}

func isSHA256(s string) bool {
	return len(s) == 64 && strings.Trim(s, "0123456789abcdef") == ""
}

// clip keeps a bad value short enough to quote in a message.
func clip(s string) string {
	if len(s) > 40 {
		return strings.ToValidUTF8(s[:40], "") + "…"
	}
	return s
}
