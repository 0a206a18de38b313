package activity

import (
	"context"
	"strings"
	"time"

	"qunzhu/backend/chatlog"
	"qunzhu/backend/errs"
	"qunzhu/backend/members"
	"qunzhu/backend/summaries"
)

// eventChunk is how many events one multi-row insert stores.
const eventChunk = 200

// eventWriter matches senders and stores events in the import's transaction.
type eventWriter struct {
	ctx      context.Context
	x        *members.Session
	req      Request
	rep      *Report
	importID int64
	senders  map[string]int64 // Sender.Key → member id
	rows     []any
	seen     int
	tally    *summaries.Tally // the summaries of what is stored
}

const eventColumns = 9

func newEventWriter(ctx context.Context, x *members.Session, req Request, rep *Report) (*eventWriter, error) {
	w := &eventWriter{ctx: ctx, x: x, req: req, rep: rep, senders: map[string]int64{},
		tally: summaries.NewTally(req.GroupID)}
	var err error
	w.importID, err = members.StartImport(ctx, x.Tx(), "activity", x.Now().UTC().Format("2006-01-02T15:04:05.999999999Z07:00"))
	if err != nil {
		return nil, err
	}
	rep.ImportID = w.importID
	return w, nil
}

// add queues one event, finding or adding its sender.
func (w *eventWriter) add(e chatlog.Event) error {
	w.seen++
	id, err := w.member(senderOf(e), e.Time)
	if err != nil {
		return err
	}
	if w.rep.From.IsZero() || e.Time.Before(w.rep.From) {
		w.rep.From = e.Time
	}
	if e.Time.After(w.rep.To) {
		w.rep.To = e.Time
	}
	var group any
	if w.req.GroupID != 0 {
		group = w.req.GroupID
	}
	w.rows = append(w.rows, id, group, e.Time.Unix(), string(e.Kind), e.Value, e.Text, e.Chat, eventKey(e), w.importID)
	w.tally.Add(id, e.Time.Unix(), string(e.Kind))
	if len(w.rows) >= eventChunk*eventColumns {
		return w.flush()
	}
	return nil
}

// flush stores the queued events; those stored before are left alone.
func (w *eventWriter) flush() error {
	n := len(w.rows) / eventColumns
	if n == 0 {
		return nil
	}
	row := "(?,?,?,?,?,?,?,?,?)"
	st, err := w.x.Prepare(`INSERT OR IGNORE INTO events (member_id, group_id, at, kind, value, text, chat, key, import_id)
		VALUES ` + row + strings.Repeat(","+row, n-1))
	if err != nil {
		return err
	}
	res, err := st.ExecContext(w.ctx, w.rows...)
	if err != nil {
		return errs.Wrap(err, "store events")
	}
	stored, _ := res.RowsAffected()
	w.tally.Stored(n, int(stored))
	w.rep.Events += int(stored)
	w.rep.Duplicates += n - int(stored)
	w.rows = w.rows[:0]
	return nil
}

// member is the sender's member id: found, chosen by the user, or added;
// with a group, the sender joins it as of its first event here.
func (w *eventWriter) member(s Sender, at time.Time) (int64, error) {
	if id, ok := w.senders[s.Key]; ok {
		return id, nil
	}
	ids, err := w.x.Match(s.Platform, s.ID, s.Name)
	if err != nil {
		return 0, err
	}
	var id int64
	if len(ids) > 0 {
		id = ids[0]
	}
	if len(ids) > 1 {
		if chosen, ok := w.req.Choices[s.Key]; ok {
			id = chosen
		}
		w.rep.Ambiguous = append(w.rep.Ambiguous, Ambiguity{Sender: s, Candidates: ids, Chosen: id})
	}
	if id == 0 {
		if id, err = w.x.Create(newMember(s)); err != nil {
			return 0, err
		}
		w.rep.NewMembers++
	}
	if w.req.GroupID != 0 {
		if err := w.x.Join(id, w.req.GroupID, at); err != nil {
			return 0, err
		}
	}
	w.senders[s.Key] = id
	w.rep.Members++
	return id, nil
}

// newMember is a sender nobody knew yet, as a member.
func newMember(s Sender) members.Input {
	name := s.Name
	if name == "" {
		name = s.ID
	}
	if r := []rune(name); len(r) > members.MaxNickname {
		name = string(r[:members.MaxNickname])
	}
	return members.Input{Nickname: name, Platform: s.Platform, PlatformID: s.ID, Source: "import"}
}

// finish records the import with its counts.
func (w *eventWriter) finish(name, hash string) error {
	return members.FinishImport(w.ctx, w.x.Tx(), w.importID, name, hash, w.rep.Events,
		w.rep.Duplicates+w.rep.System+w.rep.Skipped, details(w.rep))
}
