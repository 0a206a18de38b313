package points

import (
	"math"

	"qunzhu/backend/activity"
)

// Source is where points came from.
type Source string

// Sources of points.
const (
	SourceMessage    Source = "message"
	SourceReply      Source = "reply"
	SourceCheckin    Source = "checkin"
	SourceJielong    Source = "jielong"
	SourcePurchase   Source = "purchase"
	SourceVote       Source = "vote"
	SourceLottery    Source = "lottery"
	SourceInvitation Source = "invitation"
	SourceViolation  Source = "violation"
	SourceManual     Source = "manual"
)

// kind is a Source as a small number for the scan; kindNone earns nothing.
type kind uint8

const (
	kindNone kind = iota
	kindMessage
	kindReply
	kindCheckin
	kindJielong
	kindPurchase
	kindVote
	kindLottery
	kindInvitation
	kindViolation
	kindManual
	kinds
)

// Sources lists every source, in kind order.
var Sources = []Source{SourceMessage, SourceReply, SourceCheckin, SourceJielong, SourcePurchase,
	SourceVote, SourceLottery, SourceInvitation, SourceViolation, SourceManual}

func (k kind) source() Source { return Sources[k-1] }

// eventKinds turns an event's kind into a kind number: chat messages,
// comments and posts are messages, @mentions count as replies.
var eventKinds = activity.KindNumbers{"message": 1, "comment": 1, "post": 1,
	"reply": 2, "mention": 2, "checkin": 3, "jielong": 4, "purchase": 5}

// cell is one member's points in one group (0: none), with the state of
// the day the caps need: messages are counted up to the daily cap, a
// check-in once a day. Facts reach a cell in time order.
type cell struct {
	group              int64
	total, month, week int64
	day                int32 // the day msgs counts
	msgs               int32
	checkinDay         int32
}

func newCell(group int64) cell {
	return cell{group: group, day: math.MinInt32, checkinDay: math.MinInt32}
}

// award is what a fact of kind k on day earns under r, given the cell's
// day so far (which it updates); value is a purchase's amount or a manual
// award's points.
func (c *cell) award(k kind, day int32, value float64, r *Rules) int64 {
	switch k {
	case kindMessage:
		if c.day != day {
			c.day, c.msgs = day, 0
		}
		if int(c.msgs) >= r.MessageDailyCap {
			return 0
		}
		c.msgs++
		return int64(r.Message)
	case kindReply:
		return int64(r.Reply)
	case kindCheckin:
		if c.checkinDay == day {
			return 0
		}
		c.checkinDay = day
		return int64(r.Checkin)
	case kindJielong:
		return int64(r.Jielong)
	case kindPurchase:
		return int64(math.Floor(value/r.PurchaseUnit + 1e-9))
	}
	return r.constant(k, value)
}

// constant is what the uncapped record kinds earn.
func (r *Rules) constant(k kind, value float64) int64 {
	switch k {
	case kindVote:
		return int64(r.Vote)
	case kindLottery:
		return int64(r.Lottery)
	case kindInvitation:
		return int64(r.Invitation)
	case kindViolation:
		return int64(r.Violation)
	case kindManual:
		return int64(value)
	}
	return 0
}

// periods are the first days (wall unix days) of this month and this week.
type periods struct{ month, week int32 }

// add counts pts earned on day into the cell's periods.
func (c *cell) add(pts int64, day int32, p periods) {
	c.total += pts
	if day >= p.month {
		c.month += pts
	}
	if day >= p.week {
		c.week += pts
	}
}
