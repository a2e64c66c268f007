import { chmodSync, copyFileSync, lstatSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

/** Folders in the data folder: the owner only (HANDOVER_DATA_DIR and portable installs have no private parent). */
export const PRIVATE_DIR_MODE = 0o700
/** Files in the data folder: the owner only. */
export const PRIVATE_FILE_MODE = 0o600

/** A temp file of an interrupted write: electron-store's (`<file>.tmp-<10 digits><6 hex>`) or writeFileAtomic's (`.tmp-<16 hex>`). */
export const TEMP_FILE = /\.tmp-[0-9a-f]{16}$/

/** Makes a folder (and its missing parents) readable by the owner only. */
export function makePrivateDir(path: string): void {
  mkdirSync(path, { recursive: true, mode: PRIVATE_DIR_MODE })
}

/** Writes a new file readable by the owner only. */
export function writePrivateFile(path: string, data: string | Uint8Array): void {
  writeFileSync(path, data, { mode: PRIVATE_FILE_MODE })
  chmodSync(path, PRIVATE_FILE_MODE)
}

/** Copies a file in (never over an existing one), readable by the owner only whatever the source's mode. */
export function copyPrivateFile(from: string, to: string): void {
  copyFileSync(from, to)
  chmodSync(to, PRIVATE_FILE_MODE)
}

/** True when `path` itself is a symbolic link (false when it does not exist). */
export function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink()
  } catch {
    return false
  }
}

/** True when `rel` (relative to the data folder) or a folder on the way to it is a symbolic link, so it may lead outside. */
export function passesThroughLink(dataDir: string, rel: string): boolean {
  const parts = rel.split(sep).filter(Boolean)
  return parts.some((_, index) => isLink(join(dataDir, ...parts.slice(0, index + 1))))
}

/**
 * One pass over the data folder (three levels, which holds every store folder) that follows no link, so a loop or
 * a dangling link cannot stop it: returns every symbolic link (relative paths) and, unless `keepTemps`, removes the
 * temp files that writes cut off by a crash left behind (the real files are intact). Top-level folders in `skip`
 * (backups, trash, quarantine) are not searched. Also returns the other files of the top-level folder `listed`, so
 * the caller need not read that folder again.
 */
export function sweepDataFolder(dataDir: string, options: { skip: ReadonlySet<string>; keepTemps: boolean; listed: string }): { links: string[]; listed: string[] } {
  const { skip, keepTemps } = options
  const links: string[] = []
  const listed: string[] = []
  const listedDir = join(dataDir, options.listed)
  const walk = (dir: string, depth: number): void => {
    let entries
    try {
      entries = readdirSync(dir, { withFileTypes: true })
    } catch {
      return
    }
    for (const entry of entries) {
      const path = join(dir, entry.name)
      if (depth === 0 && skip.has(entry.name)) continue
      if (entry.isSymbolicLink()) links.push(relative(dataDir, path))
      else if (entry.isDirectory()) {
        if (depth < 2) walk(path, depth + 1)
      } else if (TEMP_FILE.test(entry.name)) {
        if (!keepTemps) rmSync(path, { force: true })
      } else if (dir === listedDir) listed.push(entry.name)
    }
  }
  walk(dataDir, 0)
  return { links: links.sort(), listed }
}
