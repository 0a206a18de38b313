package cli_test

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestJielongParse(t *testing.T) {
	file := filepath.Join(t.TempDir(), "jl.txt")
	os.WriteFile(file, []byte("@所有人 #接龙 周六直播选题\n例 昵称 A\n\n1. 阿花 A\n2.小红 选B\n  晚点到\n3. \n"), 0o644)
	r := run(t, "", "jielong", "parse", file, "--json")
	type out struct {
		Title   string `json:"title"`
		Entries []struct {
			N    int    `json:"n"`
			Text string `json:"text"`
		} `json:"entries"`
	}
	got := decode[out](t, r)
	if got.Title != "周六直播选题" || len(got.Entries) != 2 || got.Entries[1].N != 2 || got.Entries[1].Text != "小红 选B\n晚点到" {
		t.Fatalf("jielong parse = %+v (%s)", got, r.stderr)
	}
	os.WriteFile(file, []byte("1. 阿花\n"), 0o644)
	if r := run(t, "", "jielong", "parse", file); r.code != 1 || r.stderr == "" {
		t.Errorf("no header: exit %d %q", r.code, r.stderr)
	}
}

func TestVotesParse(t *testing.T) {
	dir := t.TempDir()
	chat := filepath.Join(dir, "chat.txt")
	os.WriteFile(chat, []byte("阿花 A\n小红：选B\n哈哈\nTom b+c\n李雷 投2号\n阿花 C\n"), 0o644)
	type out struct {
		Tally []struct {
			Option string `json:"option"`
			Votes  int    `json:"votes"`
		} `json:"tally"`
		Voters int `json:"voters"`
		Unread []struct {
			Line   int    `json:"line"`
			Reason string `json:"reason"`
		} `json:"unread"`
		Superseded int `json:"superseded"`
	}
	got := decode[out](t, run(t, "", "votes", "parse", chat, "--options", "A,B,C", "--json"))
	var tally []int
	for _, row := range got.Tally {
		tally = append(tally, row.Votes)
	}
	if !reflect.DeepEqual(tally, []int{0, 2, 1}) || got.Voters != 3 || got.Superseded != 1 || len(got.Unread) != 2 {
		t.Fatalf("votes parse = %+v", got)
	}
	multi := decode[out](t, run(t, "", "votes", "parse", chat, "--options", "A,B,C", "--multiple", "--max", "2"))
	if multi.Voters != 4 || len(multi.Unread) != 1 || multi.Unread[0].Line != 3 {
		t.Fatalf("multiple = %+v", multi)
	}
	jl := filepath.Join(dir, "jl.txt")
	os.WriteFile(jl, []byte("#接龙\n投票\n1. 阿花 A\n2. 小红 B\n3. 小刚 B\n"), 0o644)
	if j := decode[out](t, run(t, "", "votes", "parse", jl, "--options", "A,B")); j.Voters != 3 || j.Tally[1].Votes != 2 {
		t.Fatalf("接龙 = %+v", j)
	}
	if r := run(t, "", "votes", "parse", chat, "--options", "A"); r.code != 2 {
		t.Errorf("one option: exit %d", r.code)
	}
}
