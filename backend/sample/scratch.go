package sample

import (
	"context"
	"os"
	"path/filepath"
	"strings"

	"qunzhu/backend/errs"
	"qunzhu/backend/workspace"
)

// scratchPrefix names the folder, beside the database, where a sample is
// made before it goes in.
const scratchPrefix = ".sample-"

// inScratch runs build on a scratch copy of ws's database and, when it
// succeeds, replaces ws's content with the copy's in one transaction
// (SQLite's backup API commits every page at once). So the sample goes in
// whole or not at all: a failure or a cancel throws the copy away, and a
// kill at any point leaves either the database as it was or the whole
// sample, plus at most a scratch folder that the next sample removes.
func inScratch(ctx context.Context, ws *workspace.Workspace, build func(scratch *workspace.Workspace) error) error {
	removeStaleScratch(ws.Dir)
	dir, err := os.MkdirTemp(ws.Dir, scratchPrefix+"*")
	if err != nil {
		return errs.Wrap(err, "make sample scratch folder")
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "sample.db")
	if err := ws.DB.VacuumInto(ctx, path); err != nil {
		return err
	}
	scratch, err := workspace.Open(ctx, path)
	if err != nil {
		return err
	}
	err = build(scratch)
	if cerr := scratch.Close(); err == nil {
		err = errs.Wrap(cerr, "close sample scratch")
	}
	if err != nil {
		return err
	}
	return swapIn(ctx, ws, path)
}

// swapIn replaces ws's content with the finished sample at path, unless
// the user stopped it or the database got groups or members meanwhile.
func swapIn(ctx context.Context, ws *workspace.Workspace, path string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := checkEmpty(ctx, ws); err != nil {
		return err
	}
	defer ws.Members.ForgetSearch()
	return ws.DB.RestoreFrom(context.WithoutCancel(ctx), path)
}

// removeStaleScratch removes what a killed run left. The database is
// locked to this process, so no other run is using them.
func removeStaleScratch(dir string) {
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.IsDir() && strings.HasPrefix(e.Name(), scratchPrefix) {
			os.RemoveAll(filepath.Join(dir, e.Name()))
		}
	}
}
