/** Every reason a read from the phone can give no answer. */
export const UNKNOWN_REASONS = [
  'disconnected',
  'unauthorized',
  'offline',
  'timeout',
  'cancelled',
  'truncated',
  'too-long',
  'unrecognised',
  'adb-error'
] as const

/** Why a read from the phone gave no answer; the owner is told, and nothing is taken as "clean". */
export type UnknownReason = (typeof UNKNOWN_REASONS)[number]

/** A read that could not be trusted: whatever was received is dropped. */
export interface UnknownOutcome {
  state: 'unknown'
  reason: UnknownReason
}
