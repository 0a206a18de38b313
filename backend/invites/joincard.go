package invites

import (
	"context"
	"net/url"
	"os"
	"strings"

	qrcode "github.com/skip2/go-qrcode"

	"qunzhu/backend/errs"
	"qunzhu/locales"
)

// MaxLink caps the link a QR code is made from.
const MaxLink = 1000

// Card is a group's join card: lines to paste or post and, when a link
// was given, its QR code as PNG.
type Card struct {
	GroupName string
	Lines     []string
	Text      string
	Link      string
	QR        []byte // PNG, nil without a link
}

// JoinCard makes the card for a group in lang. The QR code is made here,
// by a Go library: nothing leaves the computer.
func (s *Service) JoinCard(ctx context.Context, group int64, link, lang string) (Card, error) {
	g, err := s.groups.Get(ctx, group)
	if err != nil {
		return Card{}, err
	}
	link = strings.TrimSpace(link)
	if err := checkLink(link); err != nil {
		return Card{}, err
	}
	l := func(key string, p map[string]any) string { return locales.Localize(lang, "ui.invites.card."+key, p) }
	c := Card{GroupName: g.Name, Link: link}
	c.Lines = append(c.Lines, l("title", map[string]any{"Name": g.Name}))
	if g.JoinCode != "" {
		c.Lines = append(c.Lines, l("code", map[string]any{"Code": g.JoinCode}))
	}
	if g.MinDaysFollowed > 0 {
		c.Lines = append(c.Lines, l("days", map[string]any{"Days": g.MinDaysFollowed}))
	}
	if g.MinFanLevel > 0 {
		c.Lines = append(c.Lines, l("level", map[string]any{"Level": g.MinFanLevel}))
	}
	if g.IronFansOnly {
		c.Lines = append(c.Lines, l("iron", nil))
	}
	c.Lines = append(c.Lines, l("places", map[string]any{"Free": max(g.Capacity-g.Members, 0), "Capacity": g.Capacity}))
	if link != "" {
		c.Lines = append(c.Lines, l("link", map[string]any{"Link": link}))
		if c.QR, err = QR(link, 512); err != nil {
			return Card{}, err
		}
	}
	c.Text = strings.Join(c.Lines, "\n")
	return c, nil
}

func checkLink(link string) error {
	if link == "" {
		return nil
	}
	u, err := url.Parse(link)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || len(link) > MaxLink {
		return errs.Fields{"link": {Key: "err.invites.link"}}.Err()
	}
	return nil
}

// QR encodes text as a size×size PNG QR code (medium error correction).
func QR(text string, size int) ([]byte, error) {
	png, err := qrcode.Encode(text, qrcode.Medium, size)
	if err != nil {
		return nil, errs.Fields{"link": {Key: "err.invites.qr"}}.Err()
	}
	return png, nil
}

// SavePNG writes PNG bytes (a card drawn by the window) to path.
func SavePNG(path string, png []byte) error {
	if len(png) < 8 || string(png[1:4]) != "PNG" {
		return errs.Fields{"png": {Key: "err.invites.png"}}.Err()
	}
	return errs.Wrap(os.WriteFile(path, png, 0o644), "save png")
}
