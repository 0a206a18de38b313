package app

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
)

// instanceID is the single-instance key: one window per database file.
func instanceID(dbPath string) string {
	sum := sha256.Sum256([]byte(strings.ToLower(dbPath)))
	return "qunzhu-" + hex.EncodeToString(sum[:8])
}
