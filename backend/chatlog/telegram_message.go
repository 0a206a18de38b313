package chatlog

import (
	"encoding/json"
	"strconv"
	"strings"
	"time"
)

// tgMessage is one element of a chat's "messages".
type tgMessage struct {
	ID        flex    `json:"id"`
	Type      string  `json:"type"`
	Date      string  `json:"date"`
	DateUnix  flex    `json:"date_unixtime"`
	From      *string `json:"from"`
	FromID    flex    `json:"from_id"`
	Text      tgText  `json:"text"`
	ReplyTo   flex    `json:"reply_to_message_id"`
	Photo     flex    `json:"photo"`
	File      flex    `json:"file"`
	MediaType flex    `json:"media_type"`
}

// event turns the message into an Event; false when its date is bad.
func (m *tgMessage) event(c *tgChat, line int) (Event, bool) {
	t, ok := m.time()
	e := Event{Line: line, Chat: c.name, SenderID: string(m.FromID), Platform: PlatformTelegram, Time: t, Text: m.Text.text}
	e.Sender = e.SenderID
	if m.From != nil && *m.From != "" {
		e.Sender = *m.From
	}
	e.Kind = classify(e.Text, m.hint())
	if e.Kind == KindMessage && m.Text.mention {
		e.Kind = KindMention
	}
	if m.ID != "" {
		e.Key = "telegram:" + cmpOr(string(c.id), c.name) + ":" + string(m.ID)
	}
	return e, ok
}

// time is when the message was sent. date_unixtime is exact and enough
// alone; date is the exporting computer's wall clock, without a zone. With
// both, the wall clock is the exact time in date's zone (which it then
// equals); with date_unixtime alone, in Beijing time like the other
// exports that write unix times.
func (m *tgMessage) time() (time.Time, bool) {
	wall, ok := isoTime(m.Date)
	sec, err := strconv.ParseInt(string(m.DateUnix), 10, 64)
	if err != nil || sec <= 0 {
		return wall, ok
	}
	if offset := wall.Unix() - sec; ok && offset%60 == 0 && offset >= -14*3600 && offset <= 14*3600 {
		return time.Unix(sec+offset, 0).UTC(), true
	}
	return wallOfUnix(sec), true
}

// hint is the kind the message's fields imply.
func (m *tgMessage) hint() Kind {
	switch {
	case m.ReplyTo != "":
		return KindReply
	case m.Photo != "" || m.File != "" || m.MediaType != "":
		return KindPost
	}
	return ""
}

// tgText is a message's "text": a string, or an array of strings and
// entities such as {"type": "bold", "text": "x"}.
type tgText struct {
	text    string
	mention bool // an entity of type mention or mention_name
}

func (t *tgText) UnmarshalJSON(b []byte) error {
	var parts []json.RawMessage
	if err := json.Unmarshal(b, &parts); err != nil {
		var s flex
		err = s.UnmarshalJSON(b)
		t.text = string(s)
		return err
	}
	var sb strings.Builder
	for _, raw := range parts {
		var ent struct {
			Type string `json:"type"`
			Text string `json:"text"`
		}
		if err := json.Unmarshal(raw, &ent.Text); err != nil {
			if err := json.Unmarshal(raw, &ent); err != nil {
				return err
			}
		}
		sb.WriteString(ent.Text)
		t.mention = t.mention || ent.Type == "mention" || ent.Type == "mention_name"
	}
	t.text = sb.String()
	return nil
}
