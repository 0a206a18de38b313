package keywords

// Why each default Chinese word is watched. The traditional notes say
// 大陸 because the law is the mainland's, which binds whoever sells there.
var (
	noteBest = zhNote{
		"《广告法》第九条第（三）项：广告不得使用“国家级”“最高级”“最佳”等用语",
		"大陸《廣告法》第九條第（三）項：廣告不得使用「國家級」「最高級」「最佳」等用語"}
	noteZui = zhNote{
		"《广告法》第九条第（三）项：“最”字极限用语；“最近”“最后”等日常用语可忽略",
		"大陸《廣告法》第九條第（三）項：「最」字極限用語；「最近」「最後」等日常用語可忽略"}
	noteState = zhNote{
		"《广告法》第九条第（二）项：不得使用或者变相使用国家机关、国家机关工作人员的名义或者形象",
		"大陸《廣告法》第九條第（二）項：不得使用或者變相使用國家機關、國家機關工作人員的名義或者形象"}
	noteFalse = zhNote{
		"《广告法》第四条、第二十八条：广告不得含有虚假或者引人误解的内容，不得欺骗、误导消费者",
		"大陸《廣告法》第四條、第二十八條：廣告不得含有虛假或者引人誤解的內容，不得欺騙、誤導消費者"}
	noteHealth = zhNote{
		"《广告法》第十七条：除医疗、药品、医疗器械广告外，禁止其他任何广告涉及疾病治疗功能",
		"大陸《廣告法》第十七條：除醫療、藥品、醫療器械廣告外，禁止其他任何廣告涉及疾病治療功能"}
	noteEdu = zhNote{
		"《广告法》第二十四条：教育、培训广告不得对升学、通过考试或者培训效果作出保证性承诺",
		"大陸《廣告法》第二十四條：教育、培訓廣告不得對升學、通過考試或者培訓效果作出保證性承諾"}
	noteInvest = zhNote{
		"《广告法》第二十五条：有投资回报预期的广告不得对收益作出保证性承诺，不得明示或者暗示保本、无风险或者保收益",
		"大陸《廣告法》第二十五條：有投資回報預期的廣告不得對收益作出保證性承諾，不得明示或者暗示保本、無風險或者保收益"}
	noteRefundZh = zhNote{"售后诉求：尽快私聊了解情况并处理", "售後訴求：儘快私訊了解情況並處理"}
	noteAccuseZh = zhNote{"投诉、举报或指控：核实情况，尽快回应，必要时公开说明", "投訴、舉報或指控：核實情況，儘快回應，必要時公開說明"}
	noteMoodZh   = zhNote{"负面情绪：留意群内氛围，适时安抚", "負面情緒：留意群內氛圍，適時安撫"}
	noteLeaveZh  = zhNote{"流失信号：了解原因", "流失訊號：了解原因"}
)

