import { z } from 'zod'
import { channel } from './channel'
import { deviceInputSchema, type Member } from '../device'
import { DEVICE_STATUSES, type DeviceSummary } from '../device-model'

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
}

/** Phones whose files are kept in place but cannot be opened now, because the keyring is locked or refused. */
export interface LockedRecords {
  count: number
  /** Why, and what to do, in words. */
  reason: string
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
  readOnly: string | null
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

const deviceId = z.object({ id: z.string().uuid() })

/** Channels for phones and household members. */
export const devicesContract = {
  household: {
    load: channel(z.undefined()).returns<Household>()
  },
  devices: {
    create: channel(deviceInputSchema).returns<DeviceSummary>(),
    update: channel(z.object({ id: z.string().uuid(), input: deviceInputSchema })).returns<DeviceSummary>(),
    setStatus: channel(z.object({ id: z.string().uuid(), status: z.enum(DEVICE_STATUSES) })).returns<DeviceSummary>(),
    reveal: channel(deviceId).returns<RevealedFields>(),
    remove: channel(deviceId).returns<{ undoToken: string }>(),
    undoRemove: channel(z.object({ undoToken: z.string().min(1).max(100) })).returns<DeviceSummary>()
  },
  members: {
    create: channel(z.object({ name: z.string().trim().min(1, 'A member needs a name.').max(80) })).returns<Member>()
  }
} as const
