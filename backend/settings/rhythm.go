package settings

import (
	"context"
	"strconv"

	"qunzhu/backend/errs"
)

// Rhythm is how often each tier should be contacted (seed 001's table):
// core members 3–5 times a day, active ones 1–2 times a day, lurkers 1–2
// times a week. Dormant members have no rhythm, only the weekly warning.
type Rhythm struct {
	CoreMinPerDay, CoreMaxPerDay       int
	ActiveMinPerDay, ActiveMaxPerDay   int
	LurkerMinPerWeek, LurkerMaxPerWeek int
}

// DefaultRhythm is the seed's guidance.
var DefaultRhythm = Rhythm{CoreMinPerDay: 3, CoreMaxPerDay: 5, ActiveMinPerDay: 1, ActiveMaxPerDay: 2,
	LurkerMinPerWeek: 1, LurkerMaxPerWeek: 2}

// MaxContacts bounds every rhythm threshold.
const MaxContacts = 50

var rhythmKeys = []string{"rhythm.core_min", "rhythm.core_max", "rhythm.active_min", "rhythm.active_max",
	"rhythm.lurker_min", "rhythm.lurker_max"}

func (r *Rhythm) fields() []*int {
	return []*int{&r.CoreMinPerDay, &r.CoreMaxPerDay, &r.ActiveMinPerDay, &r.ActiveMaxPerDay,
		&r.LurkerMinPerWeek, &r.LurkerMaxPerWeek}
}

// Validate checks every threshold is 0–MaxContacts and each min ≤ its max.
func (r Rhythm) Validate() error {
	f := errs.Fields{}
	vals := r.fields()
	for i, v := range vals {
		if *v < 0 || *v > MaxContacts {
			f.Add(rhythmKeys[i], "err.field.range", errs.Params{"Min": 0, "Max": MaxContacts})
		}
	}
	for i := 0; i < len(vals); i += 2 {
		if *vals[i] > *vals[i+1] {
			f.Add(rhythmKeys[i], "err.settings.rhythm_order", nil)
		}
	}
	return f.Err()
}

// Rhythm returns the contact rhythm, the seed's defaults for what was
// never saved.
func (s *Service) Rhythm(ctx context.Context) (Rhythm, error) {
	m, err := s.all(ctx)
	if err != nil {
		return Rhythm{}, err
	}
	r := DefaultRhythm
	for i, v := range r.fields() {
		if n, err := strconv.Atoi(m[rhythmKeys[i]]); err == nil && n >= 0 && n <= MaxContacts {
			*v = n
		}
	}
	return r, nil
}

// SaveRhythm validates r and stores it in one transaction.
func (s *Service) SaveRhythm(ctx context.Context, r Rhythm) (Rhythm, error) {
	if err := r.Validate(); err != nil {
		return Rhythm{}, err
	}
	vals := map[string]string{}
	for i, v := range r.fields() {
		vals[rhythmKeys[i]] = strconv.Itoa(*v)
	}
	if err := s.put(ctx, vals); err != nil {
		return Rhythm{}, err
	}
	return s.Rhythm(ctx)
}
