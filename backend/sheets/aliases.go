package sheets

import (
	"slices"

	"qunzhu/backend/fold"
	"qunzhu/backend/groups"
)

// platformAliases are the spellings of each platform a file may use,
// compared after fold.Nick. The canonical names in groups.Platforms are
// always accepted too.
var platformAliases = map[string][]string{
	"douyin":      {"抖音", "dy"},
	"wechat":      {"微信", "weixin", "wx", "微信群"},
	"qq":          {"QQ群", "QQ號"},
	"kuaishou":    {"快手", "ks"},
	"bilibili":    {"B站", "哔哩哔哩", "嗶哩嗶哩", "bili"},
	"xiaohongshu": {"小红书", "小紅書", "xhs", "rednote", "RED"},
	"weibo":       {"微博", "新浪微博", "sina weibo"},
	"telegram":    {"tg", "电报", "電報"},
	"whatsapp":    {"wa"},
	"other":       {"其他", "其它", "others"},
}

// sourceAliases are the spellings of each source, compared after fold.Nick.
var sourceAliases = map[string][]string{
	"comment": {"评论", "評論", "comments"},
	"dm":      {"私信", "direct message", "pm", "message"},
	"live":    {"直播", "直播间", "直播間", "livestream", "live stream"},
	"import":  {"导入", "導入", "imported"},
	"manual":  {"手动", "手動", "手工", "manually", "added by hand"},
}

var (
	platformByKey = aliasIndex(groups.Platforms, platformAliases)
	sourceByKey   = aliasIndex(Sources, sourceAliases)
)

// aliasIndex maps the folded canonical names and aliases to the canonical
// name. Aliases of names outside canonical are left out.
func aliasIndex(canonical []string, aliases map[string][]string) map[string]string {
	idx := map[string]string{}
	for _, name := range canonical {
		idx[fold.Nick(name)] = name
		for _, a := range aliases[name] {
			idx[fold.Nick(a)] = name
		}
	}
	return idx
}

// Platform returns the canonical platform for a spelling such as 抖音, DY or
// Douyin, and false when s names no platform of groups.Platforms.
func Platform(s string) (string, bool) {
	p, ok := platformByKey[fold.Nick(s)]
	return p, ok && slices.Contains(groups.Platforms, p)
}

// Source returns the canonical source for a spelling such as 私信 or DM,
// and false when s names none of Sources.
func Source(s string) (string, bool) {
	src, ok := sourceByKey[fold.Nick(s)]
	return src, ok
}
