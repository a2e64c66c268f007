import { copyFile, mkdir, mkdtemp, readFile, rename, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { z } from 'zod'
import type { SectionName } from '@shared/archive/section-names'
import { issuedCertificateSchema } from '@shared/certificate/issued'
import type { QuarantineEntry, QuarantineRestoreOutcome, QuarantineRestoreProblem } from '@shared/quarantine'
import { zodIssueText } from '@shared/i18n/zod-error-map'
import { attachmentListSchema } from '@shared/offboarding/attachment'
import { runSchema } from '@shared/offboarding/run'
import { ServiceError } from '@shared/result'
import { householdFileSchema, storedDeviceSchema } from '../household-service'
import type { FileDialogs, Storage, Vault } from '../ports'
import { listQuarantine, quarantineDir } from '../quarantine'
import { exists } from '../exists'
import { SECTIONS } from './sections'
import { RECORD_ID_PATTERN } from '../record-ids'

const UUID = RECORD_ID_PATTERN

/** The kinds of file a quarantined file can go back to: where it lived, its schema, and the section that reads it. */
const KINDS: Array<{ path: RegExp; schema: z.ZodType; section: SectionName }> = [
  { path: /^household\.json$/, schema: householdFileSchema, section: 'members' },
  { path: new RegExp(`^devices/${UUID}\\.json$`, 'i'), schema: storedDeviceSchema, section: 'devices' },
  { path: new RegExp(`^runs/${UUID}\\.json$`, 'i'), schema: runSchema, section: 'runs' },
  { path: new RegExp(`^attachments/${UUID}\\.json$`, 'i'), schema: attachmentListSchema, section: 'attachments' },
  { path: new RegExp(`^certificates/${UUID}/${UUID}\\.json$`, 'i'), schema: issuedCertificateSchema, section: 'certificates' }
]

/** The quarantine as the owner sees it in Settings: list, export a file, try to put one back. */
export interface QuarantineActions {
  /** Files set aside, newest first. */
  list(): Promise<QuarantineEntry[]>
  /** Copies a quarantined file to a place chosen in a save dialog; null when cancelled. */
  exportFile(file: string): Promise<{ path: string } | null>
  /** Puts a file back where it was when it now passes the same checks as at load; otherwise leaves it and says why. */
  restore(file: string): Promise<QuarantineRestoreOutcome>
}

/** Builds the quarantine actions. `reload` re-reads the records after a file is put back. */
export function createQuarantineActions(deps: {
  dataDir: string
  storage: Storage
  vault: Vault
  dialogs: FileDialogs
  reload: () => Promise<unknown>
}): QuarantineActions {
  const { dataDir } = deps

  async function entry(file: string): Promise<QuarantineEntry> {
    const found = (await listQuarantine(dataDir)).find((e) => e.file === file)
    if (!found || !(await exists(join(quarantineDir(dataDir), file)))) throw new ServiceError('not-found', { key: 'quarantine.gone' })
    return found
  }

  /** Why the file cannot go back, or null when it reads as a valid record again. */
  async function problemOf(source: string, relPath: string, kind: (typeof KINDS)[number]): Promise<QuarantineRestoreProblem | null> {
    let raw: unknown
    try {
      raw = JSON.parse(await readFile(source, 'utf8'))
    } catch {
      return { code: 'still-not-json' }
    }
    const parsed = kind.schema.safeParse(raw)
    if (!parsed.success) {
      const [issue] = parsed.error.issues
      return { code: 'still-wrong-format', field: issue.path.map(String).join('.'), issue: zodIssueText(issue) }
    }
    if (kind.section === 'members') return null
    const scratch = await mkdtemp(join(tmpdir(), 'handover-quarantine-'))
    try {
      await mkdir(dirname(join(scratch, relPath)), { recursive: true })
      await copyFile(source, join(scratch, relPath))
      const records = await SECTIONS[kind.section].exportRecords({ dir: scratch, storage: deps.storage, vault: deps.vault })
      return records.length === 1 ? null : { code: 'unreadable-here' }
    } finally {
      await rm(scratch, { recursive: true, force: true })
    }
  }

  return {
    list: () => listQuarantine(dataDir),
    async exportFile(file) {
      const found = await entry(file)
      const path = await deps.dialogs.chooseSavePath({
        title: 'main:dialog.quarantineExportTitle',
        defaultName: found.file,
        filters: [{ name: 'main:dialog.allFiles', extensions: ['*'] }]
      })
      if (!path) return null
      await copyFile(join(quarantineDir(dataDir), found.file), path)
      return { path }
    },
    async restore(file) {
      const found = await entry(file)
      const relPath = found.originalPath.split('\\').join('/')
      const kind = KINDS.find((k) => k.path.test(relPath))
      if (!kind) return { restored: false, problem: { code: 'unknown-kind' } }
      const target = join(dataDir, relPath)
      if (await exists(target)) return { restored: false, problem: { code: 'target-taken', path: relPath } }
      const source = join(quarantineDir(dataDir), found.file)
      const problem = await problemOf(source, relPath, kind)
      if (problem) return { restored: false, problem }
      await mkdir(dirname(target), { recursive: true })
      await rename(source, target)
      await rm(`${source}.why.json`, { force: true })
      await deps.reload()
      return { restored: true, originalPath: relPath }
    }
  }
}
