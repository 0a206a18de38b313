package sample

import (
	"fmt"
	"math/rand/v2"
)

// Nickname parts: fans pick cute, food and nature words, often with a
// prefix, a suffix or a number.
var (
	nickPrefixes = []string{"", "", "", "小", "阿", "大", "是", "爱吃", "今天也", "一只"}
	nickCores    = []string{"鱼", "橙子", "猫", "星星", "柚子", "糖", "月亮", "兔", "桃子", "晴天", "可乐", "芒果",
		"豆豆", "果冻", "奶茶", "栗子", "麦子", "雪球", "布丁", "团子", "西瓜", "柠檬", "koala", "Luna", "Kiki",
		"阿狸", "椰子", "蘑菇", "饺子", "海盐", "小熊", "白桃", "山楂", "薄荷", "云朵", "向日葵", "木木", "七七"}
	nickSuffixes = []string{"", "", "", "酱", "呀", "子", "同学", "不加糖", "plus", "本人", "の日常", "🍑"}
)

// nickname makes a plausible fan nickname; some carry a number.
func nickname(r *rand.Rand) string {
	n := pick(r, nickPrefixes) + pick(r, nickCores) + pick(r, nickSuffixes)
	if r.IntN(3) == 0 {
		n += fmt.Sprint(r.IntN(2000))
	}
	return n
}

func pick[T any](r *rand.Rand, list []T) T { return list[r.IntN(len(list))] }

// platformID is a member's id on a platform, unique by its number.
func platformID(platform string, n int) string {
	switch platform {
	case "wechat":
		return fmt.Sprintf("wxid_s%07d", n)
	case "qq":
		return fmt.Sprint(10000000 + n*7)
	default:
		return fmt.Sprintf("dy%09d", 100000000+n*13)
	}
}

// Things fans say in the groups.
var messages = []string{"早上好呀", "来了来了", "打卡", "哈哈哈哈", "太好看了吧", "求链接", "今天的视频绝了",
	"学到了，谢谢", "这个我也想试试", "+1", "同问", "蹲一个教程", "下期想看测评", "晚安～", "收到", "冲冲冲",
	"终于等到了", "这个颜色好适合秋天", "第一次在群里说话", "姐妹们有推荐吗", "已三连", "坐等直播",
	"好喜欢这个群的氛围", "有没有人一起", "笑死我了", "周末愉快", "投第二个", "已经下单了"}

// The creator's videos fans comment on.
var videos = []string{"秋冬日常妆容分享", "平价好物大测评", "五分钟出门妆", "新手化妆避坑指南", "我的护肤流程",
	"vlog｜周末去哪儿", "粉丝投票选的选题来啦"}
