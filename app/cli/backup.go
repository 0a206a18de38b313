package cli

import (
	"context"
	"path/filepath"

	"qunzhu/app"
)

type contextT = context.Context

func runBackup(env *Env) error {
	fs := newFlags("backup")
	out := fs.String("out", "", "backup file to write")
	if fs.Parse(env.Args[1:]) != nil || *out == "" || fs.NArg() > 0 {
		return usage()
	}
	ws, err := open(env)
	if err != nil {
		return err
	}
	defer ws.Close()
	size, err := ws.Backups.Export(env.Ctx, *out)
	if err != nil {
		return err
	}
	abs, _ := filepath.Abs(*out)
	return printJSON(env.Stdout, map[string]any{"backup": abs, "bytes": size})
}

func runBackups(env *Env) error {
	if len(env.Args) != 1 {
		return usage()
	}
	ws, err := open(env)
	if err != nil {
		return err
	}
	defer ws.Close()
	list, err := ws.Backups.List()
	if err != nil {
		return err
	}
	return printJSON(env.Stdout, app.ToBackupDTOs(list))
}

func runRestore(env *Env) error {
	if len(env.Args) != 2 {
		return usage()
	}
	ws, err := open(env)
	if err != nil {
		return err
	}
	defer ws.Close()
	safety, err := ws.RestoreFile(env.Ctx, env.Args[1])
	if err != nil {
		return err
	}
	abs, _ := filepath.Abs(env.Args[1])
	return printJSON(env.Stdout, map[string]any{"restored": abs, "safetyBackup": safety.Name})
}
