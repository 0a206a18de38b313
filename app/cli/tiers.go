package cli

import (
	"time"
)

// runTiers: `tiers recompute` works out every member's tier and stage from
// the stored activity and prints the count per tier and stage.
func runTiers(env *Env) error {
	if len(env.Args) != 2 || env.Args[1] != "recompute" {
		return usage()
	}
	ws, err := open(env)
	if err != nil {
		return err
	}
	defer ws.Close()
	sum, err := ws.Activity.Recompute(env.Ctx, time.Now())
	if err != nil {
		return err
	}
	return printJSON(env.Stdout, sum)
}
