package app

import (
	"context"

	"qunzhu/backend/activity"
	"qunzhu/backend/chatlog"
)

// PasteRequestDTO is a chat copied from a chat client and pasted.
type PasteRequestDTO struct {
	Text     string           `json:"text"`
	Day      string           `json:"day"`      // YYYY-MM-DD of messages without a date ("": today)
	Pattern  *chatlog.Pattern `json:"pattern"`  // the shape marked on a sample (null: recognized)
	Platform string           `json:"platform"` // "": douyin
	GroupID  int64            `json:"groupId"`
	Choices  map[string]int64 `json:"choices"` // ambiguous sender key → member id (0: a new member)
}

func (r PasteRequestDTO) toDomain() (activity.Request, error) {
	day, err := activity.PasteDay(r.Day)
	if err != nil {
		return activity.Request{}, err
	}
	return activity.Request{GroupID: r.GroupID, Choices: r.Choices, Platform: r.Platform,
		Paste: &activity.Pasted{Text: r.Text, Day: day, Pattern: r.Pattern}}, nil
}

// PreviewPaste reads pasted chat text and tells what storing it would do,
// with its first lines as read.
func (v *ActivityAPI) PreviewPaste(req PasteRequestDTO) (_ ActivityPreviewDTO, err error) {
	defer v.a.catchPanic(&err)
	r, err := req.toDomain()
	if err != nil {
		return ActivityPreviewDTO{}, err
	}
	return v.preview(r)
}

// LearnPaste derives the shape of a paste from one message on which the
// operator marked the name and the time.
func (v *ActivityAPI) LearnPaste(sample chatlog.Sample) (_ chatlog.Pattern, err error) {
	defer v.a.catchPanic(&err)
	return chatlog.Learn(sample)
}

// StartPaste stores pasted chat text in the background, like Start: the
// same "activity:*" events.
func (v *ActivityAPI) StartPaste(req PasteRequestDTO) (_ string, err error) {
	defer v.a.catchPanic(&err)
	r, err := req.toDomain()
	if err != nil {
		return "", err
	}
	return v.a.startJob(activityJob, func(ctx context.Context, j *job) (any, error) { return v.store(ctx, j, r) }), nil
}
