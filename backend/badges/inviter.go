package badges

import (
	"context"
	"database/sql"
	"time"

	"qunzhu/backend/errs"
)

// earnInviter: 邀请达人, across the workspace, on the day the InviteMin-th
// person a member invited joined (who invited whom is the rewards').
func earnInviter(ctx context.Context, _ *sql.DB, in Input) ([]Earned, error) {
	if in.InvitedNth == nil {
		return nil, nil
	}
	days, err := in.InvitedNth(ctx, in.Settings.InviteMin)
	if err != nil {
		return nil, err
	}
	out := make([]Earned, 0, len(days))
	for member, day := range days {
		on, err := time.Parse(dateLayout, day)
		if err != nil {
			return nil, errs.Wrap(err, "read invited day")
		}
		out = append(out, Earned{MemberID: member, Badge: Inviter, On: on})
	}
	return out, nil
}

// UseInvitations makes 邀请达人 read who invited whom from nth (see
// Input.InvitedNth).
func (s *Service) UseInvitations(nth func(ctx context.Context, n int) (map[int64]string, error)) {
	s.invitedNth = nth
}
