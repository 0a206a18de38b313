package app

// CheckAdLaw runs the invitations' advertising-law check on texts Qunzhu
// prepares for pasting (planner item texts, poll texts, care messages,
// announcements): for each text, its warnings with their spans in UTF-16
// units, in the app's language. It only warns; the creator decides.
func (v *InvitesAPI) CheckAdLaw(texts []string) (_ [][]InviteProblemDTO, err error) {
	defer v.a.catchPanic(&err)
	lang := v.a.language()
	found, err := v.a.ws.Invites.CheckAdLaw(v.a.call(), texts, lang)
	out := make([][]InviteProblemDTO, len(found))
	for i, ps := range found {
		out[i] = toInviteProblemDTOs(texts[i], ps, lang)
	}
	return out, err
}
