package cli

import (
	"time"

	"qunzhu/backend/points"
)

// runPoints: `points leaderboard [--group NAME] [--period week|month|all]
// [--limit N] --json` prints the members with the most points (the totals
// are recomputed first when they miss changes); `points recompute` works
// them out again and prints what it counted.
func runPoints(env *Env) error {
	if len(env.Args) < 2 {
		return usage()
	}
	switch env.Args[1] {
	case "leaderboard":
		return pointsLeaderboard(env)
	case "recompute":
		return pointsRecompute(env)
	}
	return usage()
}

func pointsRecompute(env *Env) error {
	if len(env.Args) != 2 {
		return usage()
	}
	ws, err := open(env)
	if err != nil {
		return err
	}
	defer ws.Close()
	c, err := ws.Points.Recompute(env.Ctx, time.Now(), nil)
	if err != nil {
		return err
	}
	return printJSON(env.Stdout, c)
}

type boardRow struct {
	Nickname   string `json:"nickname"`
	PlatformID string `json:"platformId"`
	Points     int64  `json:"points"`
	Level      string `json:"level"`
}

func pointsLeaderboard(env *Env) error {
	fs := newFlags("points leaderboard")
	group, period := fs.String("group", "", ""), fs.String("period", "week", "")
	limit := fs.Int("limit", 20, "")
	fs.Bool("json", true, "")
	if fs.Parse(env.Args[2:]) != nil || fs.NArg() > 0 || *limit < 1 {
		return usage()
	}
	ws, err := open(env)
	if err != nil {
		return err
	}
	defer ws.Close()
	id, err := groupID(env, ws, *group)
	if err != nil {
		return err
	}
	if stale, err := ws.Points.Stale(env.Ctx, time.Now()); err != nil {
		return err
	} else if stale {
		if _, err := ws.Points.Recompute(env.Ctx, time.Now(), nil); err != nil {
			return err
		}
	}
	b, err := ws.Points.Leaderboard(env.Ctx, id, points.Period(*period), *limit, env.Lang)
	if err != nil {
		return err
	}
	out := struct {
		Period  string     `json:"period"`
		Members []boardRow `json:"members"`
	}{Period: string(b.Period), Members: []boardRow{}}
	for _, r := range b.Rows {
		out.Members = append(out.Members, boardRow{r.Nickname, r.PlatformID, r.Points, r.Level})
	}
	return printJSON(env.Stdout, out)
}
