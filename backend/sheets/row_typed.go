package sheets

import "qunzhu/backend/errs"

func (b *rowBuilder) platformAndSource() {
	b.rec.Platform, b.rec.Source = b.platform, b.source
	if s := b.cell("platform"); s != "" {
		p, ok := Platform(s)
		if !ok {
			b.fail("platform", &cellError{"err.member.platform", errs.Params{"Value": s}})
		}
		b.rec.Platform = p
	}
	if s := b.cell("source"); s != "" {
		src, ok := Source(s)
		if !ok {
			b.fail("source", &cellError{"err.member.source", errs.Params{"Value": s}})
		}
		b.rec.Source = src
	}
}

// numbers reads days followed, the follow date and the fan level. A date
// without days leaves DaysFollowed nil: the service computes it.
func (b *rowBuilder) numbers() {
	if s := b.cell("daysFollowed"); s != "" {
		n, e := parseDays(s)
		b.set("daysFollowed", e, func() { b.rec.DaysFollowed = &n })
	}
	if s := b.cell("followSince"); s != "" {
		d, e := parseDate(s, b.today)
		b.set("followSince", e, func() { b.rec.FollowSince = &d })
	}
	if s := b.cell("fanLevel"); s != "" {
		n, e := parseLevel(s)
		b.set("fanLevel", e, func() { b.rec.FanLevel = &n })
	}
}

func (b *rowBuilder) flags() {
	if s := b.cell("ironFan"); s != "" {
		v, e := parseIronFan(s)
		b.set("ironFan", e, func() { b.rec.IronFan = &v })
	}
	if s := b.cell("tags"); s != "" {
		tags, e := splitTags(s)
		b.set("tags", e, func() { b.rec.Tags = tags })
	}
}

// set records e against field, or applies the parsed value when e is nil.
func (b *rowBuilder) set(field string, e *cellError, apply func()) {
	if e != nil {
		b.fail(field, e)
		return
	}
	apply()
}