var zhEntries = []zhEntry{
	// Superlatives, ranks and uniqueness: art. 9(3).
	{"最", "最", AdLaw, SeverityNote, noteZui},
	{"最佳", "最佳", AdLaw, SeverityWarn, noteBest},
	{"最好", "最好", AdLaw, SeverityNote, noteBest},
	{"最高级", "最高級", AdLaw, SeverityAct, noteBest},
	{"最高", "最高", AdLaw, SeverityWarn, noteBest},
	{"最低", "最低", AdLaw, SeverityWarn, noteBest},
	{"最低价", "最低價", AdLaw, SeverityWarn, noteBest},
	{"最便宜", "最便宜", AdLaw, SeverityWarn, noteBest},
	{"最优", "最優", AdLaw, SeverityWarn, noteBest},
	{"最强", "最強", AdLaw, SeverityWarn, noteBest},
	{"最大", "最大", AdLaw, SeverityNote, noteBest},
	{"最新", "最新", AdLaw, SeverityNote, noteBest},
	{"最先进", "最先進", AdLaw, SeverityWarn, noteBest},
	{"最受欢迎", "最受歡迎", AdLaw, SeverityWarn, noteBest},
	{"第一", "第一", AdLaw, SeverityWarn, noteBest},
	{"全网第一", "全網第一", AdLaw, SeverityAct, noteBest},
	{"全国第一", "全國第一", AdLaw, SeverityAct, noteBest},
	{"销量第一", "銷量第一", AdLaw, SeverityAct, noteBest},
	{"排名第一", "排名第一", AdLaw, SeverityWarn, noteBest},
	{"第一品牌", "第一品牌", AdLaw, SeverityAct, noteBest},
	{"领导品牌", "領導品牌", AdLaw, SeverityAct, noteBest},
	{"全网最低", "全網最低", AdLaw, SeverityAct, noteBest},
	{"全网最低价", "全網最低價", AdLaw, SeverityAct, noteBest},
	{"国家级", "國家級", AdLaw, SeverityAct, noteBest},
	{"世界级", "世界級", AdLaw, SeverityAct, noteBest},
	{"唯一", "唯一", AdLaw, SeverityWarn, noteBest},
	{"独一无二", "獨一無二", AdLaw, SeverityWarn, noteBest},
	{"绝无仅有", "絕無僅有", AdLaw, SeverityWarn, noteBest},
	{"史无前例", "史無前例", AdLaw, SeverityWarn, noteBest},
	{"顶级", "頂級", AdLaw, SeverityWarn, noteBest},
	{"顶尖", "頂尖", AdLaw, SeverityWarn, noteBest},
	{"极品", "極品", AdLaw, SeverityWarn, noteBest},
	{"极致", "極致", AdLaw, SeverityWarn, noteBest},
	{"终极", "終極", AdLaw, SeverityWarn, noteBest},
	{"巅峰", "巔峰", AdLaw, SeverityWarn, noteBest},
	{"无敌", "無敵", AdLaw, SeverityWarn, noteBest},
	{"王牌", "王牌", AdLaw, SeverityWarn, noteBest},
	{"冠军", "冠軍", AdLaw, SeverityWarn, noteBest},
	{"首个", "首個", AdLaw, SeverityWarn, noteBest},
	{"首选", "首選", AdLaw, SeverityWarn, noteBest},
	{"首家", "首家", AdLaw, SeverityWarn, noteBest},
	{"全球首发", "全球首發", AdLaw, SeverityWarn, noteBest},
	{"独家", "獨家", AdLaw, SeverityNote, noteBest},
	// State names: art. 9(2).
	{"特供", "特供", AdLaw, SeverityAct, noteState},
	{"专供", "專供", AdLaw, SeverityAct, noteState},
	// Absolute promises: art. 4 and 28.
	{"100%", "100%", AdLaw, SeverityWarn, noteFalse},
	{"百分百", "百分百", AdLaw, SeverityWarn, noteFalse},
	{"绝对", "絕對", AdLaw, SeverityNote, noteFalse},
	{"永久", "永久", AdLaw, SeverityNote, noteFalse},
	{"万能", "萬能", AdLaw, SeverityWarn, noteFalse},
	// Cures: art. 17.
	{"根治", "根治", AdLaw, SeverityAct, noteHealth},
	{"治愈", "治癒", AdLaw, SeverityAct, noteHealth},
	{"药到病除", "藥到病除", AdLaw, SeverityAct, noteHealth},
	{"包治百病", "包治百病", AdLaw, SeverityAct, noteHealth},
	{"无副作用", "無副作用", AdLaw, SeverityAct, noteHealth},
	// Exam promises: art. 24.
	{"包过", "包過", AdLaw, SeverityAct, noteEdu},
	{"保过", "保過", AdLaw, SeverityAct, noteEdu},
	// Investment promises: art. 25.
	{"保本", "保本", AdLaw, SeverityAct, noteInvest},
	{"稳赚", "穩賺", AdLaw, SeverityAct, noteInvest},
	{"无风险", "無風險", AdLaw, SeverityAct, noteInvest},
	{"零风险", "零風險", AdLaw, SeverityAct, noteInvest},
	{"保收益", "保收益", AdLaw, SeverityAct, noteInvest},

	// Complaints and trouble.
	{"退款", "退款", Negative, SeverityWarn, noteRefundZh},
	{"退货", "退貨", Negative, SeverityWarn, noteRefundZh},
	{"骗子", "騙子", Negative, SeverityAct, noteAccuseZh},
	{"骗人", "騙人", Negative, SeverityAct, noteAccuseZh},
	{"假货", "假貨", Negative, SeverityAct, noteAccuseZh},
	{"投诉", "投訴", Negative, SeverityAct, noteAccuseZh},
	{"举报", "舉報", Negative, SeverityAct, noteAccuseZh},
	{"维权", "維權", Negative, SeverityAct, noteAccuseZh},
	{"12315", "12315", Negative, SeverityAct, noteAccuseZh},
	{"跑路", "跑路", Negative, SeverityAct, noteAccuseZh},
	{"曝光", "曝光", Negative, SeverityWarn, noteAccuseZh},
	{"垃圾", "垃圾", Negative, SeverityWarn, noteMoodZh},
	{"翻车", "翻車", Negative, SeverityWarn, noteMoodZh},
	{"割韭菜", "割韭菜", Negative, SeverityWarn, noteMoodZh},
	{"智商税", "智商稅", Negative, SeverityWarn, noteMoodZh},
	{"差评", "差評", Negative, SeverityWarn, noteMoodZh},
	{"坑人", "坑人", Negative, SeverityWarn, noteMoodZh},
	{"上当", "上當", Negative, SeverityWarn, noteMoodZh},
	{"难用", "難用", Negative, SeverityNote, noteMoodZh},
	{"失望", "失望", Negative, SeverityNote, noteMoodZh},
	{"退群", "退群", Negative, SeverityNote, noteLeaveZh},
	{"取关", "取關", Negative, SeverityNote, noteLeaveZh},
}
