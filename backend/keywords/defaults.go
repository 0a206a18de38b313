package keywords

// Defaults returns a fresh copy of the curated starting list for a language:
// "zh-CN" (also the fallback for any other value), "zh-TW" (the same words
// in traditional characters) or "en". The Chinese lists hold the words the
// advertising law forbids, each with its article in Note, and common
// complaint words; none holds competitor names, which only the user knows.
func Defaults(lang string) []Word {
	switch lang {
	case "en":
		return append([]Word(nil), english...)
	case "zh-TW":
		return chinese(func(e zhEntry) (string, string) { return e.tw, e.note.tw })
	default:
		return chinese(func(e zhEntry) (string, string) { return e.cn, e.note.cn })
	}
}

// zhEntry is one default Chinese word in both scripts.
type zhEntry struct {
	cn, tw   string
	category string
	severity int
	note     zhNote
}

// zhNote is why a word is watched, in both scripts.
type zhNote struct{ cn, tw string }

func chinese(pick func(zhEntry) (text, note string)) []Word {
	out := make([]Word, len(zhEntries))
	for i, e := range zhEntries {
		text, note := pick(e)
		out[i] = Word{Text: text, Category: e.category, Severity: e.severity, Note: note}
	}
	return out
}

const (
	lawBest     = "China Advertising Law art. 9(3): ads may not use “national-level”, “highest-grade”, “best” or similar terms."
	lawFalse    = "China Advertising Law art. 4 and 28: no false or misleading claims."
	lawHealth   = "China Advertising Law art. 17: only medical ads may claim to treat diseases."
	lawInvest   = "China Advertising Law art. 25: no promise of returns, capital protection or zero risk."
	noteRefund  = "After-sales request: reach out privately and resolve it."
	noteAccused = "Accusation or complaint: check the facts and answer quickly."
	noteMood    = "Negative mood: keep an eye on the group."
)

var english = []Word{
	{"best", AdLaw, SeverityWarn, lawBest},
	{"#1", AdLaw, SeverityWarn, lawBest},
	{"number one", AdLaw, SeverityWarn, lawBest},
	{"world-class", AdLaw, SeverityWarn, lawBest},
	{"cheapest", AdLaw, SeverityWarn, lawBest},
	{"lowest price", AdLaw, SeverityWarn, lawBest},
	{"ultimate", AdLaw, SeverityNote, lawBest},
	{"guaranteed", AdLaw, SeverityWarn, lawFalse},
	{"100%", AdLaw, SeverityWarn, lawFalse},
	{"miracle", AdLaw, SeverityWarn, lawFalse},
	{"cure", AdLaw, SeverityAct, lawHealth},
	{"risk-free", AdLaw, SeverityAct, lawInvest},
	{"scam", Negative, SeverityAct, noteAccused},
	{"fraud", Negative, SeverityAct, noteAccused},
	{"fake", Negative, SeverityAct, noteAccused},
	{"complaint", Negative, SeverityAct, noteAccused},
	{"refund", Negative, SeverityWarn, noteRefund},
	{"rip-off", Negative, SeverityWarn, noteAccused},
	{"disappointed", Negative, SeverityNote, noteMood},
	{"worst", Negative, SeverityNote, noteMood},
}
