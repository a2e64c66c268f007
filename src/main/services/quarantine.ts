import { chmodSync, readdirSync, readFileSync, renameSync } from 'node:fs'
import { makePrivateDir, PRIVATE_FILE_MODE, writePrivateFile } from './private-files'
import { basename, join, relative } from 'node:path'
import type { QuarantineEntry } from '../../shared/quarantine'

const WHY_SUFFIX = '.why.json'

/** The quarantine folder of a data folder. */
export function quarantineDir(dataDir: string): string {
  return join(dataDir, 'quarantine')
}

/** The nickname still legible in a damaged phone record (its first field), so the owner is told which phone it was. */
export function legibleNickname(filePath: string): string | undefined {
  try {
    const match = /"nickname"\s*:\s*("(?:[^"\\]|\\.){1,80}")/.exec(readFileSync(filePath, 'utf8').slice(0, 2000))
    return match ? (JSON.parse(match[1]!) as string) : undefined
  } catch {
    return undefined
  }
}

/**
 * Moves an unreadable or invalid file to `quarantine/` with a timestamp, untouched, and records why.
 * The original bytes are never rewritten or deleted.
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
  renameSync(filePath, join(dir, file))
  chmodSync(join(dir, file), PRIVATE_FILE_MODE)
  writePrivateFile(join(dir, file + WHY_SUFFIX), JSON.stringify(entry, null, 2))
  return entry
}

/** Every file in quarantine with when and why it was set aside, newest first. */
export function listQuarantine(dataDir: string): QuarantineEntry[] {
  let names: string[]
  try {
    names = readdirSync(quarantineDir(dataDir))
  } catch {
    return []
  }
  const entries: QuarantineEntry[] = []
  for (const name of names) {
    if (name.endsWith(WHY_SUFFIX)) continue
    try {
      entries.push(JSON.parse(readFileSync(join(quarantineDir(dataDir), name + WHY_SUFFIX), 'utf8')) as QuarantineEntry)
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
