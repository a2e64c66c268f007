import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import {
  DEVICE_SCHEMA_VERSION,
  SENSITIVE_FIELDS,
  summarise,
  type Device,
  type DeviceInput,
  type DeviceStatus,
  type DeviceSummary,
  type Member
} from '@shared/device-model'
import { deviceSchema, memberSchema } from '@shared/device-schema'
import type { Household, LockedRecords, NewerData, RevealedFields } from '@shared/household'
import type { QuarantineEntry } from '@shared/quarantine'
import { errorDetail, ServiceError } from '@shared/result'
import type { Clock, EventSink, Storage, Vault } from './ports'
import { readRecord, setAsideRecord, type BadRecordPolicy } from './record-reader'
import { encryptForStorage, vaultFailure, VaultUnavailableError } from './vault-unavailable'
import { emptyTrash, moveToTrash, restoreFromTrash } from './trash'
import { makePrivateDirAsync, sweepDataFolder } from './private-files'
import { NOT_DATA } from './backups/data-tree'

/** Top-level folders the load's sweep leaves alone: copies, scratch space, undo bundles and quarantined files. */
const NOT_SWEPT: ReadonlySet<string> = new Set([...NOT_DATA, 'quarantine'])

/** The on-disk form of a device: sensitive fields hold Vault strings. */
export const storedDeviceSchema = deviceSchema.extend(
  Object.fromEntries(SENSITIVE_FIELDS.map((field) => [field, z.string().max(4000)])) as Record<
    (typeof SENSITIVE_FIELDS)[number],
    z.ZodString
  >
)
/** A device as stored on disk. */
export type StoredDevice = z.infer<typeof storedDeviceSchema>

/** The on-disk form of the household file. */
export const householdFileSchema = z.object({
  schemaVersion: z.literal(1),
  members: z.array(memberSchema)
})
/** The household file as stored. */
export type HouseholdFile = z.infer<typeof householdFileSchema>

/** Encrypts a device's sensitive fields for storage. */
export async function sealDevice(vault: Vault, device: Device): Promise<StoredDevice> {
  const sealed = { ...device }
  for (const field of SENSITIVE_FIELDS) sealed[field] = device[field] === '' ? '' : await encryptForStorage(vault, device[field])
  return sealed
}

/** The sensitive fields in clear, checked after decryption. */
const sensitiveSchema = deviceSchema.pick({ serial: true, imei1: true, imei2: true, accountHint: true })

/**
 * Decrypts a stored device (already checked by storedDeviceSchema) in place and checks the decrypted fields against the
 * device schema: `stored` must be a fresh parse the caller gives up (loading 10,000 phones made three copies of each).
 * Rejects with VaultUnavailableError when the keyring will not decrypt (the record is fine, the keyring is not).
 * Only the decrypted fields are checked again: a second full parse per file was a third of the cost of loading 10,000
 * phones.
 */
export async function unsealDevice(vault: Vault, stored: StoredDevice): Promise<Device> {
  const clear = { serial: '', imei1: '', imei2: '', accountHint: '' }
  try {
    for (const field of SENSITIVE_FIELDS) if (stored[field] !== '') clear[field] = await vault.decrypt(stored[field])
  } catch (error) {
    throw vaultFailure(error)
  }
  return Object.assign(stored, sensitiveSchema.parse(clear))
}

/** Files of a device other than its record, relative to the data folder, moved with it on delete. */
export type DeviceFilesProvider = (deviceId: string) => string[]

/** Phones and household members: loading, quarantine of bad files, edits, delete with undo. */
export interface HouseholdService {
  /** Reads every record from disk (again, for Try again); bad files go to quarantine and are reported, phones the keyring will not open stay in place as locked. */
  load(): Promise<Household>
  /** The household as currently loaded. */
  current(): Household
  /** Tries the phones the keyring would not open again (Try again), then returns the household. */
  retryLocked(): Promise<Household>
  /** Whether a phone with this id is in the household. */
  has(id: string): boolean
  /** The full record of one phone. */
  get(id: string): Device
  /** Adds a phone. */
  create(input: DeviceInput): Promise<DeviceSummary>
  /** Changes a phone's editable fields. */
  update(id: string, input: DeviceInput): Promise<DeviceSummary>
  /** Changes a phone's status. */
  setStatus(id: string, status: DeviceStatus): Promise<DeviceSummary>
  /** The sensitive fields of a phone, for reveal and edit. */
  reveal(id: string): RevealedFields
  /** Moves a phone and its files to the trash; returns the token that undoes it. */
  remove(id: string): Promise<{ undoToken: string }>
  /** Brings back a removed phone exactly as it was. */
  undoRemove(undoToken: string): Promise<DeviceSummary>
  /** Adds a household member. */
  addMember(name: string): Member
}

