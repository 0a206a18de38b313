package app

import (
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/review"
	"qunzhu/backend/settings"
)

// ReviewAPI is the weekly review (复盘): a group's period against its plan.
type ReviewAPI struct{ a *App }

// Get reviews a group from from to to, both YYYY-MM-DD, to inclusive.
func (v *ReviewAPI) Get(groupID int64, from, to string) (_ ReviewDTO, err error) {
	defer v.a.catchPanic(&err)
	r, err := v.review(groupID, from, to)
	if err != nil {
		return ReviewDTO{}, err
	}
	return ToReviewDTO(r, v.a.language()), nil
}

// Text is the review as plain text to copy.
func (v *ReviewAPI) Text(groupID int64, from, to string) (_ string, err error) {
	defer v.a.catchPanic(&err)
	r, err := v.review(groupID, from, to)
	if err != nil {
		return "", err
	}
	g, err := v.a.ws.Groups.Get(v.a.call(), groupID)
	if err != nil {
		return "", err
	}
	return review.Text(r, g.Name, v.a.language()), nil
}

// Settings are how the review judges an item.
func (v *ReviewAPI) Settings() (_ ReviewSettingsDTO, err error) {
	defer v.a.catchPanic(&err)
	s, err := v.a.ws.Settings.Review(v.a.call())
	return ReviewSettingsDTO(s), err
}

// SaveSettings checks and stores them.
func (v *ReviewAPI) SaveSettings(in ReviewSettingsDTO) (_ ReviewSettingsDTO, err error) {
	defer v.a.catchPanic(&err)
	s, err := v.a.ws.Settings.SaveReview(v.a.call(), settings.Review(in))
	return ReviewSettingsDTO(s), err
}

func (v *ReviewAPI) review(groupID int64, from, to string) (review.Review, error) {
	r, err := ReviewRequest(groupID, from, to)
	if err != nil {
		return review.Review{}, err
	}
	return v.a.ws.Review.Get(v.a.call(), r)
}

// ReviewRequest reads a period given as two YYYY-MM-DD dates.
func ReviewRequest(groupID int64, from, to string) (review.Request, error) {
	start, err1 := time.Parse(time.DateOnly, from)
	end, err2 := time.Parse(time.DateOnly, to)
	if err1 != nil || err2 != nil {
		f := errs.Fields{}
		f.Add("period", "err.field.date", errs.Params{"Value": from + " – " + to})
		return review.Request{}, f.Err()
	}
	return review.Request{GroupID: groupID, From: start, To: end}, nil
}
