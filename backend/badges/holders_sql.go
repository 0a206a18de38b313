package badges

import "strings"

// HoldersSQL is a query of the members holding any of n badges (in any
// group; taken-back ones do not count), through the badges' index: it reads
// the n badge kinds as n ? parameters, for filters that keep one statement.
func HoldersSQL(n int) string {
	return `SELECT member_id FROM member_badges WHERE badge IN (` +
		strings.TrimSuffix(strings.Repeat("?,", n), ",") + `) AND source != 'revoked'`
}
