import { readdir, readFile, rename, rm } from 'node:fs/promises'
import { makePrivateDirAsync } from '../private-files'
import { join } from 'node:path'
import { writeFileAtomic } from '../atomic-file'
import { exists } from '../exists'
import { dataEntries } from './data-tree'

const STAGING = '.staging'
const STATE_FILE = 'state.json'

type Phase = 'out' | 'in'

function stagingRoot(dataDir: string): string {
  return join(dataDir, STAGING)
}

function writePhase(dataDir: string, phase: Phase): void {
  writeFileAtomic(join(stagingRoot(dataDir), STATE_FILE), JSON.stringify({ phase }))
}

async function readPhase(dataDir: string): Promise<Phase | null> {
  try {
    const phase = (JSON.parse(await readFile(join(stagingRoot(dataDir), STATE_FILE), 'utf8')) as { phase?: unknown }).phase
    return phase === 'out' || phase === 'in' ? phase : null
  } catch {
    return null
  }
}

async function moveAll(from: string, to: string, names: readonly string[]): Promise<void> {
  await makePrivateDirAsync(to)
  for (const name of names)
    if ((await exists(join(from, name))) && !(await exists(join(to, name)))) await rename(join(from, name), join(to, name))
}

/**
 * Starts a staged replacement of the data folder: returns an empty folder to build the new state in.
 * Nothing in the data folder changes until `commitStaged`.
 */
export async function beginStaging(dataDir: string): Promise<string> {
  await rm(stagingRoot(dataDir), { recursive: true, force: true })
  const next = join(stagingRoot(dataDir), 'new')
  await makePrivateDirAsync(next)
  return next
}

/** Drops a staged state; the data folder is as it was. */
export async function abandonStaging(dataDir: string): Promise<void> {
  await rm(stagingRoot(dataDir), { recursive: true, force: true })
}

/**
 * Swaps the staged state in by renames: the current entries move out, then the staged ones move in.
 * A recorded phase lets `recoverStaging` finish or undo a swap that a crash interrupted.
 */
export async function commitStaged(dataDir: string): Promise<void> {
  const root = stagingRoot(dataDir)
  writePhase(dataDir, 'out')
  await moveAll(dataDir, join(root, 'old'), await dataEntries(dataDir))
  writePhase(dataDir, 'in')
  await moveAll(join(root, 'new'), dataDir, await readdir(join(root, 'new')))
  await rm(root, { recursive: true, force: true })
}

/**
 * After a crash: a swap that had not finished moving the old state out is undone; one that had is completed.
 * A staging folder without a phase was never committed and is dropped. Returns what was done.
 */
export async function recoverStaging(dataDir: string): Promise<'nothing' | 'dropped' | 'undone' | 'completed'> {
  const root = stagingRoot(dataDir)
  if (!(await exists(root))) return 'nothing'
  const phase = await readPhase(dataDir)
  if (phase === 'out') {
    const old = join(root, 'old')
    if (await exists(old)) await moveAll(old, dataDir, await readdir(old))
  } else if (phase === 'in') {
    await moveAll(join(root, 'new'), dataDir, await readdir(join(root, 'new')))
  }
  await rm(root, { recursive: true, force: true })
  return phase === 'out' ? 'undone' : phase === 'in' ? 'completed' : 'dropped'
}
