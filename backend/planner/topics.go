package planner

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
	"qunzhu/locales"
)

// Topic kinds of a group's bank (seed 000's 每日话题 at 20:00, 成语接龙,
// 猜谜/猜歌, and seed 001's 投票 and 打卡), in the order the bank shows them.
// Each is also the kind of the planner item that uses it.
var TopicKinds = []string{"topic", "idiom_chain", "riddle", KindVote, "checkin"}

// Limits and defaults of the topic bank.
const (
	MaxTopicText    = 300
	StartersPerKind = 6
	TopicHour       = 20 // the seed's daily topic goes out at 8 pm
	TopicMinutes    = 30
)

// Topic is one entry of a group's bank.
type Topic struct {
	ID      int64
	GroupID int64
	Kind    string
	Text    string
	UsedAt  *time.Time
	ItemID  int64 // the item that used it, 0 when none (or deleted)
}

// Used reports whether an item took the topic.
func (t Topic) Used() bool { return t.UsedAt != nil }

// StarterTopics are the starter topics of kind in lang.
func StarterTopics(kind, lang string) []string {
	out := make([]string, StartersPerKind)
	for i := range out {
		out[i] = locales.Localize(lang, fmt.Sprintf("ui.rhythms.starter.%s.t%d", kind, i+1), nil)
	}
	return out
}

// Topics lists a group's bank, by kind then unused first; the first call
// for a group adds the starter topics in lang, once.
func (s *Service) Topics(ctx context.Context, group int64, lang string) ([]Topic, error) {
	if err := s.seedTopics(ctx, group, lang); err != nil {
		return nil, err
	}
	all, err := queryTopics(ctx, s.db.Read(), `group_id = ?`, group)
	slices.SortStableFunc(all, func(a, b Topic) int {
		return slices.Index(TopicKinds, a.Kind) - slices.Index(TopicKinds, b.Kind)
	})
	return all, err
}

func (s *Service) seedTopics(ctx context.Context, group int64, lang string) error {
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		if err := s.checkGroup(ctx, tx, group); err != nil {
			return err
		}
		now := store.Stamp(s.now())
		res, err := tx.ExecContext(ctx, `INSERT INTO planner_topic_seeded (group_id, lang, at) VALUES (?, ?, ?)
			ON CONFLICT DO NOTHING`, group, lang, now)
		if err != nil {
			return errs.Wrap(err, "mark topic bank seeded")
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return nil
		}
		for _, kind := range TopicKinds {
			for _, text := range StarterTopics(kind, lang) {
				if _, err := insertTopic(ctx, tx, group, kind, text, now); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// AddTopic puts a topic of kind into a group's bank.
func (s *Service) AddTopic(ctx context.Context, group int64, kind, text string) (Topic, error) {
	text = strings.TrimSpace(text)
	f := errs.Fields{}
	if !slices.Contains(TopicKinds, kind) {
		f.Add("kind", "err.planner.topic_kind", errs.Params{"Value": kind})
	}
	if text == "" || utf8.RuneCountInString(text) > MaxTopicText {
		f.Add("text", "err.planner.topic_text", errs.Params{"Max": MaxTopicText})
	}
	if err := f.Err(); err != nil {
		return Topic{}, err
	}
	var id int64
	err := s.db.Tx(ctx, func(tx *sql.Tx) (err error) {
		if err = s.checkGroup(ctx, tx, group); err != nil {
			return err
		}
		id, err = insertTopic(ctx, tx, group, kind, text, store.Stamp(s.now()))
		return err
	})
	if err != nil {
		return Topic{}, err
	}
	return getTopic(ctx, s.db.Read(), id)
}

// DeleteTopic removes a topic from its bank.
func (s *Service) DeleteTopic(ctx context.Context, id int64) error {
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		if _, err := getTopic(ctx, tx, id); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `DELETE FROM planner_topics WHERE id = ?`, id)
		return errs.Wrap(err, "delete topic")
	})
}

// ReuseTopic clears a topic's used mark so that it comes round again.
func (s *Service) ReuseTopic(ctx context.Context, id int64) (Topic, error) {
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		if _, err := getTopic(ctx, tx, id); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `UPDATE planner_topics SET used_at = NULL, item_id = NULL WHERE id = ?`, id)
		return errs.Wrap(err, "reuse topic")
	})
	if err != nil {
		return Topic{}, err
	}
	return getTopic(ctx, s.db.Read(), id)
}

