// What an invitation can be: a template's purposes, the recipient presets,
// a draft's states, and the empty recipient selection. The backend defines
// them (api/invites); screens take them from here.
export { EMPTY_SELECTION, PRESETS, PURPOSES, STATES } from '../../api/invites'
