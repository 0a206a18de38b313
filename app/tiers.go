package app

import (
	"context"
	"time"

	"qunzhu/backend/tiers"
)

// Recompute works out every member's tier and stage from the activity now.
func (v *ActivityAPI) Recompute() (_ TierSummaryDTO, err error) {
	defer v.a.catchPanic(&err)
	sum, err := v.a.ws.Activity.Recompute(v.a.call(), time.Now())
	return toSummaryDTO(sum), err
}

// StartRecompute re-scores every member in the background and returns the
// job id: "tiers:progress" events (done of total = 1000), then "tiers:done"
// or "tiers:failed". CancelRecompute stops it, storing nothing.
func (v *ActivityAPI) StartRecompute() (_ string, err error) {
	defer v.a.catchPanic(&err)
	return v.a.startJob(rescoreJob, func(ctx context.Context, j *job) (any, error) {
		sum, err := v.a.ws.Activity.RecomputeWithProgress(ctx, time.Now(), func(p int) { j.progress(p, 1000) })
		return TiersDoneDTO{JobID: j.id, Summary: toSummaryDTO(sum)}, err
	}), nil
}

// CancelRecompute stops a running re-scoring.
func (v *ActivityAPI) CancelRecompute(jobID string) (err error) {
	defer v.a.catchPanic(&err)
	v.a.cancelJob(jobID)
	return nil
}

// TierSettings returns the thresholds in use.
func (v *ActivityAPI) TierSettings() (_ TierSettingsDTO, err error) {
	defer v.a.catchPanic(&err)
	s, err := v.a.ws.Activity.TierSettings(v.a.call())
	return TierSettingsDTO(s), err
}

// SaveTierSettings validates and stores the thresholds, then re-scores.
func (v *ActivityAPI) SaveTierSettings(s TierSettingsDTO) (_ TierSummaryDTO, err error) {
	defer v.a.catchPanic(&err)
	if err := v.a.ws.Activity.SaveTierSettings(v.a.call(), tiers.Settings(s)); err != nil {
		return TierSummaryDTO{}, err
	}
	return v.Recompute()
}

// DefaultTierSettings are the thresholds Qunzhu ships with.
func (v *ActivityAPI) DefaultTierSettings() (_ TierSettingsDTO, err error) {
	defer v.a.catchPanic(&err)
	return TierSettingsDTO(tiers.DefaultSettings()), nil
}

// PreviewTiers counts how many members each tier would hold under s.
func (v *ActivityAPI) PreviewTiers(s TierSettingsDTO) (_ map[string]int, err error) {
	defer v.a.catchPanic(&err)
	counts, err := v.a.ws.Activity.PreviewTiers(v.a.call(), tiers.Settings(s), time.Now())
	out := map[string]int{}
	for k, n := range counts {
		out[string(k)] = n
	}
	return out, err
}
