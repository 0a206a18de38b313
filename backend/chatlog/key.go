package chatlog

import (
	"crypto/sha1"
	"encoding/hex"
	"hash/maphash"
	"strconv"
	"strings"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/fold"
)

// keyer makes content keys for events without a platform message id:
// sha1 of platform, chat, time, sender (id, else name), text and the
// occurrence of that (sender, text) among the events sharing the time.
// Exports are in time order, so only the current run of equal times is
// remembered and memory does not grow with the file.
type keyer struct {
	chat    string
	at      time.Time
	seen    map[uint64]int
	seed    maphash.Seed
	scratch []byte
}

func newKeyer() *keyer {
	return &keyer{seen: map[uint64]int{}, seed: maphash.MakeSeed()}
}

// key returns the content key of e.
func (k *keyer) key(e *Event) string {
	if e.Chat != k.chat || !e.Time.Equal(k.at) {
		clear(k.seen)
		k.chat, k.at = e.Chat, e.Time
	}
	who := e.SenderID
	if who == "" {
		who = e.Sender
	}
	n := k.occurrence(who, e.Text)
	b := append(k.scratch[:0], e.Platform...)
	b = append(append(b, 0), e.Chat...)
	b = strconv.AppendInt(append(b, 0), e.Time.Unix(), 10)
	b = append(append(b, 0), who...)
	b = append(append(b, 0), e.Text...)
	b = strconv.AppendInt(append(b, 0), int64(n), 10)
	sum := sha1.Sum(b)
	b = append(append(b[:0], e.Platform...), ':')
	b = hex.AppendEncode(b, sum[:])
	k.scratch = b
	return string(b)
}

// occurrence counts how often (who, text) came before in the current run.
func (k *keyer) occurrence(who, text string) int {
	var h maphash.Hash
	h.SetSeed(k.seed)
	h.WriteString(who)
	h.WriteByte(0)
	h.WriteString(text)
	id := h.Sum64()
	n := k.seen[id]
	k.seen[id] = n + 1
	return n
}

// sink passes events to the caller's callback, filling in what every
// parser does the same way, and counts them.
type sink struct {
	fn    func(Event) error
	keys  *keyer
	stats Stats
	names names // display names (fold.Name) by the sender as written
}

// emit cleans e's text and names, gives it a content key unless it has
// one, and passes it on. A sender with neither a name nor an id once the
// invisible marks are gone is a problem at e's line, not an event.
func (s *sink) emit(e Event) error {
	e.Text = validText(e.Text)
	e.Sender = s.displayName(e.Sender)
	e.SenderID = strings.TrimSpace(validText(e.SenderID))
	if e.Sender == "" && e.SenderID == "" {
		s.problem(e.Line, keyNoSender)
		return nil
	}
	if e.Key == "" {
		e.Key = s.keys.key(&e)
	}
	s.stats.Events++
	return s.fn(e)
}

// displayName is fold.Name(raw), worked out once per sender: chats have
// few senders and many messages.
func (s *sink) displayName(raw string) string {
	if name, ok := s.names[raw]; ok {
		return name
	}
	name := fold.Name(raw)
	if s.names == nil {
		s.names = names{}
	}
	if len(s.names) < maxNames {
		s.names[raw] = name
	}
	return name
}

// skip counts a service or system message left out.
func (s *sink) skip() { s.stats.System++ }

// problem counts a line that could not be read, naming the first few.
func (s *sink) problem(line int, key string) {
	s.stats.Unreadable++
	if len(s.stats.Problems) < MaxProblems {
		s.stats.Problems = append(s.stats.Problems, Problem{Line: line, Key: key})
	}
}

// verdict refuses an export most of which could not be read: more messages
// or lines were unreadable than were read (system messages included). It is
// then not the format it looked like, and nothing of it is kept.
func (s *sink) verdict() error {
	st := &s.stats
	if st.Unreadable == 0 || st.Unreadable <= st.Events+st.System {
		return nil
	}
	return &errs.Error{Code: errs.Invalid, Key: keyMostlyUnreadable,
		Params: errs.Params{"Line": st.Problems[0].Line, "Count": st.Unreadable}}
}
