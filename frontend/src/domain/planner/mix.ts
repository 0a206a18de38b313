// The 7-2-1 content mix's categories; the share each aims for and the
// marketing warning are settings the backend sends (stores/thresholds).
export const MIX_CATEGORIES = ['useful', 'emotional', 'marketing'] as const
export type MixCategory = (typeof MIX_CATEGORIES)[number]
