// The seeds' 7-2-1 content mix: the share of each category the plan aims
// for, in percent (backend/planner/mix.go; the warning line comes from the backend).
export const MIX_CATEGORIES = ['useful', 'emotional', 'marketing'] as const
export type MixCategory = (typeof MIX_CATEGORIES)[number]
export const MIX_TARGETS: Record<MixCategory, number> = { useful: 70, emotional: 20, marketing: 10 }
