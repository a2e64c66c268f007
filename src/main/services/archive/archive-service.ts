import { randomUUID } from 'node:crypto'
import { basename } from 'node:path'
import { archiveSchema, buildArchive, MAX_ARCHIVE_BYTES, type ArchiveRecords } from '../../../shared/archive/format'
import { SECTION_NAMES } from '../../../shared/archive/section-names'
import type { ImportOutcome, ImportPreview } from '../../../shared/archive/plan'
import { ServiceError } from '../../../shared/result'
import { beginStaging, abandonStaging, commitStaged } from '../backups/staging'
import { copyDataTree } from '../backups/data-tree'
import { withDataFolderLock } from '../backups/data-folder-lock'
import type { BackupService } from '../backups/backup-service'
import type { Clock, FileDialogs, Storage, Vault } from '../ports'
import { encryptArchive } from './archive-crypto'
import { writeFileAtomic } from '../atomic-file'
import { phonesCsv } from './csv-inventory'
import { planImport } from './import-plan'
import type { DecodedArchive } from './read-archive'
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
  /** The text of an archive of the current records (what exportAll writes). */
  archiveText(passphrase?: string, scryptLogN?: number): Promise<string>
  /** Asks for an archive file and reads it; null when cancelled. */
  openImport(): Promise<{ token: string; fileName: string; protected: boolean } | null>
  /** Reads an archive file from a path (the dialog's answer). */
  openImportPath(path: string): Promise<{ token: string; fileName: string; protected: boolean }>
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
  backups: Pick<BackupService, 'create'>
  /** Reads archive files off the main thread, with resource limits. */
  parser: Pick<UntrustedFileParser, 'openArchive' | 'decryptArchive'>
  /** Re-reads the records after an import (the household's load). */
  reload: () => Promise<unknown>
  /** Why the data folder is open read-only ('' or absent when writable): imports are refused. */
  readOnly?: string
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

  async function archiveText(passphrase?: string, scryptLogN?: number): Promise<string> {
    const archive = buildArchive(consistent(await readAllRecords(here)), clock.now().toISOString(), deps.appVersion)
    const checked = archiveSchema.safeParse(archive)
    if (!checked.success) throw new ServiceError('storage-failed', 'A record could not be exported because it does not pass its own checks. Nothing was written.')
    const text = JSON.stringify(archive)
    const written = passphrase ? JSON.stringify(await encryptArchive(text, passphrase, scryptLogN)) : text
    // An export is only worth writing if an import can read it back.
    if (Buffer.byteLength(written) > MAX_ARCHIVE_BYTES) {
      throw new ServiceError('invalid-input', `The records come to more than ${MAX_ARCHIVE_BYTES / 1024 / 1024} MB, more than an archive can hold. Nothing was written; use a backup (Settings) to keep them.`)
    }
    return written
  }

  function take(token: string): Pending {
    const entry = pending.get(token)
    if (!entry) throw new ServiceError('not-found', 'Open the archive again: Handover no longer has it.')
    return entry
  }

  /** Reads, parses and validates the file in the parse worker: the main thread never parses an untrusted archive. */
  async function openImportPath(path: string) {
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
    if (!entry.decoded) throw new ServiceError('conflict', 'Preview the import before applying it.')
    const outcome = planImport(entry.decoded.archive.records, await readAllRecords(here))
    if (!outcome.ok) {
      const [first] = outcome.problems
      throw new ServiceError('invalid-input', first?.message ?? 'The archive is not consistent.', outcome.problems.slice(0, 20))
    }
    return outcome.plan
  }

  return {
    async exportAll(passphrase) {
      const path = await dialogs.chooseSavePath({
        title: 'Export all records',
        defaultName: `handover-records-${today()}.${ARCHIVE_EXTENSION}`,
        filters: [{ name: 'Handover archive', extensions: [ARCHIVE_EXTENSION] }]
      })
      if (!path) return null
      writeFileAtomic(path, await archiveText(passphrase))
      return { path }
    },
    async exportCsv(includeSecrets) {
      const path = await dialogs.chooseSavePath({
        title: 'Export phone inventory',
        defaultName: `handover-phones-${today()}.csv`,
        filters: [{ name: 'CSV (spreadsheet)', extensions: ['csv'] }]
      })
      if (!path) return null
      const records = await readAllRecords(here)
      writeFileAtomic(path, phonesCsv(records.devices, records.members, includeSecrets))
      return { path }
    },
    archiveText,
    async openImport() {
      const [path] = await dialogs.chooseOpenPaths({
        title: 'Import records',
        multiple: false,
        filters: [{ name: 'Handover archive', extensions: [ARCHIVE_EXTENSION, 'json'] }]
      })
      return path ? openImportPath(path) : null
    },
    openImportPath,
    async previewImport(token, passphrase) {
      const entry = take(token)
      entry.decoded = await decoded(entry.opened, passphrase)
      const { counts, changed, changes } = await plan(entry)
      const { manifest } = entry.decoded.archive
      return { token, fileName: entry.fileName, createdAt: manifest.createdAt, appVersion: manifest.appVersion, migratedFrom: entry.decoded.migratedFrom, counts, changed, changes }
    },
    async applyImport(token) {
      const entry = take(token)
      if (deps.readOnly) throw new ServiceError('conflict', deps.readOnly)
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
            await (SECTIONS[name].importRecords as (ctx: SectionContext, changed: unknown[], all: unknown[]) => Promise<void>)(there, steps.writes[name], steps.after[name])
          }
          const readBack = await readAllRecords(there)
          const lost = SECTION_NAMES.find((name) => readBack[name].length !== steps.after[name].length)
          if (lost) throw new Error(`read-back mismatch in ${lost}`)
        } catch {
          await abandonStaging(dataDir)
          throw new ServiceError('storage-failed', 'The import could not be written. Nothing was changed.')
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
