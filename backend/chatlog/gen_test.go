package chatlog

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"
)

var genStart = time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)

// writeGenerated writes a file in a temporary directory with gen.
func writeGenerated(tb testing.TB, name string, gen func(w *bufio.Writer)) string {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), name)
	f, err := os.Create(path)
	if err != nil {
		tb.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	gen(w)
	if err := w.Flush(); err != nil {
		tb.Fatal(err)
	}
	if err := f.Close(); err != nil {
		tb.Fatal(err)
	}
	return path
}

// genText is the text of generated message i; every 10th has two lines.
func genText(b []byte, i int) []byte {
	switch {
	case i%50 == 0:
		return append(b, "<Media omitted>"...)
	case i%10 == 0:
		return strconv.AppendInt(append(b, "第二条消息 message "...), int64(i), 10)
	}
	b = append(b, "今天的直播太好看了 see you tomorrow #"...)
	return strconv.AppendInt(b, int64(i), 10)
}

// genWhatsApp writes an Android export of n messages, 30 s apart, from 500
// senders, with a system line every 1,000.
func genWhatsApp(w *bufio.Writer, n int) {
	var b []byte
	for i := range n {
		t := genStart.Add(time.Duration(i) * 30 * time.Second)
		b = t.AppendFormat(b[:0], "02.01.2006, 15:04 - ")
		if i%1000 == 999 {
			w.Write(append(b, "Anna added Ben\n"...))
		}
		b = strconv.AppendInt(append(b, "粉丝 "...), int64(i%500), 10)
		b = genText(append(b, ": "...), i)
		if i%10 == 0 {
			b = append(b, "\nsecond line"...)
		}
		w.Write(append(b, '\n'))
	}
}

// genWeChatCSV writes a MemoTrace CSV of n group messages.
func genWeChatCSV(w *bufio.Writer, n int) {
	w.WriteString("\ufefflocalId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,NickName,Sender\r\n")
	var b []byte
	for i := range n {
		t := genStart.Add(time.Duration(i) * 30 * time.Second)
		b = strconv.AppendInt(b[:0], int64(i+1), 10)
		b = append(b, ",123456@chatroom,1,0,0,"...)
		b = strconv.AppendInt(b, t.Unix()-8*3600, 10)
		b = genText(append(b, ",2,\""...), i)
		if i%10 == 0 {
			b = append(b, "\n第二行, with comma"...)
		}
		b = t.AppendFormat(append(b, "\","...), "2006-01-02 15:04:05")
		b = strconv.AppendInt(append(b, ",,粉丝"...), int64(i%500), 10)
		b = strconv.AppendInt(append(b, ",wxid_fan"...), int64(i%500), 10)
		w.Write(append(b, "\r\n"...))
	}
}

// genTelegram writes a pretty-printed one-chat export of n messages.
func genTelegram(w *bufio.Writer, n int) {
	w.WriteString("{\n \"name\": \"Fans\",\n \"type\": \"public_supergroup\",\n \"id\": 42,\n \"messages\": [\n")
	var b []byte
	for i := range n {
		t := genStart.Add(time.Duration(i) * 30 * time.Second)
		b = strconv.AppendInt(append(b[:0], "  {\n   \"id\": "...), int64(i+1), 10)
		b = t.AppendFormat(append(b, ",\n   \"type\": \"message\",\n   \"date\": \""...), "2006-01-02T15:04:05")
		b = strconv.AppendInt(append(b, "\",\n   \"from\": \"粉丝"...), int64(i%500), 10)
		b = strconv.AppendInt(append(b, "\",\n   \"from_id\": \"user"...), int64(i%500), 10)
		b = append(b, "\",\n   \"text\": [\"hi \", {\"type\": \"bold\", \"text\": \""...)
		b = genText(b, i)
		b = append(b, "\"}]\n  }"...)
		if i < n-1 {
			b = append(b, ',')
		}
		w.Write(append(b, '\n'))
	}
	w.WriteString(" ]\n}\n")
}
