import type { ErrorText } from './result'

/**
 * Why a file was set aside, as a code the renderer says in the owner's language (`records:quarantine.problem.*`).
 * `as-written` is a note from an older Handover whose words match no code: it is shown exactly as it was stored.
 */
export type QuarantineProblem =
  | { code: 'not-json' }
  | { code: 'wrong-format' }
  | { code: 'unreadable'; errno: string }
  | { code: 'unusable' }
  | { code: 'no-note' }
  | { code: 'as-written'; text: string }

/** A file the loader set aside because it could not be read or failed its schema. */
export interface QuarantineEntry {
  /** File name under quarantine/. */
  file: string
  /** Where it was, relative to the data folder. */
  originalPath: string
  /** ISO time it was set aside. */
  at: string
  /** Why, as a code with its params. */
  problem: QuarantineProblem
  /** True when the data folder is open read-only and the file was left where it was instead of being moved. */
  leftInPlace?: boolean
  /** The phone's nickname, when it could still be read from a damaged phone record. */
  nickname?: string
}

/** Why a quarantined file cannot go back yet, as a code the renderer says (`records:quarantine.restoreProblem.*`). */
export type QuarantineRestoreProblem =
  | { code: 'unknown-kind' }
  | { code: 'target-taken'; path: string }
  | { code: 'still-not-json' }
  | { code: 'still-wrong-format'; field: string; issue: ErrorText }
  | { code: 'unreadable-here' }

/** The result of trying to put a quarantined file back. */
export type QuarantineRestoreOutcome = { restored: true; originalPath: string } | { restored: false; problem: QuarantineRestoreProblem }
