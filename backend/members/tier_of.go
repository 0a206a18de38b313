package members

// TierOfSQL is an SQL expression for the stored tier of the member whose id
// is the SQL expression member (NULL: none), for reports that count
// by tier in one statement.
func TierOfSQL(member string) string {
	return `(SELECT tier FROM member_tiers WHERE member_id = ` + member + `)`
}
