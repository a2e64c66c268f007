import type { DeviceSummary, Member } from './device-model'
import type { QuarantineEntry } from './quarantine'

/** Everything the dashboard needs at start. */
export interface Household {
  devices: DeviceSummary[]
  members: Member[]
  /** Files set aside during this start. */
  quarantinedNow: QuarantineEntry[]
}

/** The sensitive fields of one phone, sent only when the owner asks to see them. */
export interface RevealedFields {
  serial: string
  imei1: string
  imei2: string
  accountHint: string
}
