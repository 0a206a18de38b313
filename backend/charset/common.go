package charset

import (
	"sync"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// The common Han characters are the 3,755 of GB2312's first level and the
// 5,401 of Big5's frequently used block (常用字): together they make up
// nearly all of everyday Simplified and Traditional text. They are read
// out of the encodings' own tables on first use.
var (
	commonOnce sync.Once
	common     [(0x9FFF - 0x4E00 + 1 + 63) / 64]uint64 // a bit per CJK unified ideograph
)

func isCommonHan(r rune) bool {
	if r < 0x4E00 || r > 0x9FFF {
		return false
	}
	commonOnce.Do(loadCommon)
	i := r - 0x4E00
	return common[i/64]&(1<<(i%64)) != 0
}

func loadCommon() {
	// GB2312 level 1: rows 0xB0–0xD7, cells 0xA1–0xFE.
	markDecoded(simplifiedchinese.GBK.NewDecoder().Bytes(pairs(0xB0, 0xD7, [][2]byte{{0xA1, 0xFE}})))
	// Big5 frequently used: 0xA440–0xC67E, cells 0x40–0x7E and 0xA1–0xFE.
	markDecoded(traditionalchinese.Big5.NewDecoder().Bytes(pairs(0xA4, 0xC6, [][2]byte{{0x40, 0x7E}, {0xA1, 0xFE}})))
}

// pairs lists every two-byte sequence with a lead from first to last and a
// trail in one of the cell ranges.
func pairs(first, last byte, cells [][2]byte) []byte {
	var b []byte
	for lead := int(first); lead <= int(last); lead++ {
		for _, c := range cells {
			for trail := int(c[0]); trail <= int(c[1]); trail++ {
				b = append(b, byte(lead), byte(trail))
			}
		}
	}
	return b
}

func markDecoded(text []byte, err error) {
	if err != nil {
		return
	}
	for _, r := range string(text) {
		if r >= 0x4E00 && r <= 0x9FFF {
			i := r - 0x4E00
			common[i/64] |= 1 << (i % 64)
		}
	}
}
