import type { NewerData } from '@shared/household'
import { createHash } from 'node:crypto'
import { lstat, readdir, readFile, rename, rm } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { z } from 'zod'
import {
  BACKUP_ID_PATTERN,
  BACKUP_REASONS,
  isBackupId,
  MAX_KEEP,
  type BackupInfo,
  type BackupReason,
  type BackupSettings
} from '@shared/archive/backups'
import { ServiceError } from '@shared/result'
import type { Clock, Storage } from '../ports'
import { copyDataTree, dataEntries } from './data-tree'
import { makePrivateDir, writePrivateFileAsync } from '../private-files'
import { exists } from '../exists'
import { beginStaging, commitStaged, abandonStaging } from './staging'
import { withDataFolderLock } from './data-folder-lock'

/** How many backups are kept unless the owner chooses otherwise. */
export const DEFAULT_KEEP = 10
const DAY_MS = 24 * 60 * 60 * 1000
/** Files that are not records (window position, format marker, language); they alone do not make a daily backup necessary. */
const VOLATILE = new Set(['window-state.json', 'data-format.json', 'language.json'])

const settingsSchema = z.object({
  schemaVersion: z.literal(1),
  keep: z.number().int().min(1).max(MAX_KEEP),
  lastDaily: z.object({ at: z.iso.datetime(), fingerprint: z.string().max(100) }).nullable()
})
type SettingsFile = z.infer<typeof settingsSchema>

const infoSchema = z.object({
  id: z.string().regex(BACKUP_ID_PATTERN),
  createdAt: z.iso.datetime(),
  reason: z.enum(BACKUP_REASONS),
  files: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative()
})

/** Copies of the data folder under `backups/<id>/data`, with retention, daily copies and restore. */
export interface BackupService {
  /** Backups, newest first. */
  list(): Promise<BackupInfo[]>
  /** Copies the data folder now, then keeps only the newest N backups. */
  create(reason: BackupReason): Promise<BackupInfo>
  /** Replaces the data with a backup, after backing up the current state; reloads the records. */
  restore(id: string): Promise<{ safetyCopy: BackupInfo }>
  /** The retention setting. */
  settings(): BackupSettings
  /** Changes how many backups are kept and applies it at once. */
  setSettings(settings: BackupSettings): Promise<BackupSettings>
  /** Makes the daily backup when the last one is a day old and the data changed since; null when none was due. */
  maybeDaily(): Promise<BackupInfo | null>
}

