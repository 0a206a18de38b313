// Package app is the only package that imports Wails: thin bound services,
// one per feature, that turn requests into backend calls and results into
// DTOs, plus the window's options and lifecycle.
package app

import (
	"context"
	"encoding/json"
	"log/slog"
	"sync"
	"time"

	"qunzhu/backend/settings"
	"qunzhu/backend/workspace"
	"qunzhu/locales"
)

// Version is the app's version, set at build time with -ldflags.
var Version = "0.1.0"

// App owns the open workspace and the bound services.
type App struct {
	ws       *workspace.Workspace
	log      *slog.Logger
	dbPath   string
	startErr error // set when the database could not be opened

	mu     sync.RWMutex
	ctx    context.Context   // the bound calls' context: Wails', set at startup
	lang   string            // effective language for Go-side messages
	sink   func(string, any) // where events go instead of Wails (tests)
	window *settings.Window  // the geometry at closing, stored at shutdown

	life context.Context    // the jobs' and background loops' parent
	quit context.CancelFunc // cancels life and (from startup on) ctx; shutdown calls it
	jobs *jobs

	housekeeping sync.Once     // domReady starts the background loops once
	backupAfter  time.Duration // how long after the page loads the daily backup starts

	Groups   *GroupsAPI
	Members  *MembersAPI
	Imports  *ImportsAPI
	Activity *ActivityAPI
	Keywords *KeywordsAPI
	Invites  *InvitesAPI
	Polls    *PollsAPI
	Lottery  *LotteryAPI
	Planner  *PlannerAPI
	Sample   *SampleAPI
	Settings *SettingsAPI
	Backups  *BackupsAPI
	Shell    *ShellAPI

	Dashboard *DashboardAPI
	Review    *ReviewAPI
	Rewards   *RewardsAPI
	Funnel    *FunnelAPI
	Badges    *BadgesAPI
	Points    *PointsAPI
}

// New builds the bound services over an open workspace.
func New(ws *workspace.Workspace) *App {
	a := &App{ws: ws, log: ws.Log, dbPath: ws.DB.Path(), ctx: context.Background(), jobs: newJobs(),
		backupAfter: firstBackupDelay}
	a.life, a.quit = context.WithCancel(context.Background())
	a.Groups = &GroupsAPI{a}
	a.Members = &MembersAPI{a}
	a.Imports = newImportsAPI(a)
	a.Activity = newActivityAPI(a)
	a.Keywords = newKeywordsAPI(a)
	a.Invites = &InvitesAPI{a}
	a.Polls = &PollsAPI{a}
	a.Lottery = &LotteryAPI{a}
	a.Dashboard = &DashboardAPI{a}
	a.Review = &ReviewAPI{a}
	a.Rewards = &RewardsAPI{a}
	a.Funnel = &FunnelAPI{a}
	a.Badges = &BadgesAPI{a}
	a.Planner = &PlannerAPI{a}
	a.Points = &PointsAPI{a}
	a.Sample = newSampleAPI(a)
	a.Settings = &SettingsAPI{a}
	a.Backups = &BackupsAPI{a}
	a.Shell = &ShellAPI{a}
	a.lang = a.resolveLanguage()
	return a
}

// NewFailed is the app shown when the database at dbPath could not be
// opened: only the shell is bound, and it reports err to the user.
func NewFailed(dbPath string, err error, log *slog.Logger) *App {
	a := &App{dbPath: dbPath, startErr: err, log: log, ctx: context.Background(), jobs: newJobs()}
	a.life, a.quit = context.WithCancel(context.Background())
	a.Shell = &ShellAPI{a}
	a.lang = a.resolveLanguage()
	return a
}

// Bindings lists the services the frontend may call.
func (a *App) Bindings() []any {
	if a.startErr != nil {
		return []any{a.Shell}
	}
	return []any{a.Groups, a.Members, a.Imports, a.Activity, a.Keywords, a.Invites, a.Polls, a.Lottery, a.Dashboard, a.Review, a.Rewards, a.Funnel, a.Badges, a.Points, a.Planner, a.Sample, a.Settings, a.Backups, a.Shell}
}

// resolveLanguage: the saved choice, else the system's, else zh-CN.
func (a *App) resolveLanguage() string {
	if a.ws != nil {
		if s, err := a.ws.Settings.Get(context.Background()); err == nil && s.Language != "" {
			return s.Language
		}
	}
	if l := locales.Match(locales.System()); l != "" {
		return l
	}
	return locales.Fallback
}

func (a *App) language() string {
	a.mu.RLock()
	defer a.mu.RUnlock()
	return a.lang
}

func (a *App) setLanguage(l string) {
	a.mu.Lock()
	a.lang = l
	a.mu.Unlock()
}

// call is the context bound methods run with.
func (a *App) call() context.Context {
	a.mu.RLock()
	defer a.mu.RUnlock()
	return a.ctx
}

// FormatError is the Wails ErrorFormatter: every rejected promise carries
// {code, key, params, message, fields}, as JSON text, because the Wails v2
// runtime rejects with new Error(value), which would turn an object into
// "[object Object]"; the frontend's api layer parses it back.
func (a *App) FormatError(err error) any {
	b, _ := json.Marshal(FormatError(err, a.language(), a.log))
	return string(b)
}

// startup is OnStartup. The bound calls run with Wails' context (its values
// reach the runtime), cancelled at shutdown like the jobs, so a call still
// writing when the window closes rolls back instead of holding up the exit.
func (a *App) startup(ctx context.Context) {
	calls, cancel := context.WithCancel(ctx)
	a.mu.Lock()
	a.ctx = calls
	quit := a.quit
	a.quit = func() { quit(); cancel() }
	a.mu.Unlock()
	go a.quitOnSignal(calls)
}

// domReady is OnDomReady: the housekeeping (trash purge, daily backup) starts
// once the page has loaded, never before the window: on a large database the
// backup reads the whole file (issue 16).
func (a *App) domReady() {
	if a.ws == nil {
		return
	}
	a.housekeeping.Do(func() {
		a.background(a.purgeTrash)
		a.background(a.backupDaily)
	})
}

// background runs a loop in the background until shutdown; a panic in it is
// logged with its stack instead of ending the app.
func (a *App) background(loop func(context.Context)) {
	go func() {
		var err error
		defer a.catchPanic(&err)
		loop(a.life)
	}()
}

// firstBackupDelay lets the first screen read its data before the daily
// backup reads the whole file: on a 1M-member, 10M-event database the backup
// takes about 13 s and, started with the page, held the first screen's text
// back for 17 s instead of 3.7 (issue 16).
const firstBackupDelay = 10 * time.Second

// backupDaily makes the daily backup backupAfter from now, then re-checks
// every hour.
func (a *App) backupDaily(ctx context.Context) {
	select {
	case <-ctx.Done():
		return
	case <-time.After(a.backupAfter):
	}
	t := time.NewTicker(time.Hour)
	defer t.Stop()
	for {
		if err := a.ws.DailyBackup(ctx); err != nil && ctx.Err() == nil {
			a.log.Error("daily backup", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// purgeTrash deletes members trashed more than 30 days ago.
func (a *App) purgeTrash(ctx context.Context) {
	if n, err := a.ws.Members.PurgeTrash(ctx); err != nil {
		a.log.Error("purge trash", "err", err)
	} else if n > 0 {
		a.log.Info("purged trash", "members", n)
	}
}
