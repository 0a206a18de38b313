package cli_test

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// funnel prints a group's shop funnel over a period after a generic CSV
// import: 2 clickers, 1 inquirer, 2 buyers (¥120 + ¥30), 小林 flagged (bought
// 3 days after joining), 阿花 not (20 days); a bad period is refused.
func TestFunnel(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "q.db")
	run(t, db, "groups", "add", "--name", "店铺群", "--platform", "douyin", "--capacity", "500")
	file := filepath.Join(dir, "shop.csv")
	os.WriteFile(file, []byte(strings.Join([]string{
		"昵称,用户id,时间,类型,金额",
		"阿花,u1,2026-10-12 09:00,message,",
		"阿花,u1,2026-11-01 09:00,click,",
		"小林,u2,2026-11-02 09:00,点击,",
		"阿花,u1,2026-11-01 10:00,咨询,",
		"阿花,u1,2026-11-01 11:00,purchase,¥120",
		"小林,u2,2026-11-05 12:00,购买,30",
		"小林,u2,2026-12-05 12:00,purchase,999",
	}, "\n")+"\n"), 0o644)
	if r := run(t, db, "activity", "import", file, "--group", "店铺群"); r.code != 0 {
		t.Fatalf("import: %s", r.stderr)
	}
	r := run(t, db, "funnel", "--group", "店铺群", "--from", "2026-11-01", "--to", "2026-11-30", "--json")
	f := decode[map[string]any](t, r)
	if r.code != 0 {
		t.Fatalf("funnel: exit %d, %s", r.code, r.stderr)
	}
	var steps [][3]float64
	for _, s := range f["steps"].([]any) {
		m := s.(map[string]any)
		steps = append(steps, [3]float64{m["events"].(float64), m["members"].(float64), m["value"].(float64)})
	}
	if want := [][3]float64{{2, 2, 0}, {1, 1, 0}, {2, 2, 150}}; !reflect.DeepEqual(steps, want) {
		t.Errorf("steps %v, want %v", steps, want)
	}
	purchase := f["steps"].([]any)[2].(map[string]any)
	if f["revenue"] != 150.0 || f["overall"] != 1.0 || purchase["rate"] != 2.0 || f["trustDays"] != 15.0 {
		t.Errorf("revenue %v overall %v purchase rate %v trust %v", f["revenue"], f["overall"], purchase["rate"], f["trustDays"])
	}
	flagged := f["flagged"].([]any)
	if len(flagged) != 1 || f["flaggedTotal"] != 1.0 {
		t.Fatalf("flagged %v", flagged)
	}
	g := flagged[0].(map[string]any)
	if g["nickname"] != "小林" || g["joined"] != "2026-11-02" || g["firstPurchase"] != "2026-11-05 12:00" || g["days"] != 3.0 {
		t.Errorf("flagged %v", g)
	}
	for _, bad := range [][]string{{"--from", "2026-11-01"}, {"--group", "无此群"}, {"--from", "2026-11-30", "--to", "2026-11-01"}} {
		if r := run(t, db, append([]string{"funnel"}, bad...)...); r.code == 0 {
			t.Errorf("funnel %v: exit 0, %s", bad, r.stdout)
		}
	}
}
