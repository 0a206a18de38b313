// Package workspace opens a Qunzhu database with everything around it: the
// lock, a backup before any migration, the migrations, the log file and the
// feature services. The window and the command line both start here.
package workspace

import (
	"context"
	"io"
	"log/slog"
	"os"
	"path/filepath"

	"qunzhu/backend/activity"

	"qunzhu/backend/applog"
	"qunzhu/backend/backup"
	"qunzhu/backend/badges"
	"qunzhu/backend/badges/sources"
	"qunzhu/backend/dashboard"
	"qunzhu/backend/errs"
	"qunzhu/backend/funnel"
	"qunzhu/backend/groups"
	"qunzhu/backend/invites"
	"qunzhu/backend/keywords"
	"qunzhu/backend/lottery"
	"qunzhu/backend/memberimport"
	"qunzhu/backend/members"
	"qunzhu/backend/planner"
	"qunzhu/backend/points"
	"qunzhu/backend/polls"
	"qunzhu/backend/review"
	"qunzhu/backend/rewards"
	"qunzhu/backend/settings"
	"qunzhu/backend/store"
)

// Workspace is an open database and the services working on it.
type Workspace struct {
	DB       *store.DB
	Dir      string // the data folder: the database's folder
	Log      *slog.Logger
	Backups  *backup.Manager
	Settings *settings.Service
	Groups   *groups.Service
	Members  *members.Service
	Imports  *memberimport.Service
	Activity *activity.Service
	Keywords *keywords.Service
	Invites  *invites.Service
	Polls    *polls.Service
	Lottery  *lottery.Service
	Planner  *planner.Service
	logFile  io.Closer

	Dashboard *dashboard.Service // the morning dashboard
	Review    *review.Service    // the weekly review (复盘)
	Rewards   *rewards.Service   // invitation rewards (who invited whom, reward ladders)
	Funnel    *funnel.Service    // the shop funnel (点击 → 咨询 → 购买)
	Badges    *badges.Service    // badges from rules over the records, and by hand
	Points    *points.Service    // points and levels
}

// DefaultDBPath is QUNZHU_DB, else Qunzhu/qunzhu.db in the user config dir.
func DefaultDBPath() (string, error) {
	if p := os.Getenv("QUNZHU_DB"); p != "" {
		return p, nil
	}
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", errs.Wrap(err, "find user config dir")
	}
	return filepath.Join(dir, "Qunzhu", "qunzhu.db"), nil
}

// Open opens (creating if needed) the database at path and migrates it,
// backing it up first when it already holds data.
func Open(ctx context.Context, path string) (*Workspace, error) {
	db, err := store.Open(ctx, path)
	if err != nil {
		return nil, err
	}
	ws := &Workspace{DB: db, Dir: filepath.Dir(db.Path())}
	ws.Backups = backup.NewManager(db, filepath.Join(ws.Dir, "backups"))
	if err := ws.openLog(); err != nil {
		db.Close()
		return nil, err
	}
	if err := ws.migrate(ctx); err != nil {
		ws.Log.Error("open database", "path", db.Path(), "err", err)
		ws.Close()
		return nil, err
	}
	ws.Settings = settings.NewService(db)
	ws.Groups = groups.NewService(db)
	ws.Members = members.NewService(db)
	ws.Members.UseEvents(activity.Log{}) // merges, undos and purges move the events, the summaries with them
	ws.Imports = memberimport.NewService(ws.Members)
	ws.Activity = activity.NewService(db, ws.Members)
	ws.Keywords = keywords.NewService(db)
	ws.Keywords.UseOwners(KeywordsOwners())
	ws.Points = points.NewService(db)
	ws.Invites = invites.NewService(db, ws.Members, ws.Groups)
	ws.Invites.UseLevels(ws.Points.LevelNames) // the invitation field {等级}
	ws.Polls = polls.NewService(db)
	ws.Lottery = lottery.NewService(db, ws.Members, ws.Polls)
	ws.Lottery.UseCheckins(activity.CheckinsSince)
	ws.Dashboard = dashboard.NewService(db, ws.Activity.TierSettings, activity.Log{})
	ws.Activity.UseDashboard(ws.Dashboard)
	ws.Planner = planner.NewService(db, PlannerOwners())
	ws.Rewards = rewards.NewService(db, ws.Invites, ws.Imports)
	ws.Review = review.NewService(ws.Planner, ws.Activity, ws.Dashboard, ws.Polls, ws.Lottery, ws.Settings)
	ws.Funnel = funnel.NewService(db, ws.Settings)
	ws.Badges = badges.NewService(db)
	ws.Badges.UseInvitations(ws.Rewards.InvitedNth)
	ws.Badges.UseRecords(sources.For(db))
	return ws, nil
}

func (ws *Workspace) openLog() error {
	log, f, err := applog.Open(ws.Dir)
	if err != nil {
		return errs.Wrap(err, "open log")
	}
	ws.Log, ws.logFile = log, f
	return nil
}

func (ws *Workspace) migrate(ctx context.Context) error {
	pending, err := ws.DB.Pending(ctx)
	if err != nil || len(pending) == 0 {
		return err
	}
	if v, err := ws.DB.Version(ctx); err != nil {
		return err
	} else if v > 0 {
		b, err := ws.Backups.Create(ctx, backup.PreMigration)
		if err != nil {
			return err
		}
		ws.Log.Info("backup before migration", "backup", b.Name, "from", v)
	}
	return ws.DB.Migrate(ctx)
}

// LogPath is the log file's path.
func (ws *Workspace) LogPath() string { return applog.Path(ws.Dir) }

// DailyBackup makes today's backup if missing and prunes old ones.
func (ws *Workspace) DailyBackup(ctx context.Context) error {
	s, err := ws.Settings.Get(ctx)
	if err != nil {
		return err
	}
	made, err := ws.Backups.EnsureDaily(ctx, s.BackupKeep)
	if made {
		ws.Log.Info("daily backup made")
	}
	return err
}

// Close closes the database and the log.
func (ws *Workspace) Close() error {
	err := ws.DB.Close()
	if ws.logFile != nil {
		ws.logFile.Close()
	}
	return err
}

// Restore replaces the data with a backup's (the current data is backed up
// first) and drops what was cached from the old data.
func (ws *Workspace) Restore(ctx context.Context, name string) (backup.Info, error) {
	defer ws.forgetCached()
	return ws.Backups.Restore(ctx, name)
}

// RestoreFile is Restore from any Qunzhu database file.
func (ws *Workspace) RestoreFile(ctx context.Context, path string) (backup.Info, error) {
	defer ws.forgetCached()
	return ws.Backups.RestoreFile(ctx, path)
}

// forgetCached drops what the services keep from the data: the search
// index and whether the dashboard's summaries are built. (Tier settings and
// the language are read from the database each time.)
func (ws *Workspace) forgetCached() {
	ws.Members.ForgetSearch()
	ws.Dashboard.ForgetBuilt()
}
