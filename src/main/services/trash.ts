import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs'
import { makePrivateDir, passesThroughLink } from './private-files'
import { dirname, join } from 'node:path'
import { randomUUID } from 'node:crypto'

function trashDir(dataDir: string): string {
  return join(dataDir, 'trash')
}

/** Moves the given files or folders (relative to the data folder) into a new trash bundle; returns its token. */
export function moveToTrash(dataDir: string, relativePaths: readonly string[]): string {
  const token = randomUUID()
  for (const rel of relativePaths) {
    const from = join(dataDir, rel)
    // A folder on the way that is a link leads outside the data folder: nothing there is Handover's to move or delete.
    if (!existsSync(from) || passesThroughLink(dataDir, dirname(rel))) continue
    const to = join(trashDir(dataDir), token, rel)
    makePrivateDir(dirname(to))
    renameSync(from, to)
  }
  return token
}

/** Moves a trash bundle back where it came from, byte for byte; false when the token is unknown. */
export function restoreFromTrash(dataDir: string, token: string): boolean {
  if (!/^[0-9a-f-]{36}$/.test(token)) return false
  const bundle = join(trashDir(dataDir), token)
  if (!existsSync(bundle)) return false
  const walk = (rel: string): void => {
    for (const entry of readdirSync(join(bundle, rel), { withFileTypes: true })) {
      const childRel = join(rel, entry.name)
      const target = join(dataDir, childRel)
      if (entry.isDirectory() && existsSync(target)) walk(childRel)
      else {
        makePrivateDir(dirname(target))
        renameSync(join(bundle, childRel), target)
      }
    }
  }
  walk('')
  rmSync(bundle, { recursive: true, force: true })
  return true
}

/** Empties the trash; deletions become final when the app starts again. */
export function emptyTrash(dataDir: string): void {
  rmSync(trashDir(dataDir), { recursive: true, force: true })
}
