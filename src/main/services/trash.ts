import { readdir, rename, rm } from 'node:fs/promises'
import { makePrivateDirAsync, passesThroughLink } from './private-files'
import { dirname, join } from 'node:path'
import { randomUUID } from 'node:crypto'
import { exists } from './exists'

function trashDir(dataDir: string): string {
  return join(dataDir, 'trash')
}

/** Moves the given files or folders (relative to the data folder) into a new trash bundle; returns its token. */
export async function moveToTrash(dataDir: string, relativePaths: readonly string[]): Promise<string> {
  const token = randomUUID()
  for (const rel of relativePaths) {
    const from = join(dataDir, rel)
    // A folder on the way that is a link leads outside the data folder: nothing there is Handover's to move or delete.
    if (!(await exists(from)) || (await passesThroughLink(dataDir, dirname(rel)))) continue
    const to = join(trashDir(dataDir), token, rel)
    await makePrivateDirAsync(dirname(to))
    await rename(from, to)
  }
  return token
}

/** Moves a trash bundle back where it came from, byte for byte; false when the token is unknown. */
export async function restoreFromTrash(dataDir: string, token: string): Promise<boolean> {
  if (!/^[0-9a-f-]{36}$/.test(token)) return false
  const bundle = join(trashDir(dataDir), token)
  if (!(await exists(bundle))) return false
  const walk = async (rel: string): Promise<void> => {
    for (const entry of await readdir(join(bundle, rel), { withFileTypes: true })) {
      const childRel = join(rel, entry.name)
      const target = join(dataDir, childRel)
      if (entry.isDirectory() && (await exists(target))) await walk(childRel)
      else {
        await makePrivateDirAsync(dirname(target))
        await rename(join(bundle, childRel), target)
      }
    }
  }
  await walk('')
  await rm(bundle, { recursive: true, force: true })
  return true
}

/** Empties the trash; deletions become final when the app starts again. */
export async function emptyTrash(dataDir: string): Promise<void> {
  await rm(trashDir(dataDir), { recursive: true, force: true })
}
