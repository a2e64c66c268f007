/** Why a read from the phone gave no answer; the owner is told, and nothing is taken as "clean". */
export const UNKNOWN_REASONS = [
  'disconnected',
  'unauthorized',
  'offline',
  'timeout',
  'cancelled',
  'truncated',
  'unrecognised',
  'adb-error'
] as const

/** One reason a read ended as "unknown". */
export type UnknownReason = (typeof UNKNOWN_REASONS)[number]

/** A read that could not be trusted: whatever was received is dropped. */
export interface UnknownOutcome {
  state: 'unknown'
  reason: UnknownReason
}
