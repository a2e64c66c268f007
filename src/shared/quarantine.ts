/** A file the loader set aside because it could not be read or failed its schema. */
export interface QuarantineEntry {
  /** File name under quarantine/. */
  file: string
  /** Where it was, relative to the data folder. */
  originalPath: string
  /** ISO time it was set aside. */
  at: string
  /** Why, in words. */
  reason: string
  /** The phone's nickname, when it could still be read from a damaged phone record. */
  nickname?: string
}

/** The result of trying to put a quarantined file back. */
export type QuarantineRestoreOutcome = { restored: true; originalPath: string } | { restored: false; reason: string }
