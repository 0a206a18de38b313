package app

import "qunzhu/backend/planner"

// BoardRowDTO is one member's place on a challenge leaderboard.
type BoardRowDTO struct {
	MemberID int64  `json:"memberId"`
	Nickname string `json:"nickname"`
	Days     int    `json:"days"`
	Checkins int    `json:"checkins"`
}

// BoardDTO is a challenge's check-in leaderboard with the text to paste.
type BoardDTO struct {
	From string        `json:"from"` // YYYY-MM-DD
	To   string        `json:"to"`
	Rows []BoardRowDTO `json:"rows"`
	Text string        `json:"text"`
}

// Leaderboard ranks the group's check-ins over the item's challenge.
func (v *PlannerAPI) Leaderboard(itemID int64) (_ BoardDTO, err error) {
	defer v.a.catchPanic(&err)
	b, err := v.a.ws.Planner.Leaderboard(v.a.call(), itemID, 20)
	if err != nil {
		return BoardDTO{}, err
	}
	rows := make([]BoardRowDTO, len(b.Rows))
	for i, r := range b.Rows {
		rows[i] = BoardRowDTO(r)
	}
	return BoardDTO{From: b.From.Format("2006-01-02"), To: b.To.Format("2006-01-02"), Rows: rows,
		Text: planner.BoardText(b, v.a.language())}, nil
}
