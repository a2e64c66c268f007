import { z } from 'zod'
import { ARCHIVE_FORMAT, ARCHIVE_VERSION } from './format'

/**
 * Version 1: the first cut of the format, from before runs, receipts and certificates were kept — members
 * and phones only. Its records are checked with today's schemas after migration.
 */
const archiveV1Schema = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  version: z.literal(1),
  manifest: z.object({
    createdAt: z.string(),
    appVersion: z.string(),
    counts: z.object({ members: z.number(), devices: z.number() })
  }),
  records: z.object({ members: z.array(z.unknown()), devices: z.array(z.unknown()) })
})

/** One step up: the archive of version `from` to version `from + 1`. */
const MIGRATIONS: Record<number, (raw: unknown) => unknown> = {
  1: (raw) => {
    const v1 = archiveV1Schema.parse(raw)
    const empty = { runs: 0, attachments: 0, certificates: 0 }
    return {
      format: ARCHIVE_FORMAT,
      version: 2,
      manifest: { ...v1.manifest, counts: { ...v1.manifest.counts, ...empty } },
      records: { ...v1.records, runs: [], attachments: [], certificates: [] }
    }
  },
  // Version 3: runs keep the USB check's facts instead of English sentences. A version-2 archive's runs read as they
  // are; the number goes up so an older Handover refuses a newer archive as newer, not its runs as broken.
  2: (raw) => ({ ...(raw as Record<string, unknown>), version: 3 })
}

/** Where a parsed file stands against the versions this Handover reads. */
export type VersionCheck = { kind: 'current' | 'older'; version: number } | { kind: 'newer'; version: number } | { kind: 'unknown' }

/** Reads the format and version fields of a parsed file. */
export function checkVersion(raw: unknown): VersionCheck {
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== ARCHIVE_FORMAT) return { kind: 'unknown' }
  const version = (raw as { version?: unknown }).version
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) return { kind: 'unknown' }
  if (version > ARCHIVE_VERSION) return { kind: 'newer', version }
  return { kind: version === ARCHIVE_VERSION ? 'current' : 'older', version }
}

/** Brings an archive of an older version up to the current one, step by step; the current version passes unchanged. */
export function migrateArchive(raw: unknown, fromVersion: number): unknown {
  let value = raw
  for (let version = fromVersion; version < ARCHIVE_VERSION; version++) {
    const step = MIGRATIONS[version]
    if (!step) throw new Error(`No migration from archive version ${version}.`)
    value = step(value)
  }
  return value
}
