/** The stages of a run, in order; each step belongs to one. */
export const STAGES = ['prepare', 'backup', 'disconnect', 'reset', 'check', 'hand-over'] as const
/** One stage id. */
export type Stage = (typeof STAGES)[number]
