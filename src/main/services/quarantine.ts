import { chmodSync, readFileSync, renameSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { makePrivateDir, PRIVATE_FILE_MODE, writePrivateFile } from './private-files'
import { basename, join, relative } from 'node:path'
import type { QuarantineEntry, QuarantineProblem } from '@shared/quarantine'
import { entryFromNote } from './quarantine-notes'

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
export function quarantineFile(
  dataDir: string,
  filePath: string,
  problem: QuarantineProblem,
  now: Date,
  nickname?: string
): QuarantineEntry {
  const dir = quarantineDir(dataDir)
  makePrivateDir(dir)
  const stamp = now.toISOString().replace(/[:.]/g, '-')
  const file = `${stamp}__${basename(filePath)}`
  const entry: QuarantineEntry = {
    file,
    originalPath: relative(dataDir, filePath),
    at: now.toISOString(),
    problem,
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
    const note = await readFile(join(quarantineDir(dataDir), name + WHY_SUFFIX), 'utf8').catch(() => null)
    entries.push(entryFromNote(name, note))
  }
  return entries.sort((a, b) => b.at.localeCompare(a.at))
}

/** Why a file could not be used, as a code the renderer puts in words. */
export function readProblemOf(error: unknown): QuarantineProblem {
  if (error instanceof SyntaxError) return { code: 'not-json' }
  if (error instanceof Error && error.name === 'ZodError') return { code: 'wrong-format' }
  if (error instanceof Error && 'code' in error) return { code: 'unreadable', errno: String((error as NodeJS.ErrnoException).code) }
  return { code: 'unusable' }
}
