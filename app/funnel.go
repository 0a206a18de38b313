package app

import (
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/funnel"
	"qunzhu/backend/settings"
)

// FunnelAPI is the shop funnel: 点击 → 咨询 → 购买 per group and period.
type FunnelAPI struct{ a *App }

// Get works out the funnel of a group (0: all groups) from from to to,
// both YYYY-MM-DD, to inclusive, with the stored trust days.
func (f *FunnelAPI) Get(groupID int64, from, to string) (_ FunnelDTO, err error) {
	defer f.a.catchPanic(&err)
	r, err := FunnelRequest(groupID, from, to)
	if err != nil {
		return FunnelDTO{}, err
	}
	out, err := f.a.ws.Funnel.Get(f.a.call(), r)
	if err != nil {
		return FunnelDTO{}, err
	}
	return ToFunnelDTO(out), nil
}

// Settings are the funnel's settings (the trust days).
func (f *FunnelAPI) Settings() (_ FunnelSettingsDTO, err error) {
	defer f.a.catchPanic(&err)
	s, err := f.a.ws.Settings.Funnel(f.a.call())
	return FunnelSettingsDTO(s), err
}

// SaveSettings checks and stores them.
func (f *FunnelAPI) SaveSettings(in FunnelSettingsDTO) (_ FunnelSettingsDTO, err error) {
	defer f.a.catchPanic(&err)
	s, err := f.a.ws.Settings.SaveFunnel(f.a.call(), settings.Funnel(in))
	return FunnelSettingsDTO(s), err
}

// FunnelRequest reads a scope and a period given as two YYYY-MM-DD dates.
func FunnelRequest(groupID int64, from, to string) (funnel.Request, error) {
	start, err1 := time.Parse(time.DateOnly, from)
	end, err2 := time.Parse(time.DateOnly, to)
	if err1 != nil || err2 != nil {
		f := errs.Fields{}
		f.Add("period", "err.field.date", errs.Params{"Value": from + " – " + to})
		return funnel.Request{}, f.Err()
	}
	return funnel.Request{GroupID: groupID, From: start, To: end}, nil
}
