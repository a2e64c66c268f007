import type { NewerData } from '@shared/household'
import { randomUUID } from 'node:crypto'
import { basename } from 'node:path'
import { archiveSchema, buildArchive, MAX_ARCHIVE_BYTES, type ArchiveRecords } from '@shared/archive/format'
import { SECTION_NAMES } from '@shared/archive/section-names'
import type { ImportOutcome, ImportPreview } from '@shared/archive/plan'
import { ServiceError } from '@shared/result'
import { beginStaging, abandonStaging, commitStaged } from '../backups/staging'
import { copyDataTree } from '../backups/data-tree'
import { withDataFolderLock } from '../backups/data-folder-lock'
import type { BackupService } from '../backups/backup-service'
import type { Clock, FileDialogs, Storage, Vault } from '../ports'
import type { CurrentLanguage } from '../language/current-language'
import { encryptArchive } from './archive-crypto'
import { writeFileAtomic } from '../atomic-file'
import { phonesCsv } from './csv-inventory'
import { planImport } from './import-plan'
import { refuse, type DecodedArchive } from './read-archive'
import { fromRefusal, type OpenedArchiveFile } from '../parsing/parse-tasks'
import type { UntrustedFileParser } from '../parsing/worker-parser'
import { readAllRecords, SECTIONS, type SectionContext } from './sections'

/** The file extension of Handover archives. */
export const ARCHIVE_EXTENSION = 'handover'

/** Export to one archive file, CSV inventory, and all-or-nothing import with a preview. */
export interface ArchiveService {
  /** Asks where to save and writes every record, protected by the passphrase when one is given; null when cancelled. */
  exportAll(passphrase?: string): Promise<{ path: string } | null>
  /** Asks where to save and writes the phones as CSV; null when cancelled. */
  exportCsv(includeSecrets: boolean): Promise<{ path: string } | null>
  /** Asks for an archive file and reads it; null when cancelled. */
  openImport(): Promise<{ token: string; fileName: string; protected: boolean } | null>
  /** Decrypts, validates and plans the import; nothing is written. */
  previewImport(token: string, passphrase?: string): Promise<ImportPreview>
  /** Applies the previewed import all or nothing, then reloads the records. */
  applyImport(token: string): Promise<ImportOutcome>
  /** Forgets an opened file. */
  cancelImport(token: string): null
}

/** What the archive service is built from. */
export interface ArchiveServiceDeps {
  dataDir: string
  appVersion: string
  storage: Storage
  vault: Vault
  clock: Clock
  dialogs: FileDialogs
  /** The language the CSV inventory is written in (the app's at the time of export). */
  text: Pick<CurrentLanguage, 't'>
  backups: Pick<BackupService, 'create'>
  /** Reads archive files off the main thread, with resource limits. */
  parser: Pick<UntrustedFileParser, 'openArchive' | 'decryptArchive'>
  /** Re-reads the records after an import (the household's load). */
  reload: () => Promise<unknown>
  /** Why the data folder is open read-only (null or absent when writable): imports are refused. */
  readOnly?: NewerData | null
}

interface Pending {
  fileName: string
  opened: OpenedArchiveFile
  decoded: DecodedArchive | null
}

/** Drops records that refer to a phone or member that is gone, so an export never holds what an import refuses. */
function consistent(records: ArchiveRecords): ArchiveRecords {
  const phones = new Set(records.devices.map((d) => d.id))
  const members = new Set(records.members.map((m) => m.id))
  return {
    members: records.members,
    devices: records.devices.map((d) => (d.ownerId === null || members.has(d.ownerId) ? d : { ...d, ownerId: null })),
    runs: records.runs.filter((r) => phones.has(r.deviceId)),
    attachments: records.attachments.filter((a) => phones.has(a.deviceId)),
    certificates: records.certificates.filter((c) => phones.has(c.summary.deviceId))
  }
}

