package cli

import (
	"qunzhu/backend/workspace"
)

// invitesRewards prints each inviter's progress in a reward campaign:
// invitees who joined within its period and the highest step reached
// (from 1; 0 for none), most invitations first.
func invitesRewards(env *Env, ws *workspace.Workspace, args []string) error {
	fs := newFlags("invites rewards")
	name := fs.String("campaign", "", "")
	fs.Bool("json", true, "")
	if fs.Parse(args) != nil || fs.NArg() > 0 || *name == "" {
		return usage()
	}
	c, err := ws.Rewards.CampaignNamed(env.Ctx, *name)
	if err != nil {
		return err
	}
	st, err := ws.Rewards.Progress(env.Ctx, c.ID)
	if err != nil {
		return err
	}
	type inviter struct {
		Nickname string `json:"nickname"`
		Invited  int    `json:"invited"`
		Step     int    `json:"step"`
	}
	out := make([]inviter, 0, len(st.Inviters))
	for _, p := range st.Inviters {
		out = append(out, inviter{Nickname: p.Nickname, Invited: p.Invited, Step: p.Step})
	}
	return printJSON(env.Stdout, map[string]any{"inviters": out})
}
