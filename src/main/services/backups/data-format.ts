import { mkdirSync } from 'node:fs'
import { z } from 'zod'
import type { Storage } from '../ports'
import type { BackupService } from './backup-service'
import { dataEntries } from './data-tree'

/** Version of the data folder's layout; bump it with a step in DATA_MIGRATIONS. */
export const DATA_FORMAT_VERSION = 1
const MARKER = 'data-format'

const markerSchema = z.object({ version: z.number().int().nonnegative() })

/**
 * Steps that bring a data folder from version `n` to `n + 1`. Version 0 is a folder from before the marker
 * existed (the foundation's layout), which is already the layout of version 1.
 */
const DATA_MIGRATIONS: Record<number, (dataDir: string) => void> = {
  0: () => {}
}

/** What `ensureDataFormat` found and did. */
export type DataFormatOutcome = 'current' | 'new' | 'migrated' | 'newer'

/**
 * Checks the data folder's format version. An older folder is backed up first, then migrated step by step.
 * A folder written by a newer Handover is left alone.
 */
export function ensureDataFormat(dataDir: string, storage: Storage, backups: Pick<BackupService, 'create'>): DataFormatOutcome {
  const marker = storage.open<{ version: number }>(dataDir, MARKER)
  let version: number
  try {
    const raw = marker.read()
    if (raw === undefined) {
      if (dataEntries(dataDir).length === 0) {
        mkdirSync(dataDir, { recursive: true })
        marker.write({ version: DATA_FORMAT_VERSION })
        return 'new'
      }
      version = 0
    } else version = markerSchema.parse(raw).version
  } catch {
    version = 0
  }
  if (version === DATA_FORMAT_VERSION) return 'current'
  if (version > DATA_FORMAT_VERSION) return 'newer'
  backups.create('before-migration')
  for (let step = version; step < DATA_FORMAT_VERSION; step++) DATA_MIGRATIONS[step]?.(dataDir)
  marker.write({ version: DATA_FORMAT_VERSION })
  return 'migrated'
}
