import { makePrivateDirAsync } from '../private-files'
import { z } from 'zod'
import type { Storage } from '../ports'
import type { BackupService } from './backup-service'
import { dataEntries } from './data-tree'
import type { NewerData } from '@shared/household'

/** Version of the data folder's layout; bump it with a step in DATA_MIGRATIONS. */
export const DATA_FORMAT_VERSION = 2
const MARKER = 'data-format'

const markerSchema = z.object({ version: z.number().int().nonnegative(), writtenBy: z.string().max(100).optional() })
type Marker = z.infer<typeof markerSchema>

/**
 * Steps that bring a data folder from version `n` to `n + 1`. Version 0 is a folder from before the marker
 * existed (the foundation's layout), which is already the layout of version 1. Version 2: runs keep the USB check's
 * facts (counts, reasons, the serial's tail) instead of English sentences; a version-1 run reads as it is, so the
 * step changes no file, and an older Handover, whose run schema would set such runs aside, opens the folder read-only.
 */
const DATA_MIGRATIONS: Record<number, (dataDir: string) => void> = {
  0: () => {},
  1: () => {}
}

/** What `ensureDataFormat` found and did. */
export type DataFormatOutcome = 'current' | 'new' | 'migrated' | 'newer'

/**
 * Checks the data folder's format version. An older folder is backed up first, then migrated step by step.
 * A folder written by a newer Handover is left alone.
 */
export async function ensureDataFormat(
  dataDir: string,
  storage: Storage,
  backups: Pick<BackupService, 'create'>,
  appVersion?: string
): Promise<DataFormatOutcome> {
  const marker = storage.open<Marker>(dataDir, MARKER)
  const current: Marker =
    appVersion === undefined ? { version: DATA_FORMAT_VERSION } : { version: DATA_FORMAT_VERSION, writtenBy: appVersion }
  let version: number
  try {
    const raw = marker.read()
    if (raw === undefined) {
      if ((await dataEntries(dataDir)).length === 0) {
        await makePrivateDirAsync(dataDir)
        marker.write(current)
        return 'new'
      }
      version = 0
    } else version = markerSchema.parse(raw).version
  } catch {
    version = 0
  }
  if (version === DATA_FORMAT_VERSION) return 'current'
  if (version > DATA_FORMAT_VERSION) return 'newer'
  await backups.create('before-migration')
  for (let step = version; step < DATA_FORMAT_VERSION; step++) DATA_MIGRATIONS[step]?.(dataDir)
  marker.write(current)
  return 'migrated'
}

/** Which Handover wrote a folder that is newer than this version, and in which data format (from its marker). */
export function newerData(dataDir: string, storage: Storage): NewerData {
  let marker: Marker | null
  try {
    marker = markerSchema.parse(storage.open<Marker>(dataDir, MARKER).read())
  } catch {
    marker = null
  }
  return { writtenBy: marker?.writtenBy ?? null, format: marker?.version ?? DATA_FORMAT_VERSION + 1, reads: DATA_FORMAT_VERSION }
}
