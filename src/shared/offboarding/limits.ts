/** Shortest reason accepted for a skip (after trimming). */
export const MIN_REASON_LENGTH = 3
/** Longest reason or evidence text kept. */
export const MAX_NOTE_LENGTH = 500
