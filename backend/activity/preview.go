package activity

import (
	"context"
	"errors"
	"time"

	"qunzhu/backend/chatlog"
	"qunzhu/backend/errs"
)

// Candidate is a member an ambiguous sender may be.
type Candidate struct {
	ID         int64  `json:"id"`
	Nickname   string `json:"nickname"`
	Remark     string `json:"remark"`
	PlatformID string `json:"platformId"`
}

// Unsettled is a sender several members could be, for the user to settle.
type Unsettled struct {
	Sender     Sender      `json:"sender"`
	Events     int         `json:"events"`
	Candidates []Candidate `json:"candidates"`
}

// Preview is what an import would do, read without storing anything.
type Preview struct {
	Name       string
	Format     string
	Events     int
	System     int               // system and service messages left out
	Skipped    int               // messages or lines that could not be read, left out
	Problems   []chatlog.Problem // the first chatlog.MaxProblems of them
	From, To   time.Time
	Senders    int // distinct senders
	Known      int // senders matched to one member
	New        int // senders who would become members
	Unsettled  []Unsettled
	TopSenders []SenderCount   // the most active senders, most first
	Header     []string        // a generic CSV's header, for the mapping step
	Columns    chatlog.Columns // a generic CSV's columns as used
	Shape      chatlog.Shape   // how pasted text was read
	Rows       []PasteRow      // pasted text's first lines as read
}

// SenderCount is a sender and how many events they wrote.
type SenderCount struct {
	Sender Sender `json:"sender"`
	Events int    `json:"events"`
}

// maxSenders bounds the senders a preview tracks (a huge export may have
// more; the import itself handles any number).
const maxSenders = 200000

// Preview reads the export at path and tells what importing it would do.
func (s *Service) Preview(ctx context.Context, req Request) (Preview, error) {
	src, err := openRequest(req)
	if err != nil {
		return Preview{}, err
	}
	defer src.Close()
	p := Preview{Name: src.name, Format: string(src.format)}
	if src.format == chatlog.Generic {
		p.Header = src.header()
		p.Columns, _ = chatlog.GuessColumns(p.Header)
		if req.Columns != nil {
			p.Columns = *req.Columns
		}
	}
	counts := map[string]*SenderCount{}
	rows := &pasteRows{}
	src.onSkip = rows.skipped
	stats, err := src.parse(req, func(e chatlog.Event) error {
		if p.Events%4096 == 0 && ctx.Err() != nil {
			return errs.ErrCancelled
		}
		if src.paste != nil {
			rows.event(e)
		}
		p.Events++
		if p.From.IsZero() || e.Time.Before(p.From) {
			p.From = e.Time
		}
		if e.Time.After(p.To) {
			p.To = e.Time
		}
		sd := senderOf(e)
		if c := counts[sd.Key]; c != nil {
			c.Events++
		} else if len(counts) < maxSenders {
			counts[sd.Key] = &SenderCount{Sender: sd, Events: 1}
		}
		return nil
	})
	if err != nil && src.format == chatlog.Generic && !errors.Is(err, errs.ErrCancelled) {
		// The mapping step needs the header and columns to fix what failed.
		return Preview{Name: p.Name, Format: p.Format, Header: p.Header, Columns: p.Columns}, err
	}
	if err != nil {
		return Preview{}, err
	}
	p.System, p.Skipped, p.Problems = stats.System, stats.Unreadable, stats.Problems
	p.Shape, p.Rows = src.shape, rows.rows
	return p, s.matchSenders(ctx, &p, counts)
}

// matchSenders sorts the senders into known, new and unsettled.
func (s *Service) matchSenders(ctx context.Context, p *Preview, counts map[string]*SenderCount) error {
	p.Senders = len(counts)
	for _, c := range counts {
		ids, err := s.members.MatchSender(ctx, c.Sender.Platform, c.Sender.ID, c.Sender.Name)
		if err != nil {
			return err
		}
		switch {
		case len(ids) == 0:
			p.New++
		case len(ids) == 1:
			p.Known++
		default:
			u := Unsettled{Sender: c.Sender, Events: c.Events}
			for _, id := range ids {
				m, err := s.members.Get(ctx, id)
				if err != nil {
					return err
				}
				u.Candidates = append(u.Candidates, Candidate{ID: m.ID, Nickname: m.Nickname, Remark: m.Remark, PlatformID: m.PlatformID})
			}
			p.Unsettled = append(p.Unsettled, u)
		}
	}
	p.TopSenders = topSenders(counts, 10)
	sortUnsettled(p.Unsettled)
	return nil
}
