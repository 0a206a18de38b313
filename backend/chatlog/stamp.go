package chatlog

import (
	"regexp"
	"time"
)

// stampRe matches the line starts of QQ and WeChat text exports:
// `2019-05-12 20:15:01 rest`, `2019-5-12 下午 8:15:01 rest`,
// `2019-05-12 8:15:01 PM rest`.
var stampRe = regexp.MustCompile(`^(\d{4})-(\d{1,2})-(\d{1,2}) +(?:(上午|下午|凌晨|早上|中午|晚上) *)?(\d{1,2}):(\d{2}):(\d{2})(?: *([AaPp]\.? ?[Mm]\.?))?(?: +(.*))?$`)

// stamp is a line that starts with a date and time.
type stamp struct {
	time  time.Time
	valid bool   // false for impossible dates such as 2019-02-30
	rest  []byte // what follows the time
}

// stamped reads a date-and-time line start.
func stamped(b []byte) (stamp, bool) {
	if len(b) < 16 || b[0] < '0' || b[0] > '9' {
		return stamp{}, false
	}
	m := stampRe.FindSubmatch(b)
	if m == nil {
		return stamp{}, false
	}
	h, ok := hour24(atoi(m[5]), halfOf(string(m[4])+string(m[8])))
	t, valid := wall(atoi(m[1]), atoi(m[2]), atoi(m[3]), h, atoi(m[6]), atoi(m[7]))
	return stamp{time: t, valid: ok && valid, rest: m[9]}, true
}

// halfOf reads a 12-hour marker: a Chinese one or am/pm in any spelling.
func halfOf(marker string) half {
	if marker == "" {
		return h24
	}
	if _, m := chineseHalf([]byte(marker), 0); m != h24 {
		return m
	}
	if marker[0]|0x20 == 'a' {
		return am
	}
	return pm
}
