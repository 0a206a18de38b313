package rewards

import (
	"cmp"
	"context"
	"slices"

	"qunzhu/backend/errs"
)

// Progress is one inviter's standing in a campaign.
type Progress struct {
	MemberID   int64
	Nickname   string
	PlatformID string
	Invited    int      // invitees who joined within the period
	Step       int      // the highest step reached, from 1; 0: none
	Next       *Step    // the next step, nil when the top is reached
	Rewards    []Reward // every step reached, and any marked given
}

// Reward is a step's prize for one inviter: to hand out, or given.
type Reward struct {
	Step    int // from 1
	Invites int
	Prize   string
	Reached bool
	GivenAt string // RFC 3339; "" while not given
}

// Standing is a campaign with its inviters, most invitations first.
type Standing struct {
	Campaign Campaign
	Inviters []Progress
}

// Progress counts each inviter's invitees who joined within the campaign's
// period (and group), and the steps they reached. Inviters with none show
// only when a reward was given to them.
func (s *Service) Progress(ctx context.Context, campaign int64) (Standing, error) {
	c, err := s.Campaign(ctx, campaign)
	if err != nil {
		return Standing{}, err
	}
	counts, err := s.counts(ctx, c.GroupID, c.From, c.To)
	if err != nil {
		return Standing{}, err
	}
	given, err := s.given(ctx, c.ID)
	if err != nil {
		return Standing{}, err
	}
	out := Standing{Campaign: c, Inviters: []Progress{}}
	for id := range union(counts, given) {
		p := Progress{MemberID: id, Invited: counts[id], Step: c.Reached(counts[id])}
		if err := s.describe(ctx, &p); errs.CodeOf(err) == errs.NotFound {
			continue // in the trash
		} else if err != nil {
			return Standing{}, err
		}
		p.Rewards, p.Next = c.rewards(p.Step, given[id])
		out.Inviters = append(out.Inviters, p)
	}
	slices.SortFunc(out.Inviters, func(a, b Progress) int {
		return cmp.Or(b.Invited-a.Invited, cmp.Compare(a.Nickname, b.Nickname), cmp.Compare(a.MemberID, b.MemberID))
	})
	return out, nil
}

func union(counts map[int64]int, given map[int64]map[int]string) map[int64]bool {
	ids := map[int64]bool{}
	for id := range counts {
		ids[id] = true
	}
	for id := range given {
		ids[id] = true
	}
	return ids
}

// describe reads the inviter's nickname and platform id.
func (s *Service) describe(ctx context.Context, p *Progress) error {
	l, err := liveLabel(ctx, s.db.Read(), p.MemberID)
	p.Nickname, p.PlatformID = l.Nickname, l.PlatformID
	return err
}

// rewards lists the steps reached and the ones given, and the next step.
func (c Campaign) rewards(reached int, given map[int]string) ([]Reward, *Step) {
	out := []Reward{}
	var next *Step
	for i, st := range c.Steps {
		r := Reward{Step: i + 1, Invites: st.Invites, Prize: st.Prize, Reached: i < reached, GivenAt: given[st.Invites]}
		if r.Reached || r.GivenAt != "" {
			out = append(out, r)
		}
		if i == reached {
			next = &c.Steps[i]
		}
	}
	return out, next
}
