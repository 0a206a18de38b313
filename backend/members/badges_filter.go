package members

import (
	"qunzhu/backend/badges"
	"qunzhu/backend/errs"
)

// badges restricts to the members holding any of the badges (in any group;
// taken-back ones do not count), through the badges' index.
func (c *clauses) badges(f Filter) {
	if len(f.Badges) > 0 {
		c.add("m.id IN ("+badges.HoldersSQL(len(f.Badges))+")", anys(f.Badges)...)
	}
}

func validateBadges(fe errs.Fields, f Filter) {
	for _, b := range f.Badges {
		if !badges.IsKind(b) {
			fe.Add("badges", "err.member.choice", errs.Params{"Value": b})
		}
	}
}
