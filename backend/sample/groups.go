package sample

import (
	"math"

	"qunzhu/backend/groups"
	"qunzhu/locales"
)

// groupPlan is one demo group: its share of the members and how lively
// it is (1 is the seeds' healthy group; lower ones show the alerts).
type groupPlan struct {
	key      string // ui.sample.group.<key>
	platform string
	purpose  string
	share    float64
	lively   float64
	capacity int
	id       int64
	name     string
}

// The three demo groups; the rest of the members are fans around them
// (commenters not yet invited).
func demoGroups() []groupPlan {
	return []groupPlan{
		{key: "core", platform: "douyin", purpose: "core", share: 0.09, lively: 1, capacity: 500},
		{key: "cocreation", platform: "wechat", purpose: "cocreation", share: 0.08, lively: 0.7, capacity: 500},
		{key: "welfare", platform: "qq", purpose: "welfare", share: 0.5, lively: 0.25, capacity: 3000},
	}
}

func (g *generator) groups() error {
	g.groupList = demoGroups()
	ins := make([]groups.Input, len(g.groupList))
	for i := range g.groupList {
		p := &g.groupList[i]
		size := int(math.Round(float64(g.o.Members) * p.share))
		p.capacity = max(p.capacity, size+size/10+10)
		p.name = locales.Localize(g.o.Lang, "ui.sample.group."+p.key, nil)
		ins[i] = groups.Input{Name: p.name, Platform: p.platform, Purpose: p.purpose, Capacity: p.capacity,
			Announcement: locales.Localize(g.o.Lang, "ui.sample.announcement", map[string]any{"Group": p.name}),
			Rules:        locales.Localize(g.o.Lang, "ui.sample.rules", nil)}
		if p.platform == "douyin" {
			ins[i].MinDaysFollowed, ins[i].MinFanLevel, ins[i].JoinCode = 30, 3, "宠粉2026"
		}
	}
	if _, err := g.ws.Groups.CreateMany(g.ctx, ins, nil); err != nil {
		return err
	}
	list, err := g.ws.Groups.List(g.ctx, groups.Filter{})
	if err != nil {
		return err
	}
	byName := map[string]int64{}
	for _, gr := range list {
		byName[gr.Platform+"|"+gr.Name] = gr.ID
	}
	for i := range g.groupList {
		g.groupList[i].id = byName[g.groupList[i].platform+"|"+g.groupList[i].name]
	}
	g.rep.Groups = len(g.groupList)
	return nil
}
