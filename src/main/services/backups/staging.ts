import { existsSync, readdirSync, renameSync, rmSync, readFileSync } from 'node:fs'
import { makePrivateDir } from '../private-files'
import { join } from 'node:path'
import { writeFileAtomic } from '../atomic-file'
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

function readPhase(dataDir: string): Phase | null {
  try {
    const phase = (JSON.parse(readFileSync(join(stagingRoot(dataDir), STATE_FILE), 'utf8')) as { phase?: unknown }).phase
    return phase === 'out' || phase === 'in' ? phase : null
  } catch {
    return null
  }
}

function moveAll(from: string, to: string, names: readonly string[]): void {
  makePrivateDir(to)
  for (const name of names) if (existsSync(join(from, name)) && !existsSync(join(to, name))) renameSync(join(from, name), join(to, name))
}

/**
 * Starts a staged replacement of the data folder: returns an empty folder to build the new state in.
 * Nothing in the data folder changes until `commitStaged`.
 */
export function beginStaging(dataDir: string): string {
  rmSync(stagingRoot(dataDir), { recursive: true, force: true })
  const next = join(stagingRoot(dataDir), 'new')
  makePrivateDir(next)
  return next
}

/** Drops a staged state; the data folder is as it was. */
export function abandonStaging(dataDir: string): void {
  rmSync(stagingRoot(dataDir), { recursive: true, force: true })
}

/**
 * Swaps the staged state in by renames: the current entries move out, then the staged ones move in.
 * A recorded phase lets `recoverStaging` finish or undo a swap that a crash interrupted.
 */
export function commitStaged(dataDir: string): void {
  const root = stagingRoot(dataDir)
  writePhase(dataDir, 'out')
  moveAll(dataDir, join(root, 'old'), dataEntries(dataDir))
  writePhase(dataDir, 'in')
  moveAll(join(root, 'new'), dataDir, readdirSync(join(root, 'new')))
  rmSync(root, { recursive: true, force: true })
}

/**
 * After a crash: a swap that had not finished moving the old state out is undone; one that had is completed.
 * A staging folder without a phase was never committed and is dropped. Returns what was done.
 */
export function recoverStaging(dataDir: string): 'nothing' | 'dropped' | 'undone' | 'completed' {
  const root = stagingRoot(dataDir)
  if (!existsSync(root)) return 'nothing'
  const phase = readPhase(dataDir)
  if (phase === 'out') {
    const old = join(root, 'old')
    if (existsSync(old)) moveAll(old, dataDir, readdirSync(old))
  } else if (phase === 'in') {
    moveAll(join(root, 'new'), dataDir, readdirSync(join(root, 'new')))
  }
  rmSync(root, { recursive: true, force: true })
  return phase === 'out' ? 'undone' : phase === 'in' ? 'completed' : 'dropped'
}
