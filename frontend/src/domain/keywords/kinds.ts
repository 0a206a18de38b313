// What a watched word and a hit can be: the categories, the three response
// levels (severities), a hit's states, and the filter that shows every hit.
// The backend defines them (api/keywords); screens take them from here.
export { CATEGORIES, EMPTY_FILTER, LEVELS, SEVERITIES, STATES } from '../../api/keywords'