// NextDraft fills an item from the oldest unused topic of kind in a
// group's bank, on day at 20:00; saving the item marks the topic used.
func (s *Service) NextDraft(ctx context.Context, group int64, kind string, day time.Time, lang string) (Input, error) {
	if err := s.seedTopics(ctx, group, lang); err != nil {
		return Input{}, err
	}
	list, err := queryTopics(ctx, s.db.Read(), `group_id = ? AND kind = ? AND used_at IS NULL`, group, kind)
	if err != nil {
		return Input{}, err
	}
	if len(list) == 0 {
		return Input{}, errs.New(errs.NotFound, "err.planner.topics_empty",
			errs.Params{"Kind": locales.Localize(lang, "ui.planner.kind."+kind, nil)})
	}
	return draftOf(list[0], day), nil
}

func draftOf(t Topic, day time.Time) Input {
	in := Input{GroupID: t.GroupID, Kind: t.Kind, Category: DefaultCategory(t.Kind), Title: t.Text,
		Start: dayOf(day).Add(TopicHour * time.Hour), Minutes: TopicMinutes, TopicID: t.ID}
	if utf8.RuneCountInString(t.Text) > MaxTitle {
		in.Title = string([]rune(t.Text)[:MaxTitle-1]) + "…"
		in.Notes = t.Text
	}
	return in
}

// useTopic marks in's topic used by item inside tx: it must be of the
// item's group and not used by another item yet.
func useTopic(ctx context.Context, tx *sql.Tx, in Input, item int64, now string) error {
	if in.TopicID == 0 {
		return nil
	}
	t, err := getTopic(ctx, tx, in.TopicID)
	if err != nil {
		return err
	}
	if t.GroupID != in.GroupID {
		return errs.New(errs.Invalid, "err.planner.topic_group", nil)
	}
	if t.Used() && t.ItemID != item {
		return errs.New(errs.Conflict, "err.planner.topic_used", errs.Params{"Text": t.Text})
	}
	_, err = tx.ExecContext(ctx, `UPDATE planner_topics SET used_at = ?, item_id = ? WHERE id = ?`, now, item, t.ID)
	return errs.Wrap(err, "mark topic used")
}

// releaseTopics puts back, unused, the topics of the items Delete removes
// (the item id, or with series its whole series).
func releaseTopics(ctx context.Context, tx *sql.Tx, id int64, series bool, name string) error {
	_, err := tx.ExecContext(ctx, `UPDATE planner_topics SET used_at = NULL, item_id = NULL WHERE item_id IN
		(SELECT id FROM planner_items WHERE id = ? OR (? AND series != '' AND series = ?))`, id, series, name)
	return errs.Wrap(err, "release topics")
}

func insertTopic(ctx context.Context, tx *sql.Tx, group int64, kind, text, now string) (int64, error) {
	res, err := tx.ExecContext(ctx, `INSERT INTO planner_topics (group_id, kind, text, created_at) VALUES (?, ?, ?, ?)`,
		group, kind, text, now)
	if err != nil {
		return 0, errs.Wrap(err, "insert topic")
	}
	return res.LastInsertId()
}

const topicColumns = `SELECT id, group_id, kind, text, used_at, COALESCE(item_id, 0) FROM planner_topics WHERE `

func scanTopic(r scanner) (Topic, error) {
	var t Topic
	var used sql.NullString
	if err := r.Scan(&t.ID, &t.GroupID, &t.Kind, &t.Text, &used, &t.ItemID); err != nil {
		return t, err
	}
	if used.Valid {
		at, _ := store.ParseStamp(used.String)
		t.UsedAt = &at
	}
	return t, nil
}

func getTopic(ctx context.Context, q store.Queryer, id int64) (Topic, error) {
	t, err := scanTopic(q.QueryRowContext(ctx, topicColumns+`id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return t, errs.New(errs.NotFound, "err.planner.topic_not_found", errs.Params{"ID": id})
	}
	return t, errs.Wrap(err, "get topic")
}

func queryTopics(ctx context.Context, q store.Queryer, where string, args ...any) ([]Topic, error) {
	rows, err := q.QueryContext(ctx, topicColumns+where+` ORDER BY used_at IS NOT NULL, used_at, id`, args...)
	if err != nil {
		return nil, errs.Wrap(err, "query topics")
	}
	defer rows.Close()
	out := []Topic{}
	for rows.Next() {
		t, err := scanTopic(rows)
		if err != nil {
			return nil, errs.Wrap(err, "scan topic")
		}
		out = append(out, t)
	}
	return out, errs.Wrap(rows.Err(), "read topics")
}
