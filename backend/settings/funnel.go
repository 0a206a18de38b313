package settings

import (
	"context"
	"strconv"

	"qunzhu/backend/errs"
)

// Shop funnel settings: a member sold to before TrustDays in the group is
// flagged (seed 001: trust comes after more than 15 days of interaction).
const (
	DefaultTrustDays = 15
	MaxTrustDays     = 365
)

// Funnel is how the shop funnel judges a sale.
type Funnel struct {
	TrustDays int
}

// Validate checks the range.
func (f Funnel) Validate() error {
	fs := errs.Fields{}
	if f.TrustDays < 1 || f.TrustDays > MaxTrustDays {
		fs.Add("trustDays", "err.field.range", errs.Params{"Min": 1, "Max": MaxTrustDays})
	}
	return fs.Err()
}

// Funnel returns the funnel settings, defaults filled in.
func (s *Service) Funnel(ctx context.Context) (Funnel, error) {
	m, err := s.all(ctx)
	if err != nil {
		return Funnel{}, err
	}
	stored := Funnel{TrustDays: atoiOr(m["funnel.trust_days"], DefaultTrustDays)}
	if stored.Validate() != nil { // a hand-edited database: fall back to the default
		return Funnel{TrustDays: DefaultTrustDays}, nil
	}
	return stored, nil
}

// SaveFunnel validates and stores the funnel settings.
func (s *Service) SaveFunnel(ctx context.Context, f Funnel) (Funnel, error) {
	if err := f.Validate(); err != nil {
		return Funnel{}, err
	}
	if err := s.put(ctx, map[string]string{"funnel.trust_days": strconv.Itoa(f.TrustDays)}); err != nil {
		return Funnel{}, err
	}
	return s.Funnel(ctx)
}
