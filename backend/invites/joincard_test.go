package invites

import (
	"bytes"
	"image/png"
	"path/filepath"
	"strings"
	"testing"

	"qunzhu/backend/errs"
)

func TestJoinCard(t *testing.T) {
	f := newFixture(t)
	g := f.group("铁粉一群", 200, 30, 5, true)
	f.join(f.member("甲", "", 40, 6, true, "comment"), g)
	c, err := f.svc.JoinCard(ctx, g.ID, " https://v.douyin.com/abc123/ ", "zh-CN")
	if err != nil {
		t.Fatal(err)
	}
	want := "加入「铁粉一群」\n群口令：芝麻开门\n关注满 30 天\n粉丝团等级 5 级及以上\n仅限铁粉\n剩余名额 199 / 200\n链接：https://v.douyin.com/abc123/"
	if c.Text != want {
		t.Errorf("card text:\n%s\nwant:\n%s", c.Text, want)
	}
	img, err := png.Decode(bytes.NewReader(c.QR))
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() != 512 || b.Dy() != 512 {
		t.Errorf("QR is %v", b)
	}
	dark, light := 0, 0
	for y := 0; y < 512; y += 4 {
		for x := 0; x < 512; x += 4 {
			if r, _, _, _ := img.At(x, y).RGBA(); r < 0x8000 {
				dark++
			} else {
				light++
			}
		}
	}
	if dark < 1000 || light < 1000 {
		t.Errorf("QR has %d dark and %d light samples", dark, light)
	}
	again, _ := f.svc.JoinCard(ctx, g.ID, "https://v.douyin.com/abc123/", "zh-CN")
	if !bytes.Equal(again.QR, c.QR) {
		t.Errorf("the same link made a different QR code")
	}
	noLink, err := f.svc.JoinCard(ctx, g.ID, "", "en")
	if err != nil || noLink.QR != nil || strings.Contains(noLink.Text, "Link") || !strings.HasPrefix(noLink.Text, "Join \"铁粉一群\"") {
		t.Errorf("no link: %+v %v", noLink, err)
	}
	for _, bad := range []string{"javascript:alert(1)", "ftp://x", "not a link", "https://" + strings.Repeat("a", MaxLink)} {
		if _, err := f.svc.JoinCard(ctx, g.ID, bad, "en"); errs.CodeOf(err) != errs.Invalid {
			t.Errorf("link %.30q: %v", bad, err)
		}
	}
	path := filepath.Join(t.TempDir(), "card.png")
	if err := SavePNG(path, c.QR); err != nil {
		t.Fatal(err)
	}
	if err := SavePNG(path, []byte("GIF89a....")); errs.CodeOf(err) != errs.Invalid {
		t.Errorf("not a PNG: %v", err)
	}
}
