import { existsSync, mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createBackupService } from '@main/services/backups/backup-service'
import { DATA_FORMAT_VERSION, ensureDataFormat } from '@main/services/backups/data-format'
import { beginStaging, commitStaged, recoverStaging } from '@main/services/backups/staging'
import { createConfStorage } from '@harness/ports/conf-storage'
import { madeUpPhone } from '@harness/data/made-up-phones'
import { servicesAt } from '@harness/data/full-household'
import { snapshotFolder, tempDir } from '@test/support/temp-dir'

function movingClock(start = Date.parse('2025-03-01T08:00:00.000Z')) {
  let now = start
  return { now: () => new Date(now), advance: (ms: number) => void (now += ms) }
}

const state = (dir: string) => Object.fromEntries(Object.entries(snapshotFolder(dir)).filter(([p]) => !p.startsWith('backups')))

describe('backups', () => {
  it('restoring a backup first backs up the current state, then brings the old state back', async () => {
    const dataDir = tempDir()
    const clock = movingClock()
    const { services } = await servicesAt(dataDir, clock)
    await services.household.create(madeUpPhone({ nickname: 'First' }))
    const first = await services.backups.create('manual')
    const atFirst = state(dataDir)
    clock.advance(1000)
    await services.household.create(madeUpPhone({ nickname: 'Second', serial: '', imei1: '', imei2: '' }))
    const atSecond = state(dataDir)

    const { safetyCopy } = await services.backups.restore(first.id)
    expect(safetyCopy.reason).toBe('before-restore')
    expect(state(dataDir)).toEqual(atFirst)
    expect(services.household.current().devices.map((d) => d.nickname)).toEqual(['First'])
    expect(state(join(dataDir, 'backups', safetyCopy.id, 'data'))).toEqual(atSecond)

    await services.backups.restore(safetyCopy.id)
    expect(services.household.current().devices).toHaveLength(2)
  })

  it('keeps exactly the newest N backups', async () => {
    const dataDir = tempDir()
    const clock = movingClock()
    const { services } = await servicesAt(dataDir, clock)
    await services.household.create(madeUpPhone())
    await services.backups.setSettings({ keep: 3 })
    const made = []
    for (let i = 0; i < 6; i++) {
      clock.advance(60_000)
      made.push((await services.backups.create('manual')).id)
    }
    expect((await services.backups.list()).map((b) => b.id)).toEqual(made.slice(-3).reverse())
    await services.backups.setSettings({ keep: 1 })
    expect((await services.backups.list()).map((b) => b.id)).toEqual([made[5]])
    expect(readdirSync(join(dataDir, 'backups')).filter((n) => !n.endsWith('.json'))).toEqual([made[5]])
  })

  it('makes backups asked for at the same moment one after another, each complete and under its own name', async () => {
    const dataDir = tempDir()
    const { services } = await servicesAt(dataDir, movingClock())
    await services.household.create(madeUpPhone())
    const made = await Promise.all([services.backups.create('manual'), services.backups.create('manual'), services.backups.maybeDaily()])
    const ids = made.map((backup) => backup?.id)
    expect(new Set(ids).size).toBe(3)
    expect((await services.backups.list()).map((b) => b.id).sort()).toEqual([...ids].sort())
    for (const backup of made) expect(state(join(dataDir, 'backups', backup!.id, 'data'))).toEqual(state(dataDir))
  })

  it('makes a daily backup only when a day has passed and the data changed', async () => {
    const dataDir = tempDir()
    const clock = movingClock()
    const { services } = await servicesAt(dataDir, clock)
    expect(await services.backups.maybeDaily()).toBeNull()
    await services.household.create(madeUpPhone())
    expect((await services.backups.maybeDaily())?.reason).toBe('daily')
    clock.advance(2 * 60 * 60 * 1000)
    await services.household.create(madeUpPhone({ nickname: 'Another', serial: '', imei1: '', imei2: '' }))
    expect(await services.backups.maybeDaily()).toBeNull()
    clock.advance(25 * 60 * 60 * 1000)
    expect((await services.backups.maybeDaily())?.reason).toBe('daily')
    clock.advance(25 * 60 * 60 * 1000)
    expect(await services.backups.maybeDaily()).toBeNull()
  })

  it('backs up a folder from before the format marker, then marks it', async () => {
    const dataDir = tempDir()
    mkdirSync(join(dataDir, 'devices'))
    writeFileSync(join(dataDir, 'household.json'), JSON.stringify({ schemaVersion: 1, members: [] }))
    const backups = createBackupService({ dataDir, storage: createConfStorage(), clock: { now: () => new Date() }, reload: async () => {} })
    expect(await ensureDataFormat(dataDir, createConfStorage(), backups)).toBe('migrated')
    expect((await backups.list()).map((b) => b.reason)).toEqual(['before-migration'])
    expect(await ensureDataFormat(dataDir, createConfStorage(), backups)).toBe('current')
    expect(await backups.list()).toHaveLength(1)
    writeFileSync(join(dataDir, 'data-format.json'), JSON.stringify({ version: DATA_FORMAT_VERSION + 1 }))
    expect(await ensureDataFormat(dataDir, createConfStorage(), backups)).toBe('newer')
  })

  it('finishes or undoes a swap that a crash interrupted', async () => {
    for (const crashAfter of ['staged', 'half-out', 'half-in'] as const) {
      const dataDir = tempDir()
      for (const name of ['a', 'b', 'c']) writeFileSync(join(dataDir, `${name}.json`), `old ${name}`)
      const oldState = state(dataDir)
      const staged = await beginStaging(dataDir)
      for (const name of ['a', 'b', 'd']) writeFileSync(join(staged, `${name}.json`), `new ${name}`)
      const newState = state(staged)
      const root = join(dataDir, '.staging')
      if (crashAfter !== 'staged') {
        mkdirSync(join(root, 'old'))
        writeFileSync(join(root, 'state.json'), JSON.stringify({ phase: crashAfter === 'half-out' ? 'out' : 'in' }))
        renameSync(join(dataDir, 'a.json'), join(root, 'old', 'a.json'))
        if (crashAfter === 'half-in') {
          for (const name of ['b', 'c']) renameSync(join(dataDir, `${name}.json`), join(root, 'old', `${name}.json`))
          renameSync(join(staged, 'a.json'), join(dataDir, 'a.json'))
        }
      }
      await recoverStaging(dataDir)
      expect(existsSync(root)).toBe(false)
      expect(state(dataDir)).toEqual(crashAfter === 'half-in' ? newState : oldState)
    }
    const dataDir = tempDir()
    writeFileSync(join(dataDir, 'x.json'), 'old')
    writeFileSync(join(await beginStaging(dataDir), 'y.json'), 'new')
    await commitStaged(dataDir)
    expect(state(dataDir)).toEqual({ 'y.json': Buffer.from('new').toString('base64') })
  })
})

describe('the hourly daily-backup check', () => {
  it('never throws: a backup that cannot be written is logged and tried again later', async () => {
    const dataDir = tempDir()
    const { services } = await servicesAt(dataDir)
    await services.household.create(madeUpPhone())
    // The backups folder cannot be created: a file sits where it belongs.
    writeFileSync(join(dataDir, 'backups'), 'not a folder')
    const before = state(dataDir)
    await expect(services.backups.maybeDaily()).resolves.toBeNull()
    expect(await services.backups.maybeDaily()).toBeNull()
    expect(state(dataDir)).toEqual(before)
  })
})
