package memberimport_test

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"qunzhu/backend/memberimport"
	"qunzhu/backend/members"
	"qunzhu/backend/storetest"
)

// A member list exported with formula-like nicknames previews back with the
// nicknames as they were: the CSV's leading "'" is dropped again, and the
// XLSX never had one.
func TestExportedFormulaNamesImportBack(t *testing.T) {
	ctx := context.Background()
	m := members.NewService(storetest.Open(t))
	names := []string{`=HYPERLINK("http://evil.example","点我")`, "+1", "-2", "@x", "'quoted", "普通"}
	for i, n := range names {
		if _, err := m.Create(ctx, members.Input{Nickname: n, Platform: "douyin", PlatformID: "dy" + string(rune('a'+i))}); err != nil {
			t.Fatal(err)
		}
	}
	s := memberimport.NewService(m)
	for _, format := range []string{members.FormatCSV, members.FormatXLSX} {
		path := filepath.Join(t.TempDir(), "members."+format)
		_, err := m.Export(ctx, members.ExportRequest{Selection: members.Selection{Filter: &members.Filter{}}, Sort: "platformId",
			Columns: []string{"nickname", "platform", "platformId"}, Headers: []string{"昵称", "平台", "平台ID"}, Format: format, Path: path})
		if err != nil {
			t.Fatal(err)
		}
		p, err := s.Preview(ctx, memberimport.Request{Source: memberimport.Source{Path: path}, Platform: "douyin",
			Mapping: map[string]int{"nickname": 0, "platformId": 2}})
		if err != nil {
			t.Fatalf("%s: %v", format, err)
		}
		var got []string
		for _, d := range p.Rows {
			got = append(got, d.Nickname)
		}
		if !slices.Equal(got, names) {
			t.Errorf("%s: nicknames read back %q, want %q", format, got, names)
		}
	}
}
