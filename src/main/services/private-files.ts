import { chmodSync, mkdirSync, writeFileSync } from 'node:fs'
import { chmod, copyFile, lstat, mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'

/** Folders in the data folder: the owner only (HANDOVER_DATA_DIR and portable installs have no private parent). */
export const PRIVATE_DIR_MODE = 0o700
/** Files in the data folder: the owner only. */
export const PRIVATE_FILE_MODE = 0o600

/** A temp file of an interrupted write: electron-store's (`<file>.tmp-<10 digits><6 hex>`) or writeFileAtomic's (`.tmp-<16 hex>`). */
export const TEMP_FILE = /\.tmp-[0-9a-f]{16}$/

/**
 * Makes a folder (and its missing parents) readable by the owner only, synchronously: for startup (the data folder
 * itself, before the window exists) and for the writers of the synchronous Storage port, which create a record's
 * folder just before writing through it. Requests use `makePrivateDirAsync`.
 */
export function makePrivateDir(path: string): void {
  // eslint-disable-next-line n/no-sync -- startup and the synchronous Storage port's writers (see the TSDoc above)
  mkdirSync(path, { recursive: true, mode: PRIVATE_DIR_MODE })
}

/** Makes a folder (and its missing parents) readable by the owner only, without blocking the main process. */
export async function makePrivateDirAsync(path: string): Promise<void> {
  await mkdir(path, { recursive: true, mode: PRIVATE_DIR_MODE })
}

/**
 * Writes a new file readable by the owner only, synchronously: for the quarantine note written while a record is read
 * through the synchronous Storage port. Requests use `writePrivateFileAsync`.
 */
export function writePrivateFile(path: string, data: string | Uint8Array): void {
  // eslint-disable-next-line n/no-sync -- on the synchronous Storage port's read path (quarantining a bad record)
  writeFileSync(path, data, { mode: PRIVATE_FILE_MODE })
  // eslint-disable-next-line n/no-sync -- as above
  chmodSync(path, PRIVATE_FILE_MODE)
}

/** Writes a new file readable by the owner only, without blocking the main process. */
export async function writePrivateFileAsync(path: string, data: string | Uint8Array): Promise<void> {
  await writeFile(path, data, { mode: PRIVATE_FILE_MODE })
  await chmod(path, PRIVATE_FILE_MODE)
}

/** Copies a file in (never over an existing one), readable by the owner only whatever the source's mode. */
export async function copyPrivateFile(from: string, to: string): Promise<void> {
  await copyFile(from, to)
  await chmod(to, PRIVATE_FILE_MODE)
}

/** True when `path` itself is a symbolic link (false when it does not exist). */
export async function isLink(path: string): Promise<boolean> {
  try {
    return (await lstat(path)).isSymbolicLink()
  } catch {
    return false
  }
}

/** True when `rel` (relative to the data folder) or a folder on the way to it is a symbolic link, so it may lead outside. */
export async function passesThroughLink(dataDir: string, rel: string): Promise<boolean> {
  const parts = rel.split(sep).filter(Boolean)
  for (let index = 0; index < parts.length; index++) if (await isLink(join(dataDir, ...parts.slice(0, index + 1)))) return true
  return false
}

/**
 * One pass over the data folder (three levels, which holds every store folder) that follows no link, so a loop or
 * a dangling link cannot stop it: returns every symbolic link (relative paths) and, unless `keepTemps`, removes the
 * temp files that writes cut off by a crash left behind (the real files are intact). Top-level folders in `skip`
 * (backups, trash, quarantine) are not searched. Also returns the other files of the top-level folder `listed`, so
 * the caller need not read that folder again.
 */
export async function sweepDataFolder(
  dataDir: string,
  options: { skip: ReadonlySet<string>; keepTemps: boolean; listed: string }
): Promise<{ links: string[]; listed: string[] }> {
  const { skip, keepTemps } = options
  const links: string[] = []
  const listed: string[] = []
  const listedDir = join(dataDir, options.listed)
  const walk = async (dir: string, depth: number): Promise<void> => {
    let entries
    try {
      entries = await readdir(dir, { withFileTypes: true })
    } catch {
      return
    }
    // Paths are joined only where one is needed: joining every name of 10,000 phone files was most of the walk.
    for (const entry of entries) {
      if (depth === 0 && skip.has(entry.name)) continue
      if (entry.isSymbolicLink()) links.push(relative(dataDir, join(dir, entry.name)))
      else if (entry.isDirectory()) {
        if (depth < 2) await walk(join(dir, entry.name), depth + 1)
      } else if (TEMP_FILE.test(entry.name)) {
        if (!keepTemps) await rm(join(dir, entry.name), { force: true })
      } else if (dir === listedDir) listed.push(entry.name)
    }
  }
  await walk(dataDir, 0)
  return { links: links.sort(), listed }
}
