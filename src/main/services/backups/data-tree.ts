import { lstat, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { copyPrivateFile, makePrivateDirAsync } from '../private-files'

/** Top-level entries of the data folder that are not part of its state: copies, scratch space and undo bundles. */
export const NOT_DATA = new Set(['backups', '.staging', 'trash'])

/** The top-level entries of the data folder that make up its state. */
export async function dataEntries(dataDir: string): Promise<string[]> {
  try {
    return (await readdir(dataDir)).filter((name) => !NOT_DATA.has(name))
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
async function copyEntry(from: string, to: string, size: TreeSize): Promise<void> {
  const stat = await lstat(from)
  if (stat.isDirectory()) {
    await makePrivateDirAsync(to)
    for (const name of await readdir(from)) await copyEntry(join(from, name), join(to, name), size)
  } else if (stat.isFile()) {
    await copyPrivateFile(from, to)
    size.files += 1
    size.bytes += stat.size
  }
}

/** Copies the data folder's state (or a backup's `data/`) into `target`, which must not exist yet; links are left out. */
export async function copyDataTree(sourceDir: string, target: string): Promise<TreeSize> {
  const size: TreeSize = { files: 0, bytes: 0 }
  await makePrivateDirAsync(target)
  for (const name of await dataEntries(sourceDir)) await copyEntry(join(sourceDir, name), join(target, name), size)
  return size
}
