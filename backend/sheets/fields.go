package sheets

import (
	"slices"

	"qunzhu/backend/errs"
)

// Fields are the member fields a column can be mapped to, in display order.
var Fields = []string{"nickname", "remark", "platform", "platformId", "daysFollowed",
	"followSince", "fanLevel", "ironFan", "source", "tags", "notes", "inviter"}

// Mapping maps a field to the index of the column holding it. An absent
// field, or a negative index, is unmapped.
type Mapping map[string]int

// Column returns the column of field, or -1 when it is unmapped.
func (m Mapping) Column(field string) int {
	if c, ok := m[field]; ok && c >= 0 {
		return c
	}
	return -1
}

// Validate checks a mapping the user edited against a table with the given
// number of columns: known fields, columns that exist, no column used
// twice, and a nickname or platformId column (a member needs one of them).
// Problems come back as an Invalid error with one entry per field.
func (m Mapping) Validate(columns int) error {
	f := errs.Fields{}
	owner := map[int]string{}
	for _, field := range m.fields() {
		c := m.Column(field)
		switch {
		case !slices.Contains(Fields, field):
			f.Add(field, "err.import.field", errs.Params{"Name": field})
		case c < 0:
		case c >= columns:
			f.Add(field, "err.import.column", errs.Params{"Column": c + 1})
		case owner[c] != "":
			f.Add(field, "err.import.column_taken", errs.Params{"Column": c + 1})
		default:
			owner[c] = field
		}
	}
	if m.Column("nickname") < 0 && m.Column("platformId") < 0 {
		f.Add("nickname", "err.import.unmapped", nil)
	}
	return f.Err()
}

// fields returns m's fields in a stable order: Fields order, then the
// unknown ones sorted.
func (m Mapping) fields() []string {
	var known, unknown []string
	for _, f := range Fields {
		if _, ok := m[f]; ok {
			known = append(known, f)
		}
	}
	for f := range m {
		if !slices.Contains(Fields, f) {
			unknown = append(unknown, f)
		}
	}
	slices.Sort(unknown)
	return append(known, unknown...)
}
