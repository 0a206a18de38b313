package cli

import (
	"qunzhu/app"
	"qunzhu/backend/dashboard"
	"qunzhu/backend/funnel"
	"qunzhu/backend/workspace"
)

// runFunnel: `funnel [--group NAME] [--days N | --from D --to D] --json`
// prints the shop funnel of a group (or all groups) over the last N days
// (30) or from D to D, both YYYY-MM-DD, inclusive: each step's events and
// members (click, inquiry, purchase), the rates, the revenue, the purchases
// by tier and the members sold to before the trust days in the group.
func runFunnel(env *Env) error {
	return scoped(env, "funnel", func(ws *workspace.Workspace, r dashboard.Request) (any, error) {
		f, err := ws.Funnel.Get(env.Ctx, funnel.Request{GroupID: r.GroupID, From: r.From, To: r.To})
		return app.ToFunnelDTO(f), err
	})
}
