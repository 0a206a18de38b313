package chatlog

import (
	"bytes"
	"fmt"
	"testing"
)

// A year of a busy group pasted: 100,000 messages in the name-time shape,
// some on two lines, with system lines between.
func BenchmarkParsePaste(b *testing.B) {
	var buf bytes.Buffer
	for i := range 100_000 {
		fmt.Fprintf(&buf, "粉丝%d号🌸 2026/%d/%d %02d:%02d:%02d\n今天的直播太好看了 @小鹿 第%d条\n", i%500, i%12+1, i%28+1, i%24, i%60, i%60, i)
		if i%10 == 0 {
			buf.WriteString("第二行也是这条消息\n")
		}
		if i%100 == 0 {
			fmt.Fprintf(&buf, "新人%d 加入了群聊\n", i)
		}
	}
	in := buf.Bytes()
	b.SetBytes(int64(len(in)))
	b.ResetTimer()
	for b.Loop() {
		_, st, err := ParsePaste(bytes.NewReader(in), PasteOptions{Day: pasteDay}, func(Event) error { return nil })
		if err != nil || st.Events != 100_000 {
			b.Fatal(st, err)
		}
	}
}