/** Builds the household service over a data folder. */
export function createHouseholdService(deps: {
  dataDir: string
  storage: Storage
  vault: Vault
  clock: Clock
  /** Other files that belong to a device (runs, attachments), moved to the trash with it. */
  deviceFiles?: DeviceFilesProvider
  /** Where each saved or removed phone is pushed. */
  events?: EventSink
  /** Why the data folder is open read-only (null or absent when it is writable): nothing is moved, cleaned or written. */
  readOnly?: NewerData | null
}): HouseholdService {
  const { dataDir, storage, vault, clock } = deps
  const devicesDir = join(dataDir, 'devices')
  const householdDoc = storage.open<HouseholdFile>(dataDir, 'household')
  const devices = new Map<string, Device>()
  let members: Member[] = []
  let quarantinedNow: QuarantineEntry[] = []
  const lockedIds = new Set<string>()
  let skippedLinks: string[] = []
  const readOnly = deps.readOnly ?? null
  const badRecords: BadRecordPolicy = {
    dataDir,
    clock,
    readOnly: () => readOnly !== null,
    onSetAside: (entry) => void quarantinedNow.push(entry)
  }

  const deviceDoc = (id: string) => storage.open<StoredDevice>(devicesDir, id)

  async function save(device: Device): Promise<DeviceSummary> {
    refuseWhenReadOnly()
    await makePrivateDirAsync(devicesDir)
    try {
      deviceDoc(device.id).write(await sealDevice(vault, device))
    } catch (error) {
      if (error instanceof VaultUnavailableError) throw new ServiceError('unavailable', { key: 'device.saveLocked' })
      throw new ServiceError('storage-failed', { key: 'device.saveFailed' })
    }
    devices.set(device.id, device)
    return pushed(summarise(device))
  }

  function pushed(summary: DeviceSummary): DeviceSummary {
    deps.events?.emit('deviceChanged', { id: summary.id, device: summary })
    return summary
  }

  function existing(id: string): Device {
    const device = devices.get(id)
    if (!device) throw new ServiceError('not-found', { key: 'device.gone' })
    return device
  }

  function checkOwner(ownerId: string | null): void {
    if (ownerId !== null && !members.some((m) => m.id === ownerId)) {
      throw new ServiceError('invalid-input', { key: 'device.ownerNotMember' }, [errorDetail('ownerId', 'device.chooseOwner')])
    }
  }

  function refuseWhenReadOnly(): void {
    if (readOnly) throw new ServiceError('conflict', { key: 'data.readOnly' })
  }

  async function loadDevice(id: string): Promise<void> {
    const doc = deviceDoc(id)
    const stored = readRecord(
      doc,
      (raw) => {
        const parsed = storedDeviceSchema.parse(raw)
        if (parsed.id !== id) throw new SyntaxError('The record inside does not match its file name.')
        return parsed
      },
      badRecords
    )
    if (!stored) return
    // What the vault may ask to encrypt again, kept only when it can ask (unsealing replaces the stored values).
    const sealed = vault.shouldReEncrypt && !readOnly ? SENSITIVE_FIELDS.map((field) => stored[field]) : null
    let device: Device
    try {
      device = await unsealDevice(vault, stored)
    } catch (error) {
      if (error instanceof VaultUnavailableError) lockedIds.add(id)
      else setAsideRecord(badRecords, doc.path, error)
      return
    }
    devices.set(id, device)
    if (sealed?.some((value) => value !== '' && vault.shouldReEncrypt?.(value))) await reEncrypt(device)
  }

  /** Writes a phone again under the vault's current key; if that fails the old, still readable file stays. */
  async function reEncrypt(device: Device): Promise<void> {
    try {
      deviceDoc(device.id).write(await sealDevice(vault, device))
    } catch (error) {
      console.error(`[handover] re-encrypting a phone record failed: ${error instanceof Error ? error.name : typeof error}`)
    }
  }

  function locked(): LockedRecords | null {
    return lockedIds.size === 0 ? null : { count: lockedIds.size }
  }

  function current(): Household {
    // Summaries first (small objects of one shape), then ISO times compared as plain strings: localeCompare's collation over
    // the parsed records made sorting 10,000 phones cost a third of loading them.
    const list = [...devices.values()].map(summarise).sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))
    return { devices: list, members, quarantinedNow, locked: locked(), readOnly, skippedLinks }
  }

  return {
    async load() {
      devices.clear()
      lockedIds.clear()
      quarantinedNow = []
      if (!readOnly) await emptyTrash(dataDir)
      members = readRecord(householdDoc, (raw) => householdFileSchema.parse(raw).members, badRecords) ?? []
      // Links are never followed: listed for Settings, and no record is read through one. Temp files of writes a
      // crash cut off go in the same pass.
      const swept = await sweepDataFolder(dataDir, { skip: NOT_SWEPT, keepTemps: readOnly !== null, listed: 'devices' })
      skippedLinks = swept.links
      const names = swept.listed
      // One file at a time: starting all 10,000 at once held every parsed file until the first decrypt, doubling peak memory and GC work.
      for (const name of names) if (name.endsWith('.json')) await loadDevice(name.slice(0, -'.json'.length))
      return current()
    },
    current,
    async retryLocked() {
      const ids = [...lockedIds]
      lockedIds.clear()
      for (const id of ids) await loadDevice(id)
      return current()
    },
    has: (id) => devices.has(id),
    get: existing,
    async create(input) {
      checkOwner(input.ownerId)
      const now = clock.now().toISOString()
      return save({ ...input, id: randomUUID(), status: 'in-use', createdAt: now, updatedAt: now, schemaVersion: DEVICE_SCHEMA_VERSION })
    },
    async update(id, input) {
      const device = existing(id)
      checkOwner(input.ownerId)
      return save({ ...device, ...input, updatedAt: clock.now().toISOString() })
    },
    async setStatus(id, status) {
      const device = existing(id)
      if (device.status === status) return summarise(device)
      return save({ ...device, status, updatedAt: clock.now().toISOString() })
    },
    reveal(id) {
      const { serial, imei1, imei2, accountHint } = existing(id)
      return { serial, imei1, imei2, accountHint }
    },
    async remove(id) {
      existing(id)
      refuseWhenReadOnly()
      const undoToken = await moveToTrash(dataDir, [join('devices', `${id}.json`), ...(deps.deviceFiles?.(id) ?? [])])
      devices.delete(id)
      deps.events?.emit('deviceChanged', { id, device: null })
      return { undoToken }
    },
    async undoRemove(undoToken) {
      refuseWhenReadOnly()
      if (!(await restoreFromTrash(dataDir, undoToken))) {
        throw new ServiceError('not-found', { key: 'device.undoGone' })
      }
      const before = new Set(devices.keys())
      for (const name of await readdir(devicesDir)) {
        const id = name.slice(0, -'.json'.length)
        if (name.endsWith('.json') && !before.has(id)) await loadDevice(id)
      }
      const restored = [...devices.keys()].find((id) => !before.has(id))
      if (!restored) throw new ServiceError('storage-failed', { key: 'device.restoreFailed' })
      return pushed(summarise(existing(restored)))
    },
    addMember(name) {
      const trimmed = name.trim()
      const found = members.find((m) => m.name.toLocaleLowerCase() === trimmed.toLocaleLowerCase())
      if (found) return found
      refuseWhenReadOnly()
      const member = { id: randomUUID(), name: trimmed }
      const next = [...members, member]
      householdDoc.write({ schemaVersion: 1, members: next })
      members = next
      return member
    }
  }
}
