package sheets

import (
	"bytes"
	"fmt"
	"time"

	"qunzhu/backend/errs"
)

var testNow = time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC)

var memberHeaders = []string{"用户昵称", "抖音号", "平台", "关注天数", "关注时间", "粉丝团等级", "是否铁粉", "来源", "标签", "备注", "说明"}

// memberCSV generates a realistic export with n members (about 110 bytes a row).
func memberCSV(n int) []byte {
	var b bytes.Buffer
	b.WriteString("\ufeff")
	for i, h := range memberHeaders {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(h)
	}
	b.WriteString("\r\n")
	for i := range n {
		fmt.Fprintf(&b, "粉丝%d✨,dy%09d,抖音,%d,2024/%d/%d,Lv.%d,%s,评论,\"老粉,活跃,第%d批\",小号%d,\"第一次来自直播间，喜欢互动 %d\"\r\n",
			i, i, i%3000, i%12+1, i%28+1, i%100, []string{"是", "否"}[i%2], i%50, i%7, i)
	}
	return b.Bytes()
}

// fieldsOf returns the field -> key of an Invalid error with fields.
func fieldsOf(err error) map[string]string {
	out := map[string]string{}
	if err == nil {
		return out
	}
	for f, fe := range errs.As(err).Fields {
		out[f] = fe.Key
	}
	return out
}