/** Builds the backup service over a data folder. `reload` re-reads the records after a restore. */
export function createBackupService(deps: {
  dataDir: string
  storage: Storage
  clock: Clock
  reload: () => Promise<unknown>
  /** Why the data folder is open read-only (null or absent when writable): restores are refused, no daily copy is made. */
  readOnly?: NewerData | null
}): BackupService {
  const { dataDir, storage, clock } = deps
  const root = join(dataDir, 'backups')
  const settingsDoc = storage.open<SettingsFile>(root, 'settings')

  function readSettings(): SettingsFile {
    try {
      const parsed = settingsSchema.safeParse(settingsDoc.read())
      if (parsed.success) return parsed.data
    } catch {
      // An unreadable settings file falls back to the defaults; it is rewritten on the next change.
    }
    return { schemaVersion: 1, keep: DEFAULT_KEEP, lastDaily: null }
  }

  function writeSettings(next: SettingsFile): void {
    makePrivateDir(root)
    settingsDoc.write(next)
  }

  async function readInfo(id: string): Promise<BackupInfo | null> {
    try {
      const parsed = infoSchema.safeParse(JSON.parse(await readFile(join(root, id, 'info.json'), 'utf8')))
      return parsed.success && parsed.data.id === id ? parsed.data : null
    } catch {
      return null
    }
  }

  async function list(): Promise<BackupInfo[]> {
    let names: string[]
    try {
      names = await readdir(root)
    } catch {
      return []
    }
    const infos = await Promise.all(names.filter(isBackupId).map(readInfo))
    return infos.filter((info): info is BackupInfo => info !== null).sort((a, b) => b.id.localeCompare(a.id))
  }

  async function prune(keep: number, spare: string): Promise<void> {
    for (const old of (await list()).filter((info) => info.id !== spare).slice(keep - 1))
      await rm(join(root, old.id), { recursive: true, force: true })
    for (const name of await readdir(root)) if (name.startsWith('.partial-')) await rm(join(root, name), { recursive: true, force: true })
  }

  async function freeId(reason: BackupReason): Promise<{ id: string; at: Date }> {
    let at = clock.now()
    for (;;) {
      const id = `${at.toISOString().replace(/[:.]/g, '-')}_${reason}`
      if (!(await exists(join(root, id)))) return { id, at }
      at = new Date(at.getTime() + 1)
    }
  }

  async function create(reason: BackupReason): Promise<BackupInfo> {
    const { id, at } = await freeId(reason)
    const partial = join(root, `.partial-${id}`)
    try {
      const size = await copyDataTree(dataDir, join(partial, 'data'))
      const info: BackupInfo = { id, createdAt: at.toISOString(), reason, ...size }
      await writePrivateFileAsync(join(partial, 'info.json'), JSON.stringify(info, null, 2))
      await rename(partial, join(root, id))
      await prune(readSettings().keep, id)
      return info
    } catch {
      await rm(partial, { recursive: true, force: true })
      throw new ServiceError('storage-failed', { key: 'backup.writeFailed' })
    }
  }

  async function fingerprint(): Promise<string> {
    const hash = createHash('sha256')
    const add = async (path: string): Promise<void> => {
      const stat = await lstat(path)
      if (stat.isDirectory()) for (const name of (await readdir(path)).sort()) await add(join(path, name))
      else if (stat.isFile()) hash.update(`${relative(dataDir, path)}\0${stat.size}\0${stat.mtimeMs}\n`)
    }
    for (const name of (await dataEntries(dataDir)).filter((n) => !VOLATILE.has(n)).sort()) await add(join(dataDir, name))
    return hash.digest('hex')
  }

  async function dailyIfDue(): Promise<BackupInfo | null> {
    if ((await dataEntries(dataDir)).every((name) => VOLATILE.has(name))) return null
    const settings = readSettings()
    const now = clock.now()
    if (settings.lastDaily && now.getTime() - Date.parse(settings.lastDaily.at) < DAY_MS) return null
    const print = await fingerprint()
    if (settings.lastDaily?.fingerprint === print) return null
    const info = await create('daily')
    writeSettings({ ...readSettings(), lastDaily: { at: now.toISOString(), fingerprint: print } })
    return info
  }

  /** Runs a copy, swap or prune of the data folder after any other one has finished. */
  const locked = <T>(task: () => Promise<T>): Promise<T> => withDataFolderLock(dataDir, task)

  return {
    list,
    create: (reason) => locked(() => create(reason)),
    restore: (id) =>
      locked(async () => {
        if (deps.readOnly) throw new ServiceError('conflict', { key: 'data.readOnly' })
        const source = isBackupId(id) ? await readInfo(id) : null
        if (!source) throw new ServiceError('not-found', { key: 'backup.gone' })
        const staged = await beginStaging(dataDir)
        let safetyCopy: BackupInfo
        try {
          await copyDataTree(join(root, id, 'data'), staged)
          safetyCopy = await create('before-restore')
        } catch (error) {
          await abandonStaging(dataDir)
          if (error instanceof ServiceError) throw error
          throw new ServiceError('storage-failed', { key: 'backup.readFailed' })
        }
        await commitStaged(dataDir)
        await deps.reload()
        return { safetyCopy }
      }),
    settings: () => ({ keep: readSettings().keep }),
    async setSettings({ keep }) {
      writeSettings({ ...readSettings(), keep })
      const newest = (await list())[0]
      if (newest) await locked(() => prune(keep, newest.id))
      return { keep }
    },
    async maybeDaily() {
      if (deps.readOnly) return null
      // Called from a timer: a failure is logged and tried again at the next check, never thrown.
      try {
        return await locked(dailyIfDue)
      } catch (error) {
        console.error(`[handover] the daily backup failed: ${error instanceof Error ? error.message : typeof error}`)
        return null
      }
    }
  }
}
