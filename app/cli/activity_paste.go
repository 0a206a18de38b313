package cli

import (
	"io"
	"os"
	"strings"

	"qunzhu/backend/activity"
	"qunzhu/backend/chatlog"
	"qunzhu/backend/errs"
	"qunzhu/backend/workspace"
)

// activityPaste stores a chat copied from a chat client and saved to FILE
// (or given on stdin as -), like `activity import`.
func activityPaste(env *Env, ws *workspace.Workspace, args []string) error {
	fs := newFlags("activity paste")
	group := fs.String("group", "", "")
	platform := fs.String("platform", chatlog.PlatformDouyin, "")
	date := fs.String("date", "", "")
	file, rest := pasteFileArg(args)
	if file == "" || fs.Parse(rest) != nil || fs.NArg() > 0 {
		return usage()
	}
	day, err := activity.PasteDay(*date)
	if err != nil {
		return err
	}
	text, err := readPasted(env, file)
	if err != nil {
		return err
	}
	req := activity.Request{Platform: *platform, Paste: &activity.Pasted{Text: text, Day: day}}
	if req.GroupID, err = groupID(env, ws, *group); err != nil {
		return err
	}
	return storeActivity(env, ws, req)
}

// pasteFileArg is the FILE argument, "-" (stdin) included.
func pasteFileArg(args []string) (string, []string) {
	for i, a := range args {
		if a == "-" && (i == 0 || !strings.HasPrefix(args[i-1], "-") || !takesValue(args[i-1])) {
			return a, append(append([]string{}, args[:i]...), args[i+1:]...)
		}
	}
	return firstArg(args)
}

// readPasted reads the pasted text from the file, or stdin for "-",
// refusing more than activity.MaxPasteMB.
func readPasted(env *Env, file string) (string, error) {
	var r io.Reader = os.Stdin
	if file != "-" {
		f, err := os.Open(file)
		if err != nil {
			return "", errs.New(errs.Invalid, "err.import.file", errs.Params{"Path": file})
		}
		defer f.Close()
		r = f
	} else if env.Stdin != nil {
		r = env.Stdin
	}
	b, err := io.ReadAll(io.LimitReader(r, activity.MaxPasteMB<<20+1))
	if err != nil {
		return "", errs.Wrap(err, "read pasted chat")
	}
	return string(b), nil
}
