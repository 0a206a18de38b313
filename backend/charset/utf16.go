package charset

// utf16ByZeros recognises UTF-16 without a byte order mark by its zero
// bytes, counted over the first MiB of b: text with ASCII in it (headers,
// digits, punctuation) has a zero high byte for each of those characters.
// It is UTF-16LE when zeros fill at least a quarter of the odd bytes and
// they are more than ten times as many as the zeros in the even bytes (a
// CJK character such as U+4E00 has a zero low byte), and the other way
// round for UTF-16BE. A text file in any other encoding has no zero bytes.
func utf16ByZeros(b []byte) string {
	n := min(len(b), sampleSize) &^ 1
	if n < 4 {
		return ""
	}
	var zeroEven, zeroOdd int
	for i := 0; i < n; i += 2 {
		if b[i] == 0 {
			zeroEven++
		}
		if b[i+1] == 0 {
			zeroOdd++
		}
	}
	pairs := n / 2
	switch {
	case zeroOdd*4 >= pairs && zeroOdd > 10*zeroEven:
		return UTF16LE
	case zeroEven*4 >= pairs && zeroEven > 10*zeroOdd:
		return UTF16BE
	}
	return ""
}
