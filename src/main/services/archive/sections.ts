import { readdir, readFile } from 'node:fs/promises'
import { makePrivateDirAsync, writePrivateFileAsync } from '../private-files'
import { exists } from '../exists'
import { join } from 'node:path'
import type { ArchiveRecords, AttachmentBundle, CertificateRecord } from '@shared/archive/format'
import type { SectionName } from '@shared/archive/section-names'
import { type Device, type Member } from '@shared/device-model'
import { attachmentListSchema } from '@shared/offboarding/attachment'
import { runSchema, type Run } from '@shared/offboarding/run'
import { certificateStore } from '../certificate/certificate-store'
import { householdFileSchema, sealDevice, storedDeviceSchema, unsealDevice } from '../household-service'
import type { Storage, Vault } from '../ports'
import { recordIdsInAsync } from '../record-ids'
import { VaultUnavailableError } from '../vault-unavailable'
import { ServiceError } from '@shared/result'

/** Where a section reads and writes: a data folder (the real one, or a staged copy) and the ports. */
export interface SectionContext {
  dir: string
  storage: Storage
  vault: Vault
}

/**
 * One kind of record in the archive. Each domain reads its records from a data folder in clear form and
 * writes them back through its own store and schema, so the archive never holds what the app would refuse.
 */
export interface ArchiveSection<R> {
  /** Every readable record of this kind in the folder (unreadable files are the loader's business). */
  exportRecords(ctx: SectionContext): Promise<R[]>
  /** Writes `changed` records into the folder; `all` is the whole set after the import (for one-file sections). */
  importRecords(ctx: SectionContext, changed: R[], all: R[]): Promise<void>
}

/** A record, or null when it cannot be read; a keyring that will not decrypt is no reason to leave records out, so that refuses. */
function readOr<T>(fn: () => T | Promise<T>): Promise<T | null> {
  return Promise.resolve()
    .then(fn)
    .catch((error: unknown) => {
      if (error instanceof VaultUnavailableError) throw new ServiceError('unavailable', { key: 'vault.locked' })
      return null
    })
}

const members: ArchiveSection<Member> = {
  async exportRecords({ dir, storage }) {
    return (
      (await readOr(() => householdFileSchema.parse(storage.open(dir, 'household').read() ?? { schemaVersion: 1, members: [] }).members)) ??
      []
    )
  },
  async importRecords({ dir, storage }, changed, all) {
    if (changed.length === 0) return
    await makePrivateDirAsync(dir)
    storage.open(dir, 'household').write(householdFileSchema.parse({ schemaVersion: 1, members: all }))
  }
}

const devices: ArchiveSection<Device> = {
  async exportRecords({ dir, storage, vault }) {
    const folder = join(dir, 'devices')
    const found = await Promise.all(
      (await recordIdsInAsync(folder)).map((id) =>
        readOr(() => unsealDevice(vault, storedDeviceSchema.parse(storage.open(folder, id).read())))
      )
    )
    return found.filter((device): device is Device => device !== null)
  },
  async importRecords({ dir, storage, vault }, changed) {
    const folder = join(dir, 'devices')
    await makePrivateDirAsync(folder)
    for (const device of changed) storage.open(folder, device.id).write(storedDeviceSchema.parse(await sealDevice(vault, device)))
  }
}

const runs: ArchiveSection<Run> = {
  async exportRecords({ dir, storage }) {
    const folder = join(dir, 'runs')
    const found = await Promise.all(
      (await recordIdsInAsync(folder)).map((id) => readOr(() => runSchema.parse(storage.open(folder, id).read())))
    )
    return found.filter((run): run is Run => run !== null)
  },
  async importRecords({ dir, storage }, changed) {
    const folder = join(dir, 'runs')
    await makePrivateDirAsync(folder)
    for (const run of changed) storage.open(folder, run.deviceId).write(runSchema.parse(run))
  }
}

const attachments: ArchiveSection<AttachmentBundle> = {
  async exportRecords({ dir, storage }) {
    const folder = join(dir, 'attachments')
    const found = await Promise.all(
      (await recordIdsInAsync(folder)).map((deviceId) =>
        readOr(async () => {
          const list = attachmentListSchema.parse(storage.open(folder, deviceId).read())
          const files = await Promise.all(
            list.files.map(async (entry) => ({
              file: entry.file,
              data: (await readFile(join(folder, deviceId, entry.file))).toString('base64')
            }))
          )
          return { deviceId, list, files }
        })
      )
    )
    return found.filter((bundle): bundle is AttachmentBundle => bundle !== null)
  },
  async importRecords({ dir, storage }, changed) {
    const folder = join(dir, 'attachments')
    for (const bundle of changed) {
      await makePrivateDirAsync(join(folder, bundle.deviceId))
      const listed = new Set(bundle.list.files.map((entry) => entry.file))
      for (const file of bundle.files) {
        if (!listed.has(file.file)) continue
        const path = join(folder, bundle.deviceId, file.file)
        if (!(await exists(path))) await writePrivateFileAsync(path, Buffer.from(file.data, 'base64'))
      }
      storage.open(folder, bundle.deviceId).write(attachmentListSchema.parse(bundle.list))
    }
  }
}

const certificates: ArchiveSection<CertificateRecord> = {
  async exportRecords({ dir, storage, vault }) {
    const folder = join(dir, 'certificates')
    const store = certificateStore(storage, vault, dir)
    const deviceIds = (await exists(folder))
      ? (await readdir(folder, { withFileTypes: true }))
          .filter((e) => e.isDirectory())
          .map((e) => e.name)
          .sort()
      : []
    const found = await Promise.all(
      deviceIds.flatMap((deviceId) =>
        store
          .listForDevice(deviceId)
          .map((summary) => readOr(async () => ({ summary, signed: (await store.load(summary.id, deviceId)).signed })))
      )
    )
    return found.filter((record): record is CertificateRecord => record !== null)
  },
  async importRecords({ dir, storage, vault }, changed) {
    const store = certificateStore(storage, vault, dir)
    for (const record of changed) await store.save(record.summary, record.signed)
  }
}

/** Every section, in import order. A new kind of record joins the archive by adding its section here. */
export const SECTIONS: { [K in SectionName]: ArchiveSection<ArchiveRecords[K][number]> } = {
  members,
  devices,
  runs,
  attachments,
  certificates
}

/** Reads every record of a data folder, in clear form, for export or comparison. */
export async function readAllRecords(ctx: SectionContext): Promise<ArchiveRecords> {
  const [m, d, r, a, c] = await Promise.all([
    SECTIONS.members.exportRecords(ctx),
    SECTIONS.devices.exportRecords(ctx),
    SECTIONS.runs.exportRecords(ctx),
    SECTIONS.attachments.exportRecords(ctx),
    SECTIONS.certificates.exportRecords(ctx)
  ])
  return { members: m, devices: d, runs: r, attachments: a, certificates: c }
}
