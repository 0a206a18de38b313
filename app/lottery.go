package app

import (
	"encoding/json"
	"os"
	"strconv"

	"github.com/wailsapp/wails/v2/pkg/runtime"

	"qunzhu/backend/charts"
	"qunzhu/backend/errs"
	"qunzhu/backend/lottery"
	"qunzhu/locales"
)

// LotteryAPI is the lottery screen's backend.
type LotteryAPI struct{ a *App }

// List returns every lottery, newest first (without picks).
func (v *LotteryAPI) List() (_ []LotteryDTO, err error) {
	defer v.a.catchPanic(&err)
	ls, err := v.a.ws.Lottery.List(v.a.call())
	out := make([]LotteryDTO, 0, len(ls))
	for _, l := range ls {
		out = append(out, toLotteryDTO(l))
	}
	return out, err
}

// Get returns one lottery with its picks and replacements.
func (v *LotteryAPI) Get(id int64) (_ LotteryDTO, err error) {
	defer v.a.catchPanic(&err)
	return lotteryOne(v.a.ws.Lottery.Get(v.a.call(), id))
}

// Preview builds the entrant list an entry gives, without storing it.
func (v *LotteryAPI) Preview(entry EntryDTO) (_ EntrantsDTO, err error) {
	defer v.a.catchPanic(&err)
	e, err := entry.toDomain()
	if err != nil {
		return EntrantsDTO{}, err
	}
	got, err := v.a.ws.Lottery.Build(v.a.call(), e)
	if err != nil {
		return EntrantsDTO{}, err
	}
	people := got.People
	if len(people) > 500 {
		people = people[:500]
	}
	return EntrantsDTO{People: toLotteryEntrantDTOs(people), Total: len(got.People), Lines: got.Lines, Read: got.Read,
		Excluded: got.Excluded, Unread: got.Unread, Ambiguous: toLotteryAmbiguousDTOs(got.Ambiguous)}, nil
}

// Freeze numbers and stores the entrant list with its hash and the named
// sources (an instant lottery is drawn at once).
func (v *LotteryAPI) Freeze(in SetupDTO) (_ LotteryDTO, err error) {
	defer v.a.catchPanic(&err)
	e, err := in.Entry.toDomain()
	if err != nil {
		return LotteryDTO{}, err
	}
	return lotteryOne(v.a.ws.Lottery.Freeze(v.a.call(), lottery.Setup{Title: in.Title, Mode: in.Mode, Entry: e,
		Sources: in.Sources, Tiers: in.tiers(), Alternates: in.Alternates, GroupID: in.GroupID}))
}

// Draw enters the published values and draws, once.
func (v *LotteryAPI) Draw(id int64, values []string) (_ LotteryDTO, err error) {
	defer v.a.catchPanic(&err)
	return lotteryOne(v.a.ws.Lottery.Draw(v.a.call(), id, values))
}

// Replace gives a prize to the next alternate, with the reason.
func (v *LotteryAPI) Replace(id int64, order int, reason string) (_ LotteryDTO, err error) {
	defer v.a.catchPanic(&err)
	return lotteryOne(v.a.ws.Lottery.Replace(v.a.call(), id, order, reason))
}

// Redraw starts a new lottery linked to a drawn one.
func (v *LotteryAPI) Redraw(id int64, reason string, sources []string, mode string, excludeWinners bool) (_ LotteryDTO, err error) {
	defer v.a.catchPanic(&err)
	return lotteryOne(v.a.ws.Lottery.Redraw(v.a.call(), id, reason, sources, mode, excludeWinners))
}

// Names are up to limit names of the frozen list, for the live screen.
func (v *LotteryAPI) Names(id int64, limit int) (_ []string, err error) {
	defer v.a.catchPanic(&err)
	list, err := v.a.ws.Lottery.Entries(v.a.call(), id)
	if limit > 0 && len(list) > limit {
		list = list[:limit]
	}
	if list == nil {
		list = []string{}
	}
	return list, err
}

// CertificateJSON is the certificate as a fan gets it.
func (v *LotteryAPI) CertificateJSON(id int64) (_ string, err error) {
	defer v.a.catchPanic(&err)
	c, err := v.a.ws.Lottery.Certificate(v.a.call(), id)
	if err != nil {
		return "", err
	}
	b, err := json.MarshalIndent(c, "", "  ")
	return string(b) + "\n", errs.Wrap(err, "encode certificate")
}

// SaveCertificate writes the certificate JSON where the user chooses;
// "" when cancelled.
func (v *LotteryAPI) SaveCertificate(id int64) (_ string, err error) {
	defer v.a.catchPanic(&err)
	text, err := v.CertificateJSON(id)
	if err != nil {
		return "", err
	}
	return v.saveText(text, "lottery-"+strconv.FormatInt(id, 10)+"-certificate.json", "ui.lottery.files.json", "*.json")
}

// SaveEntrants writes the numbered entrant list (one a line; its SHA-256
// is the list hash) where the user chooses.
func (v *LotteryAPI) SaveEntrants(id int64) (_ string, err error) {
	defer v.a.catchPanic(&err)
	list, err := v.a.ws.Lottery.Entries(v.a.call(), id)
	if err != nil {
		return "", err
	}
	return v.saveText(lottery.ListText(list), "lottery-"+strconv.FormatInt(id, 10)+"-entrants.txt", "ui.lottery.files.txt", "*.txt")
}

// SaveCertificatePNG saves the certificate picture the screen drew.
func (v *LotteryAPI) SaveCertificatePNG(id int64, dataURL string) (_ string, err error) {
	defer v.a.catchPanic(&err)
	img, err := charts.DecodePNG(dataURL)
	if err != nil {
		return "", err
	}
	path, err := v.ask("lottery-"+strconv.FormatInt(id, 10)+"-certificate.png", "ui.lottery.files.png", "*.png")
	if err != nil || path == "" {
		return "", err
	}
	return charts.Write(path, img)
}

// ChooseDouyinExport asks for a Douyin comment export; "" when cancelled.
func (v *LotteryAPI) ChooseDouyinExport() (_ string, err error) {
	defer v.a.catchPanic(&err)
	lang := v.a.language()
	return v.a.openDialog(runtime.OpenDialogOptions{Title: locales.Localize(lang, "ui.lottery.entry.douyin_choose", nil),
		Filters: []runtime.FileFilter{{DisplayName: locales.Localize(lang, "ui.lottery.files.douyin", nil), Pattern: "*.csv;*.json;*.jsonl"}}})
}

func (v *LotteryAPI) ask(name, filesKey, pattern string) (string, error) {
	lang := v.a.language()
	return v.a.saveDialog(runtime.SaveDialogOptions{Title: locales.Localize(lang, "ui.lottery.files.save_title", nil),
		DefaultFilename: name, Filters: []runtime.FileFilter{{DisplayName: locales.Localize(lang, filesKey, nil), Pattern: pattern}}})
}

func (v *LotteryAPI) saveText(text, name, filesKey, pattern string) (string, error) {
	path, err := v.ask(name, filesKey, pattern)
	if err != nil || path == "" {
		return "", err
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		return "", errs.New(errs.Invalid, "err.lottery.write", errs.Params{"File": path})
	}
	return path, nil
}
