// Package invites drafts a personal invitation for each chosen fan: the
// templates with their A/B variants, the checks before sending, the choice
// of recipients, the sending queue with its states, the funnel per
// variant, exports and the join card. Messages go out only through the
// clipboard: Qunzhu drafts, the creator sends.
package invites

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"unicode/utf8"

	"qunzhu/backend/errs"
	"qunzhu/backend/groups"
	"qunzhu/backend/keywords"
	"qunzhu/backend/store"
)

// Defaults and limits of the settings.
const (
	DefaultLimit      = 500 // characters a message may hold, for a platform not set
	DefaultRecentDays = 30  // skip members invited this recently
	DefaultSameMax    = 10  // warn when more invitations than this read the same
	MaxLimit          = 100000
	MaxRecentDays     = 3650
	MaxCreator        = 40
	MaxWords          = 2000
)

// defaultLimits are the per-platform message limits Qunzhu starts with.
var defaultLimits = map[string]int{"douyin": 300, "kuaishou": 300, "xiaohongshu": 500, "bilibili": 500,
	"weibo": 300, "wechat": 2000, "qq": 2000, "telegram": 4096, "whatsapp": 4096, "other": DefaultLimit}

// Settings are the invitation settings.
type Settings struct {
	Creator    string          `json:"creator"`    // fills {创作者}
	Limits     map[string]int  `json:"limits"`     // platform -> characters
	RecentDays int             `json:"recentDays"` // 0: never skip for a recent invitation
	SameMax    int             `json:"sameMax"`
	Words      []keywords.Word `json:"words"`  // the ad-law list; nil until the user edits it
	Seeded     bool            `json:"seeded"` // starter templates were added once
}

// Limit is the message limit for a platform.
func (s Settings) Limit(platform string) int {
	if n := s.Limits[platform]; n > 0 {
		return n
	}
	if n := defaultLimits[platform]; n > 0 {
		return n
	}
	return DefaultLimit
}

// WordsOrDefaults is the ad-law list: the user's, else the curated
// advertising-law words of backend/keywords in all three scripts (a text
// in Chinese breaks the law whatever the window's language), each with its
// reason in lang where the word exists there.
func (s Settings) WordsOrDefaults(lang string) []keywords.Word {
	if s.Words != nil {
		return s.Words
	}
	var out []keywords.Word
	seen := map[string]bool{}
	for _, l := range append([]string{lang}, "zh-CN", "zh-TW", "en") {
		for _, w := range keywords.Defaults(l) {
			if k := keywords.FoldString(w.Text); w.Category == keywords.AdLaw && !seen[k] {
				seen[k] = true
				out = append(out, w)
			}
		}
	}
	return out
}

func defaults() Settings {
	lim := map[string]int{}
	for k, v := range defaultLimits {
		lim[k] = v
	}
	return Settings{Limits: lim, RecentDays: DefaultRecentDays, SameMax: DefaultSameMax}
}

// Normalize trims the creator and the words.
func (s *Settings) Normalize() {
	s.Creator = strings.TrimSpace(s.Creator)
	for i := range s.Words {
		s.Words[i].Normalize()
		s.Words[i].Category = keywords.AdLaw
	}
}

// Validate returns an Invalid error naming every bad field.
func (s Settings) Validate() error {
	f := errs.Fields{}
	if utf8.RuneCountInString(s.Creator) > MaxCreator {
		f.Add("creator", "err.field.too_long", errs.Params{"Max": MaxCreator})
	}
	for p, n := range s.Limits {
		if !slices.Contains(groups.Platforms, p) {
			f.Add("limits", "err.group.platform", nil)
		} else if n < 1 || n > MaxLimit {
			f.Add("limits", "err.field.range", errs.Params{"Min": 1, "Max": MaxLimit})
		}
	}
	if s.RecentDays < 0 || s.RecentDays > MaxRecentDays {
		f.Add("recentDays", "err.field.range", errs.Params{"Min": 0, "Max": MaxRecentDays})
	}
	if s.SameMax < 1 || s.SameMax > MaxLimit {
		f.Add("sameMax", "err.field.range", errs.Params{"Min": 1, "Max": MaxLimit})
	}
	if len(s.Words) > MaxWords {
		f.Add("words", "err.invites.too_many_words", errs.Params{"Max": MaxWords})
	}
	for i, w := range s.Words {
		if w.Validate() != nil {
			f.Add("words", "err.invites.word", errs.Params{"Row": i + 1})
		}
	}
	return f.Err()
}

// Settings returns the stored settings, defaults filled in.
func (s *Service) Settings(ctx context.Context) (Settings, error) {
	return readSettings(ctx, s.db.Read())
}

func readSettings(ctx context.Context, q store.Queryer) (Settings, error) {
	var raw string
	if err := q.QueryRowContext(ctx, `SELECT value FROM invite_settings WHERE id = 1`).Scan(&raw); err != nil {
		return Settings{}, errs.Wrap(err, "read invite settings")
	}
	st := defaults()
	if err := json.Unmarshal([]byte(raw), &st); err != nil {
		return Settings{}, errs.Wrap(err, "decode invite settings")
	}
	if st.Limits == nil {
		st.Limits = defaults().Limits
	}
	return st, nil
}

// SaveSettings validates and stores the settings (Seeded is kept as stored).
func (s *Service) SaveSettings(ctx context.Context, st Settings) (Settings, error) {
	st.Normalize()
	if err := st.Validate(); err != nil {
		return Settings{}, err
	}
	err := s.db.Tx(ctx, func(tx txer) error {
		old, err := readSettings(ctx, tx)
		if err != nil {
			return err
		}
		st.Seeded = old.Seeded
		return writeSettings(ctx, tx, st)
	})
	if err != nil {
		return Settings{}, err
	}
	return s.Settings(ctx)
}

func writeSettings(ctx context.Context, tx txer, st Settings) error {
	b, _ := json.Marshal(st)
	_, err := tx.ExecContext(ctx, `UPDATE invite_settings SET value = ? WHERE id = 1`, string(b))
	return errs.Wrap(err, "save invite settings")
}
