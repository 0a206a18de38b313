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
	Pattern  *PastePatternDTO `json:"pattern"`  // the shape marked on a sample (null: recognized)
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
		Paste: &activity.Pasted{Text: r.Text, Day: day, Pattern: r.Pattern.toDomain()}}, nil
}

// PastePatternDTO is the shape of a paste's message lines.
type PastePatternDTO struct {
	Prefix    string `json:"prefix"`
	Between   string `json:"between"`
	After     string `json:"after"`
	TimeFirst bool   `json:"timeFirst"`
	Inline    bool   `json:"inline"`
}

func (p *PastePatternDTO) toDomain() *chatlog.Pattern {
	if p == nil {
		return nil
	}
	d := chatlog.Pattern(*p)
	return &d
}

// PasteSampleDTO is one message cut where the operator marked the name
// and the time.
type PasteSampleDTO struct {
	Before    string `json:"before"`
	Name      string `json:"name"`
	Between   string `json:"between"`
	Time      string `json:"time"`
	After     string `json:"after"`
	TimeFirst bool   `json:"timeFirst"`
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
func (v *ActivityAPI) LearnPaste(sample PasteSampleDTO) (_ PastePatternDTO, err error) {
	defer v.a.catchPanic(&err)
	p, err := chatlog.Learn(chatlog.Sample(sample))
	return PastePatternDTO(p), err
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
