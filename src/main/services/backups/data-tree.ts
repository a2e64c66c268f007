import { lstatSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { copyPrivateFile, makePrivateDir } from '../private-files'

/** Top-level entries of the data folder that are not part of its state: copies, scratch space and undo bundles. */
export const NOT_DATA = new Set(['backups', '.staging', 'trash'])

/** The top-level entries of the data folder that make up its state. */
export function dataEntries(dataDir: string): string[] {
  try {
    return readdirSync(dataDir).filter((name) => !NOT_DATA.has(name))
  } catch {
    return []
  }
}

/** Size of a copy: how many files and bytes. */
export interface TreeSize {
  files: number
  bytes: number
}

/** Copies one entry; symbolic links (to outside files, dangling, or looping) are skipped, never followed. */
function copyEntry(from: string, to: string, size: TreeSize): void {
  const stat = lstatSync(from)
  if (stat.isDirectory()) {
    makePrivateDir(to)
    for (const name of readdirSync(from)) copyEntry(join(from, name), join(to, name), size)
  } else if (stat.isFile()) {
    copyPrivateFile(from, to)
    size.files += 1
    size.bytes += stat.size
  }
}

/** Copies the data folder's state (or a backup's `data/`) into `target`, which must not exist yet; links are left out. */
export function copyDataTree(sourceDir: string, target: string): TreeSize {
  const size: TreeSize = { files: 0, bytes: 0 }
  makePrivateDir(target)
  for (const name of dataEntries(sourceDir)) copyEntry(join(sourceDir, name), join(target, name), size)
  return size
}
