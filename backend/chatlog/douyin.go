package chatlog

import (
	"bufio"
	"encoding/json"
	"io"
	"strconv"
	"strings"
)

// dyComment is one comment as MediaCrawler stores it (the fields used).
type dyComment struct {
	CommentID  flex `json:"comment_id"`
	CreateTime flex `json:"create_time"`
	AwemeID    flex `json:"aweme_id"`
	Content    flex `json:"content"`
	UserID     flex `json:"user_id"`
	SecUID     flex `json:"sec_uid"`
	Nickname   flex `json:"nickname"`
	ParentID   flex `json:"parent_comment_id"`
}

// parseDouyin reads MediaCrawler comments, telling a JSON array, JSON
// lines and CSV apart by the first character.
func parseDouyin(r io.Reader, s *sink) error {
	text, err := openText(r)
	if err != nil {
		return err
	}
	switch firstByte(text) {
	case '[':
		j := newJSONStream(text)
		return j.array(func(line int) error {
			var c dyComment
			if ok, err := j.item(s, &c); !ok {
				return err
			}
			return c.emit(s, line)
		})
	case '{':
		return douyinLines(text, s)
	}
	return douyinCSV(text, s)
}

// douyinLines reads JSON lines, one comment a line.
func douyinLines(text io.Reader, s *sink) error {
	lr := newLineReader(text)
	for {
		line, ok := lr.next()
		if !ok {
			return lr.err()
		}
		if len(line) == 0 {
			continue
		}
		var c dyComment
		if err := json.Unmarshal(line, &c); err != nil {
			s.problem(lr.n, keyBadLine)
			continue
		}
		if err := c.emit(s, lr.n); err != nil {
			return err
		}
	}
}

// douyinCSV reads MediaCrawler's CSV by header names.
func douyinCSV(text io.Reader, s *sink) error {
	t, err := openCSV(text)
	if err != nil {
		return err
	}
	cols := [8]int{t.col("comment_id"), t.col("create_time"), t.col("aweme_id"), t.col("content"),
		t.col("user_id"), t.col("sec_uid"), t.col("nickname"), t.col("parent_comment_id")}
	if cols[0] < 0 {
		return errMissingColumn("comment_id")
	}
	if cols[3] < 0 {
		return errMissingColumn("content")
	}
	return t.each(s, func(rec []string, line int) error {
		var v [8]flex
		for i, c := range cols {
			v[i] = flex(field(rec, c))
		}
		c := dyComment{v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]}
		return c.emit(s, line)
	})
}

// emit sends the comment on: kind comment, or reply when it has a parent.
func (c *dyComment) emit(s *sink, line int) error {
	sec, ok := unixSeconds(string(c.CreateTime))
	if !ok {
		s.problem(line, keyBadTime)
		return nil
	}
	e := Event{Line: line, Chat: string(c.AwemeID), Sender: string(c.Nickname), Platform: PlatformDouyin,
		SenderID: cmpOr(string(c.SecUID), string(c.UserID)), Time: wallOfUnix(sec), Kind: KindComment, Text: string(c.Content)}
	if p := string(c.ParentID); p != "" && p != "0" {
		e.Kind = KindReply
	}
	if c.CommentID != "" {
		e.Key = "douyin:" + string(c.CommentID)
	}
	return s.emit(e)
}

// unixSeconds reads a unix time in seconds (or milliseconds, by size),
// written as an integer or a float.
func unixSeconds(s string) (int64, bool) {
	f, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil || f <= 0 || f > 1e14 {
		return 0, false
	}
	if f > 1e11 {
		f /= 1000
	}
	return int64(f), true
}

// firstByte is the first byte of r that is not a space, without reading it.
func firstByte(r *bufio.Reader) byte {
	for n := 1; ; n++ {
		b, err := r.Peek(n)
		if len(b) < n || err != nil {
			return 0
		}
		if c := b[n-1]; c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			return c
		}
	}
}
