package chatlog

import (
	"bytes"
	"time"
)

// beijing is the zone of Douyin's unix times and WeChat's CreateTime,
// used only when an export writes no wall clock.
var beijing = time.FixedZone("CST", 8*3600)

// wall builds a wall-clock time in time.UTC, refusing impossible dates and
// times such as February 30th or 24:00.
func wall(y, mo, d, h, mi, s int) (time.Time, bool) {
	if y < 1970 || y > 2200 || h > 23 || mi > 59 || s > 59 || h < 0 || mi < 0 || s < 0 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(mo), d, h, mi, s, 0, time.UTC)
	return t, int(t.Month()) == mo && t.Day() == d
}

// wallOfUnix is the Beijing wall clock of a unix time, as a time.UTC value.
func wallOfUnix(sec int64) time.Time {
	t := time.Unix(sec, 0).In(beijing)
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.UTC)
}

// half is the 12-hour marker written with a time, if any.
type half int8

const (
	h24  half = iota // no marker: a 24-hour clock
	am               // AM, 上午, 凌晨, 早上
	pm               // PM, 下午, 晚上
	noon             // 中午: 12 and 1 o'clock around midday
)

var chineseHalves = []struct {
	mark string
	half half
}{{"上午", am}, {"凌晨", am}, {"早上", am}, {"下午", pm}, {"晚上", pm}, {"中午", noon}}

// hour24 turns an hour written with marker m into a 24-hour one.
func hour24(h int, m half) (int, bool) {
	if m == h24 {
		return h, h >= 0 && h <= 23
	}
	if h < 1 || h > 12 {
		return 0, false
	}
	switch {
	case m == am:
		return h % 12, true
	case m == pm, m == noon && h < 11:
		return h%12 + 12, true
	}
	return h, true
}

// chineseHalf reads a Chinese marker such as 下午 at i, and the spaces after it.
func chineseHalf(b []byte, i int) (int, half) {
	if i >= len(b) || b[i] < 0x80 {
		return i, h24
	}
	for _, c := range chineseHalves {
		if bytes.HasPrefix(b[i:], []byte(c.mark)) {
			return skipSpaces(b, i+len(c.mark)), c.half
		}
	}
	return i, h24
}

// latinHalf reads " AM", " pm", " a.m.", " p. m." (any spaces, no-break or
// narrow no-break ones too, before the marker and inside it) at i.
// Without one it returns i unchanged.
func latinHalf(b []byte, i int) (int, half) {
	j := skipSpaces(b, i)
	if j >= len(b) {
		return i, h24
	}
	m := h24
	switch b[j] | 0x20 {
	case 'a':
		m = am
	case 'p':
		m = pm
	default:
		return i, h24
	}
	j++
	j += btoi(j < len(b) && b[j] == '.')
	j = skipSpaces(b, j)
	if j >= len(b) || b[j]|0x20 != 'm' {
		return i, h24
	}
	j++
	j += btoi(j < len(b) && b[j] == '.')
	return j, m
}

// atoi reads the decimal digits of b (callers check they are digits).
func atoi[T string | []byte](b T) int {
	n := 0
	for i := 0; i < len(b); i++ {
		n = n*10 + int(b[i]-'0')
	}
	return n
}
