import type { DeviceSummary, Member } from './device-model'
import type { QuarantineEntry } from './quarantine'

/** Phones whose files are kept in place but cannot be opened now, because the keyring is locked or refused. */
export interface LockedRecords {
  count: number
}

/** Why the data folder is open read-only: a newer Handover wrote it. */
export interface NewerData {
  /** The version that wrote it, when it recorded one. */
  writtenBy: string | null
  /** The data format it wrote. */
  format: number
  /** The newest data format this version reads. */
  reads: number
}

/** Everything the dashboard needs at start. */
export interface Household {
  devices: DeviceSummary[]
  members: Member[]
  /** Files set aside during this start. */
  quarantinedNow: QuarantineEntry[]
  /** Phones the keyring would not open this time; null when every phone opened. */
  locked: LockedRecords | null
  /** Why the data is open read-only (written by a newer Handover); null when it can be changed. */
  readOnly: NewerData | null
  /** Symbolic links found in the data folder (relative paths): never followed, copied or written through. */
  skippedLinks: string[]
}

/** The sensitive fields of one phone, sent only when the owner asks to see them. */
export interface RevealedFields {
  serial: string
  imei1: string
  imei2: string
  accountHint: string
}