/** Builds the archive service. */
export function createArchiveService(deps: ArchiveServiceDeps): ArchiveService {
  const { dataDir, storage, vault, clock, dialogs } = deps
  const here: SectionContext = { dir: dataDir, storage, vault }
  const pending = new Map<string, Pending>()
  const today = () => clock.now().toISOString().slice(0, 10)

  /** The text of an archive of the current records, protected by the passphrase when one is given. */
  async function archiveText(passphrase?: string): Promise<string> {
    const archive = buildArchive(consistent(await readAllRecords(here)), clock.now().toISOString(), deps.appVersion)
    const checked = archiveSchema.safeParse(archive)
    if (!checked.success) throw new ServiceError('storage-failed', { key: 'archive.recordFailsChecks' })
    const text = JSON.stringify(archive)
    const written = passphrase ? JSON.stringify(await encryptArchive(text, passphrase)) : text
    // An export is only worth writing if an import can read it back.
    if (Buffer.byteLength(written) > MAX_ARCHIVE_BYTES) {
      throw new ServiceError('invalid-input', { key: 'archive.exportTooLarge', params: { megabytes: MAX_ARCHIVE_BYTES / 1024 / 1024 } })
    }
    return written
  }

  function take(token: string): Pending {
    const entry = pending.get(token)
    if (!entry) throw new ServiceError('not-found', { key: 'archive.gone' })
    return entry
  }

  /** Reads, parses and validates the file in the parse worker: the main thread never parses an untrusted archive. */
  async function openImportPath(path: string): Promise<{ token: string; fileName: string; protected: boolean }> {
    const opened = await deps.parser.openArchive(path)
    pending.clear()
    const token = randomUUID()
    pending.set(token, { fileName: basename(path), opened, decoded: null })
    return { token, fileName: basename(path), protected: opened.kind === 'protected' }
  }

  async function decoded(opened: OpenedArchiveFile, passphrase: string | undefined): Promise<DecodedArchive> {
    if (opened.kind === 'plain') return opened.decoded
    if (opened.kind === 'plain-refused') throw fromRefusal(opened.refusal)
    return deps.parser.decryptArchive(opened.envelope, passphrase ?? '')
  }

  async function plan(entry: Pending) {
    if (!entry.decoded) throw new ServiceError('conflict', { key: 'archive.previewFirst' })
    const outcome = planImport(entry.decoded.archive.records, await readAllRecords(here))
    if (!outcome.ok) {
      throw refuse(outcome.problems.slice(0, 20))
    }
    return outcome.plan
  }

  return {
    async exportAll(passphrase) {
      const path = await dialogs.chooseSavePath({
        title: 'main:dialog.exportTitle',
        defaultName: `handover-records-${today()}.${ARCHIVE_EXTENSION}`,
        filters: [{ name: 'main:dialog.archiveFilter', extensions: [ARCHIVE_EXTENSION] }]
      })
      if (!path) return null
      writeFileAtomic(path, await archiveText(passphrase))
      return { path }
    },
    async exportCsv(includeSecrets) {
      const path = await dialogs.chooseSavePath({
        title: 'main:dialog.inventoryTitle',
        defaultName: `handover-phones-${today()}.csv`,
        filters: [{ name: 'main:dialog.csvFilter', extensions: ['csv'] }]
      })
      if (!path) return null
      const records = await readAllRecords(here)
      writeFileAtomic(path, phonesCsv(records.devices, records.members, includeSecrets, deps.text.t))
      return { path }
    },
    async openImport() {
      const [path] = await dialogs.chooseOpenPaths({
        title: 'main:dialog.importTitle',
        multiple: false,
        filters: [{ name: 'main:dialog.archiveFilter', extensions: [ARCHIVE_EXTENSION, 'json'] }]
      })
      return path ? openImportPath(path) : null
    },
    async previewImport(token, passphrase) {
      const entry = take(token)
      entry.decoded = await decoded(entry.opened, passphrase)
      const { counts, changed, changes } = await plan(entry)
      const { manifest } = entry.decoded.archive
      return {
        token,
        fileName: entry.fileName,
        createdAt: manifest.createdAt,
        appVersion: manifest.appVersion,
        migratedFrom: entry.decoded.migratedFrom,
        counts,
        changed,
        changes
      }
    },
    async applyImport(token) {
      const entry = take(token)
      if (deps.readOnly) throw new ServiceError('conflict', { key: 'data.readOnly' })
      const steps = await plan(entry)
      if (steps.changes === 0) {
        pending.delete(token)
        return { changes: 0 }
      }
      await deps.backups.create('before-import')
      await withDataFolderLock(dataDir, async () => {
        const staged = await beginStaging(dataDir)
        try {
          await copyDataTree(dataDir, staged)
          const there: SectionContext = { dir: staged, storage, vault }
          for (const name of SECTION_NAMES) {
            await (SECTIONS[name].importRecords as (ctx: SectionContext, changed: unknown[], all: unknown[]) => Promise<void>)(
              there,
              steps.writes[name],
              steps.after[name]
            )
          }
          const readBack = await readAllRecords(there)
          const lost = SECTION_NAMES.find((name) => readBack[name].length !== steps.after[name].length)
          if (lost) throw new Error(`read-back mismatch in ${lost}`)
        } catch {
          await abandonStaging(dataDir)
          throw new ServiceError('storage-failed', { key: 'archive.importFailed' })
        }
        await commitStaged(dataDir)
      })
      pending.delete(token)
      await deps.reload()
      return { changes: steps.changes }
    },
    cancelImport(token) {
      pending.delete(token)
      return null
    }
  }
}
