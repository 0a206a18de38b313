package fold

// Likeness is the key under which two nicknames look like one person for
// merge suggestions: Nick of the Simplified form, so 陳小明, 陈小明 and
// ✨陈小明✨ share it. It never decides that two people are one.
func Likeness(s string) string { return Nick(Simplified(s)) }
