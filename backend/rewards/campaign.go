package rewards

import (
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"qunzhu/backend/errs"
)

// Limits of a campaign.
const (
	MaxName    = 60
	MaxPrize   = 100
	MaxSteps   = 20
	MaxInvites = 100000
)

// Step is one rung of a ladder: invite Invites people -> Prize.
type Step struct {
	Invites int
	Prize   string
}

// Campaign is a reward ladder over a period, counting the invitees who
// joined any group, or only GroupID's when it is set.
type Campaign struct {
	ID        int64
	Name      string
	GroupID   int64
	GroupName string
	From, To  string // YYYY-MM-DD, both included
	Steps     []Step // by Invites, ascending
}

// CampaignInput is a campaign as the user typed it.
type CampaignInput struct {
	Name     string
	GroupID  int64
	From, To string
	Steps    []Step
}

// Validate checks the name, the period and the ladder; it trims the text
// and sorts the steps.
func (in *CampaignInput) Validate() error {
	f := errs.Fields{}
	in.Name = strings.TrimSpace(in.Name)
	switch n := utf8.RuneCountInString(in.Name); {
	case n == 0:
		f.Add("name", "err.field.required", nil)
	case n > MaxName:
		f.Add("name", "err.field.too_long", errs.Params{"Max": MaxName})
	}
	from, fromErr := time.Parse(dateLayout, in.From)
	to, toErr := time.Parse(dateLayout, in.To)
	switch {
	case fromErr != nil:
		f.Add("from", "err.rewards.date", errs.Params{"Value": in.From})
	case toErr != nil:
		f.Add("to", "err.rewards.date", errs.Params{"Value": in.To})
	case to.Before(from):
		f.Add("to", "err.rewards.period", errs.Params{"From": in.From, "To": in.To})
	}
	in.validateSteps(f)
	return f.Err()
}

func (in *CampaignInput) validateSteps(f errs.Fields) {
	if len(in.Steps) == 0 || len(in.Steps) > MaxSteps {
		f.Add("steps", "err.rewards.steps", errs.Params{"Max": MaxSteps})
		return
	}
	seen := map[int]bool{}
	for i := range in.Steps {
		st := &in.Steps[i]
		st.Prize = strings.TrimSpace(st.Prize)
		switch {
		case st.Invites < 1 || st.Invites > MaxInvites:
			f.Add("steps", "err.rewards.step_invites", errs.Params{"Step": i + 1, "Max": MaxInvites})
		case seen[st.Invites]:
			f.Add("steps", "err.rewards.step_twice", errs.Params{"Invites": st.Invites})
		case st.Prize == "":
			f.Add("steps", "err.rewards.step_prize", errs.Params{"Step": i + 1})
		case utf8.RuneCountInString(st.Prize) > MaxPrize:
			f.Add("steps", "err.field.too_long", errs.Params{"Max": MaxPrize})
		}
		seen[st.Invites] = true
	}
	slices.SortFunc(in.Steps, func(a, b Step) int { return a.Invites - b.Invites })
}

// Reached is the 1-based number of the highest step invited reaches (0:
// none yet).
func (c Campaign) Reached(invited int) int {
	n := 0
	for i, st := range c.Steps {
		if invited >= st.Invites {
			n = i + 1
		}
	}
	return n
}
