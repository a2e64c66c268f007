import { describe, expect, it } from 'vitest'
import { withDataFolderLock } from '@main/services/backups/data-folder-lock'

/** A task that logs its start and end, finishing only when `release` is called. */
function heldTask(log: string[], name: string) {
  let release!: () => void
  const done = new Promise<void>((resolve) => (release = resolve))
  const task = async () => {
    log.push(`${name} starts`)
    await done
    log.push(`${name} ends`)
    return name
  }
  return { task, release }
}

describe('the data folder lock', () => {
  it('starts a task on a folder only when the one before it has finished, even when that one failed', async () => {
    const log: string[] = []
    const first = heldTask(log, 'first')
    const running = withDataFolderLock('/data/a', first.task)
    const failing = withDataFolderLock('/data/a', () => Promise.reject(new Error('disk full')))
    const third = withDataFolderLock('/data/a', async () => void log.push('third runs'))
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(log).toEqual(['first starts'])
    first.release()
    await expect(running).resolves.toBe('first')
    await expect(failing).rejects.toThrow('disk full')
    await third
    expect(log).toEqual(['first starts', 'first ends', 'third runs'])
  })

  it('lets tasks on another folder run meanwhile', async () => {
    const log: string[] = []
    const held = heldTask(log, 'a')
    const onA = withDataFolderLock('/data/a', held.task)
    await withDataFolderLock('/data/b', async () => void log.push('b runs'))
    expect(log).toEqual(['a starts', 'b runs'])
    held.release()
    await onA
  })
})
