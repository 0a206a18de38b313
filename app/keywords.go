package app

import (
	"context"

	"qunzhu/backend/keywords"
)

// KeywordsAPI keeps the keyword watch list and lists its hits in the
// imported messages.
type KeywordsAPI struct{ a *App }

func newKeywordsAPI(a *App) *KeywordsAPI { return &KeywordsAPI{a: a} }

func (v *KeywordsAPI) svc() *keywords.Service { return v.a.ws.Keywords }

// seed adds the curated default list in the app's language the first time.
func (v *KeywordsAPI) seed(ctx context.Context) error {
	_, err := v.svc().Seed(ctx, v.a.language())
	return err
}

// Words lists the watch list (seeding the defaults on first use).
func (v *KeywordsAPI) Words() (_ []WatchWordDTO, err error) {
	defer v.a.catchPanic(&err)
	ctx := v.a.call()
	if err := v.seed(ctx); err != nil {
		return nil, err
	}
	list, err := v.svc().List(ctx)
	out := make([]WatchWordDTO, len(list))
	for i, e := range list {
		out[i] = ToWatchWordDTO(e)
	}
	return out, err
}

// AddWord adds a word; start a scan (StartScan) to find its hits.
func (v *KeywordsAPI) AddWord(in WatchWordInputDTO) (_ WatchWordDTO, err error) {
	defer v.a.catchPanic(&err)
	e, err := v.svc().Add(v.a.call(), in.toDomain())
	return ToWatchWordDTO(e), err
}

// UpdateWord changes a word; a new text needs a scan.
func (v *KeywordsAPI) UpdateWord(id int64, in WatchWordInputDTO) (_ WatchWordDTO, err error) {
	defer v.a.catchPanic(&err)
	e, err := v.svc().Update(v.a.call(), id, in.toDomain())
	return ToWatchWordDTO(e), err
}

// DeleteWord removes a word and its hits; then scan again.
func (v *KeywordsAPI) DeleteWord(id int64) (err error) {
	defer v.a.catchPanic(&err)
	return v.svc().Delete(v.a.call(), id)
}

// RestoreDefaults adds the default words missing from the list and returns how many.
func (v *KeywordsAPI) RestoreDefaults() (_ int, err error) {
	defer v.a.catchPanic(&err)
	return v.svc().RestoreDefaults(v.a.call(), v.a.language())
}

// Hits lists a page of hits, newest first, with the counts for the chips.
func (v *KeywordsAPI) Hits(f HitFilterDTO) (_ HitPageDTO, err error) {
	defer v.a.catchPanic(&err)
	out := HitPageDTO{Hits: []HitDTO{}, Counts: map[int64]int{}, Categories: map[string]int{}}
	filter, err := f.ToDomain()
	if err != nil {
		return out, err
	}
	ctx := v.a.call()
	page, err := v.svc().Hits(ctx, filter)
	if err != nil {
		return out, err
	}
	counts, err := v.svc().Count(ctx, filter)
	if err != nil {
		return out, err
	}
	st, err := v.svc().State(ctx)
	for _, h := range page.Hits {
		out.Hits = append(out.Hits, ToHitDTO(h))
	}
	out.Total, out.Counts, out.Categories, out.All, out.Stale = page.Total, counts.Words, counts.Categories, counts.Total, st.Stale
	return out, err
}

// SetHitState records a hit's response (pending, noted, reminded,
// handled); the hit is its message and word, so the state outlives rescans.
func (v *KeywordsAPI) SetHitState(eventID, wordID int64, state string) (err error) {
	defer v.a.catchPanic(&err)
	return v.svc().SetState(v.a.call(), keywords.HitKey{EventID: eventID, WordID: wordID}, state)
}

// StartScan brings the hits up to date in the background (every message
// again when the list changed, else only new ones) and returns the job id:
// "keywords:progress" events, then "keywords:done" or "keywords:failed".
func (v *KeywordsAPI) StartScan() (_ string, err error) {
	defer v.a.catchPanic(&err)
	return v.a.startJob(keywordScanJob, func(ctx context.Context, j *job) (any, error) {
		rep, err := v.scan(ctx, j.progress)
		return ScanDoneDTO{JobID: j.id, Full: rep.Full, Events: rep.Events, Hits: rep.Hits}, err
	}), nil
}

func (v *KeywordsAPI) scan(ctx context.Context, p keywords.Progress) (keywords.ScanReport, error) {
	if err := v.seed(ctx); err != nil {
		return keywords.ScanReport{}, err
	}
	return v.svc().Scan(ctx, p)
}

// CancelScan stops a running scan; the hits stay as they were.
func (v *KeywordsAPI) CancelScan(jobID string) (err error) {
	defer v.a.catchPanic(&err)
	v.a.cancelJob(jobID)
	return nil
}

// afterImport scans the events an activity import added. When the list has
// changed since the last scan it leaves the full rescan to the keyword
// screen, which shows its progress.
func (v *KeywordsAPI) afterImport(ctx context.Context) {
	if st, err := v.svc().State(ctx); err != nil || st.Stale && st.Seeded {
		return
	}
	if _, err := v.scan(ctx, nil); err != nil {
		v.a.log.Error("scan keywords after import", "err", err)
	}
}
