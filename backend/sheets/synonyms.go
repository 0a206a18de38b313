package sheets

// synonyms are header names for each field, in Simplified Chinese,
// Traditional Chinese and English. They are compared after fold.Nick, so
// case, width, spaces and punctuation do not matter ("User_ID" = "userid").
var synonyms = map[string][]string{
	"nickname": {"昵称", "用户昵称", "用户名", "群昵称", "粉丝昵称", "微信昵称", "抖音昵称", "名称", "名字", "姓名",
		"暱稱", "用戶暱稱", "用戶名", "群暱稱", "粉絲暱稱", "名稱",
		"nickname", "nick", "name", "user name", "display name", "screen name"},
	"remark":   {"备注", "备注名", "備註", "備註名", "remark", "remarks", "alias"},
	"platform": {"平台", "平臺", "来源平台", "來源平臺", "platform", "app"},
	"platformId": {"UID", "ID", "user_id", "sec_uid", "抖音号", "抖音ID", "QQ号", "QQ", "QQ号码", "微信号", "微信ID", "wxid",
		"快手号", "快手ID", "B站UID", "小红书号", "小红书ID", "微博ID", "账号", "帐号", "用户ID", "粉丝ID", "平台ID", "平台账号",
		"抖音號", "QQ號", "微信號", "快手號", "小紅書號", "帳號", "用戶ID", "粉絲ID",
		"user id", "fan id", "member id", "account", "account id", "douyin id", "wechat id", "weixin id", "qq number", "handle"},
	"daysFollowed": {"关注天数", "关注时长", "粉龄", "關注天數", "關注時長", "days followed", "follow days", "days following", "days"},
	"followSince": {"关注时间", "关注日期", "首次关注时间", "關注時間", "關注日期",
		"follow date", "followed since", "follow since", "followed at", "followed on", "follow time"},
	"fanLevel": {"粉丝团等级", "粉丝等级", "灯牌等级", "粉丝灯牌", "等级", "粉絲團等級", "粉絲等級", "燈牌等級", "等級",
		"fan club level", "fan level", "fans level", "level", "lv"},
	"ironFan": {"铁粉", "是否铁粉", "鐵粉", "是否鐵粉", "iron fan", "iron fans", "is iron fan"},
	"source":  {"来源", "來源", "渠道", "source", "channel"},
	"tags":    {"标签", "標籤", "標簽", "tags", "tag", "labels", "label"},
	"notes":   {"说明", "备注说明", "說明", "備註說明", "notes", "note", "description", "memo"},
	// who invited the member: their platform id or exact nickname (rewards)
	"inviter": {"邀请人", "邀請人", "推荐人", "推薦人", "邀请者", "邀請者", "inviter", "invited by", "referrer", "referred by"},
}

// platformHints are header fragments that tell which platform an export
// came from, tried in order.
var platformHints = []struct{ fragment, platform string }{
	{"抖音", "douyin"}, {"secuid", "douyin"}, {"douyin", "douyin"},
	{"qq", "qq"},
	{"微信", "wechat"}, {"wxid", "wechat"}, {"wechat", "wechat"}, {"weixin", "wechat"},
	{"快手", "kuaishou"}, {"kuaishou", "kuaishou"},
	{"b站", "bilibili"}, {"bilibili", "bilibili"}, {"哔哩哔哩", "bilibili"},
	{"小红书", "xiaohongshu"}, {"小紅書", "xiaohongshu"}, {"xiaohongshu", "xiaohongshu"},
	{"微博", "weibo"}, {"weibo", "weibo"},
}
