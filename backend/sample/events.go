package sample

import (
	"database/sql"
	"math"
	"time"

	"qunzhu/backend/activity"
	"qunzhu/backend/summaries"
)

// The weekly rhythm (Monday first) and the hours fans write at: the seeds'
// best windows 07–09, 12–14 and 19–21 stand out.
var (
	weekdayPace = [7]float64{0.9, 0.8, 1.05, 0.8, 1.0, 1.2, 1.3}
	hourPace    = [24]float64{0.3, 0.1, 0.05, 0.02, 0.02, 0.05, 0.3, 1.2, 1.5, 0.8, 0.6, 0.8,
		1.6, 1.5, 0.8, 0.6, 0.6, 0.8, 1.0, 1.8, 2.0, 1.7, 1.2, 0.7}
	groupKinds = []weighted{{"message", 78}, {"reply", 8}, {"mention", 3}, {"checkin", 4}, {"like", 3},
		{"share", 2}, {"tip", 1}, {"post", 1}}
	fanKinds = []weighted{{"comment", 70}, {"like", 25}, {"share", 5}}
)

type weighted struct {
	kind   string
	weight int
}

// events writes every member's activity over the period in one
// transaction, in batches of rows, and counts the dashboard's summaries.
func (g *generator) events() error {
	return g.ws.DB.Tx(g.ctx, func(tx *sql.Tx) error {
		w := &eventWriter{tx: tx, g: g}
		for i := range g.people {
			if err := g.ctx.Err(); err != nil {
				return err
			}
			if err := g.personEvents(&g.people[i], w); err != nil {
				return err
			}
			g.partly(6*(i+1), 7*len(g.people)) // the last seventh is the dashboard's and the commit
		}
		if err := w.flush(); err != nil {
			return err
		}
		// the summaries count the events too
		return summaries.Record(g.ctx, tx, summaries.Rebuilt{Events: activity.Log{}})
	})
}

func (g *generator) personEvents(p *person, w *eventWriter) error {
	if p.rate == 0 {
		return nil
	}
	start, end := later(dayOf(p.joined), g.from), g.now
	if !p.left.IsZero() {
		end = p.left
	}
	span := g.now.Sub(g.from).Hours() / 24
	for d := start; d.Before(end); d = d.AddDate(0, 0, 1) {
		age := d.Sub(g.from).Hours() / 24
		pace := p.rate * weekdayPace[(int(d.Weekday())+6)%7] * (0.8 + 0.3*age/span) // the groups grow livelier
		if p.drifting && g.now.Sub(d) < 45*24*time.Hour {
			pace *= g.now.Sub(d).Hours() / (45 * 24)
		}
		for n := poisson(g, pace); n > 0; n-- {
			if err := w.add(g.eventOn(p, d)); err != nil {
				return err
			}
		}
	}
	return nil
}

func (g *generator) eventOn(p *person, day time.Time) activity.Generated {
	at := day.Add(time.Duration(g.hour())*time.Hour + time.Duration(g.r.IntN(3600))*time.Second)
	e := activity.Generated{MemberID: p.id, At: at.Unix()}
	if p.group < 0 {
		e.Kind, e.Chat = g.kind(fanKinds), pick(g.r, videos)
	} else {
		e.Kind, e.Chat = g.kind(groupKinds), g.groupList[p.group].name
		e.GroupID = g.groupList[p.group].id
	}
	switch e.Kind {
	case "message", "reply", "comment":
		e.Text = pick(g.r, messages)
	case "checkin":
		e.Text = "打卡"
	case "tip":
		e.Value = float64(1 + g.r.IntN(50))
	}
	return e
}

func (g *generator) hour() int {
	var total float64
	for _, w := range hourPace {
		total += w
	}
	u := g.r.Float64() * total
	for h, w := range hourPace {
		if u -= w; u < 0 {
			return h
		}
	}
	return 23
}

func (g *generator) kind(list []weighted) string {
	total := 0
	for _, k := range list {
		total += k.weight
	}
	u := g.r.IntN(total)
	for _, k := range list {
		if u -= k.weight; u < 0 {
			return k.kind
		}
	}
	return list[0].kind
}

// poisson draws a count with mean lambda (Knuth; lambda stays small).
func poisson(g *generator, lambda float64) int {
	l, k, p := math.Exp(-lambda), 0, 1.0
	for {
		p *= g.r.Float64()
		if p <= l {
			return k
		}
		k++
	}
}

func dayOf(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// eventWriter stores events through activity in multi-row statements.
type eventWriter struct {
	tx   *sql.Tx
	g    *generator
	rows []activity.Generated
}

const eventBatch = 250

func (w *eventWriter) add(e activity.Generated) error {
	w.g.rep.Events++
	e.Key = sampleKeys + int64(w.g.rep.Events) // ascending: the unique index on key grows at its end
	if w.rows = append(w.rows, e); len(w.rows) == eventBatch {
		return w.flush()
	}
	return nil
}

func (w *eventWriter) flush() error {
	err := activity.InsertGenerated(w.g.ctx, w.tx, w.rows)
	w.rows = w.rows[:0]
	return err
}

// sampleKeys starts the sample's event keys, far from where an import's
// hashes would likely fall together (there is one sample per database).
const sampleKeys = int64(-0x5a3d_0000_0000_0000)

func later(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}
