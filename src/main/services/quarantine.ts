import { chmodSync, readFileSync, renameSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { makePrivateDir, PRIVATE_FILE_MODE, writePrivateFile } from './private-files'
import { basename, join, relative } from 'node:path'
import type { QuarantineEntry } from '@shared/quarantine'

const WHY_SUFFIX = '.why.json'

/** The quarantine folder of a data folder. */
export function quarantineDir(dataDir: string): string {
  return join(dataDir, 'quarantine')
}

/** The nickname still legible in a damaged phone record (its first field), so the owner is told which phone it was. */
export function legibleNickname(filePath: string): string | undefined {
  try {
    // eslint-disable-next-line n/no-sync -- read while a record is read through the synchronous Storage port (readRecord)
    const match = /"nickname"\s*:\s*("(?:[^"\\]|\\.){1,80}")/.exec(readFileSync(filePath, 'utf8').slice(0, 2000))
    return match ? (JSON.parse(match[1]) as string) : undefined
  } catch {
    return undefined
  }
}

/**
 * Moves an unreadable or invalid file to `quarantine/` with a timestamp, untouched, and records why.
 * The original bytes are never rewritten or deleted. Synchronous: it runs inside readRecord, on the synchronous
 * Storage port's read path, and moves to promises with that port.
 */
export function quarantineFile(dataDir: string, filePath: string, reason: string, now: Date, nickname?: string): QuarantineEntry {
  const dir = quarantineDir(dataDir)
  makePrivateDir(dir)
  const stamp = now.toISOString().replace(/[:.]/g, '-')
  const file = `${stamp}__${basename(filePath)}`
  const entry: QuarantineEntry = {
    file,
    originalPath: relative(dataDir, filePath),
    at: now.toISOString(),
    reason,
    ...(nickname === undefined ? {} : { nickname })
  }
  // eslint-disable-next-line n/no-sync -- on the synchronous Storage port's read path (see above)
  renameSync(filePath, join(dir, file))
  // eslint-disable-next-line n/no-sync -- as above
  chmodSync(join(dir, file), PRIVATE_FILE_MODE)
  writePrivateFile(join(dir, file + WHY_SUFFIX), JSON.stringify(entry, null, 2))
  return entry
}

/** Every file in quarantine with when and why it was set aside, newest first. */
export async function listQuarantine(dataDir: string): Promise<QuarantineEntry[]> {
  let names: string[]
  try {
    names = await readdir(quarantineDir(dataDir))
  } catch {
    return []
  }
  const entries: QuarantineEntry[] = []
  for (const name of names) {
    if (name.endsWith(WHY_SUFFIX)) continue
    try {
      entries.push(JSON.parse(await readFile(join(quarantineDir(dataDir), name + WHY_SUFFIX), 'utf8')) as QuarantineEntry)
    } catch {
      entries.push({ file: name, originalPath: 'unknown', at: '', reason: 'No record of why it was set aside.' })
    }
  }
  return entries.sort((a, b) => b.at.localeCompare(a.at))
}

/** A short sentence for why a file could not be used. */
export function describeReadProblem(error: unknown): string {
  if (error instanceof SyntaxError) return 'The file is damaged: it is not complete, valid JSON.'
  if (error instanceof Error && error.name === 'ZodError') return 'The file does not match the expected record format.'
  if (error instanceof Error && 'code' in error) return `The file could not be read (${String((error as NodeJS.ErrnoException).code)}).`
  return 'The file could not be used.'
}
