package activity

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"hash/fnv"
	"os"
	"strings"

	"qunzhu/backend/chatlog"
	"qunzhu/backend/errs"
	"qunzhu/backend/fold"
	"qunzhu/backend/groups"
	"qunzhu/backend/members"
	"qunzhu/backend/summaries"
)

// Import reads the export at req.Path and stores its events: all of them or,
// on an error or cancellation, none. progress (optional) gets bytes read
// and the file's size.
func (s *Service) Import(ctx context.Context, req Request, progress func(done, total int)) (Report, error) {
	src, err := openRequest(req)
	if err != nil {
		return Report{}, err
	}
	defer src.Close()
	hash, err := src.hash()
	if err != nil {
		return Report{}, errs.New(errs.Invalid, "err.import.file", errs.Params{"Path": src.name})
	}
	var rep Report
	rep.Format = string(src.format)
	err = s.members.Session(ctx, func(x *members.Session) error {
		if err := checkGroup(ctx, x, req.GroupID); err != nil {
			return err
		}
		w, err := newEventWriter(ctx, x, req, &rep)
		if err != nil {
			return err
		}
		stats, err := parseAhead(ctx, src, req, func(e chatlog.Event) error {
			if ctx.Err() != nil {
				return errs.ErrCancelled
			}
			if progress != nil && w.seen%2000 == 0 {
				progress(int(src.read()), int(src.size))
			}
			return w.add(e)
		})
		if err != nil {
			return err
		}
		if err := w.flush(); err != nil {
			return err
		}
		rep.System, rep.Skipped, rep.Problems = stats.System, stats.Unreadable, stats.Problems
		if err := summaries.Record(ctx, x.Tx(), summaries.Stored{Tally: w.tally, Events: Log{}}); err != nil {
			return err
		}
		return w.finish(src.name, hash)
	})
	if err != nil {
		return Report{Format: rep.Format}, err
	}
	if progress != nil {
		progress(int(src.size), int(src.size))
	}
	return rep, nil
}

func checkGroup(ctx context.Context, x *members.Session, id int64) error {
	if id == 0 {
		return nil
	}
	if ok, _ := groups.Exists(ctx, x.Tx(), id); !ok {
		return errs.New(errs.NotFound, "err.group.not_found", errs.Params{"ID": id})
	}
	return nil
}

// eventKey turns an event's identity into the stored 64-bit key.
func eventKey(e chatlog.Event) int64 {
	h := fnv.New64a()
	h.Write([]byte(e.Platform))
	h.Write([]byte{0})
	h.Write([]byte(e.Key))
	return int64(h.Sum64())
}

// senderOf names who wrote e: by id when the export has one, else by the
// exact display name (fold.Name: 小美 and 小美🌸 are two people; folding
// is for suggestions, never for identity).
func senderOf(e chatlog.Event) Sender {
	s := Sender{Platform: e.Platform, ID: strings.TrimSpace(e.SenderID), Name: fold.Name(e.Sender)}
	if s.ID != "" {
		s.Key = s.Platform + "\x1fid\x1f" + s.ID
	} else {
		s.Key = s.Platform + "\x1fname\x1f" + s.Name
	}
	return s
}

func fileHash(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := f.WriteTo(h); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// details is what the import history keeps beyond the counts.
func details(rep *Report) string {
	problems := rep.Problems
	if problems == nil {
		problems = []chatlog.Problem{}
	}
	b, _ := json.Marshal(map[string]any{"format": rep.Format, "members": rep.Members, "newMembers": rep.NewMembers,
		"duplicates": rep.Duplicates, "ambiguous": len(rep.Ambiguous), "system": rep.System, "skipped": rep.Skipped,
		"problems": problems})
	return string(b)
}
