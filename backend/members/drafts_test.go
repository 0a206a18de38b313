package members_test

import (
	"context"
	"fmt"
	"testing"

	"qunzhu/backend/members"
)

// withIDs is n drafts with ids and distinct names, rows from 2.
func withIDs(n int) []members.Draft {
	out := make([]members.Draft, n)
	for i := range out {
		out[i] = members.Draft{Row: i + 2, Nickname: fmt.Sprintf("fan%d", i), Platform: "douyin", PlatformID: fmt.Sprintf("dy%d", i)}
	}
	return out
}

// stream hands drafts to ImportDrafts in parts of size, the way a file
// being read does, with the reader's rejections.
func stream(drafts []members.Draft, size int, rejected []members.Problem) members.Drafts {
	chunks := make(chan []members.Draft)
	go func() {
		defer close(chunks)
		for i := 0; i < len(drafts); i += size {
			chunks <- drafts[i:min(i+size, len(drafts))]
		}
	}()
	return members.Drafts{Total: len(drafts) + len(rejected), Chunks: chunks, Rejected: func() []members.Problem { return rejected }}
}

// A row without an id that comes after hundreds of rows with ids (several
// multi-row chunks already stored) still finds the one member of this
// import with its exact name, and is ambiguous when two have it; the
// reader's rejections come first in the report.
func TestImportDraftsMatchesNamesAddedInEarlierChunks(t *testing.T) {
	cases := []struct {
		name     string
		namesake []int // rows (indexes) renamed 王伟, each with its own id
		added    int
		updated  int
		unsure   int
	}{
		{"one namesake: the same person", []int{10}, 450, 1, 0},
		{"two namesakes: ambiguous", []int{10, 300}, 450, 0, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s, _ := newService(t)
			drafts := withIDs(450)
			for _, i := range c.namesake {
				drafts[i].Nickname = "王伟"
			}
			drafts = append(drafts, members.Draft{Row: 452, Nickname: "王伟", Platform: "douyin", Remark: "老粉"})
			rejected := []members.Problem{{Row: 453, Field: "nickname", Key: "err.member.nickname_required"}}
			rep, err := s.ImportDrafts(context.Background(), stream(drafts, 100, rejected),
				members.ImportOptions{OnDuplicate: members.OnDuplicateUpdate, SkipInvalid: true}, nil)
			if err != nil || rep.Added != c.added || rep.Updated != c.updated || len(rep.Ambiguous) != c.unsure {
				t.Fatalf("report %+v, %v; want added %d updated %d ambiguous %d", rep, err, c.added, c.updated, c.unsure)
			}
			if len(rep.Invalid) != 1 || rep.Invalid[0].Row != 453 {
				t.Errorf("invalid = %+v, want the reader's row 453", rep.Invalid)
			}
			if c.unsure == 1 && len(rep.Ambiguous[0].Candidates) != 2 {
				t.Errorf("candidates = %+v, want both 王伟", rep.Ambiguous[0].Candidates)
			}
		})
	}
}
